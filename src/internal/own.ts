/**
 * A field an object has of its own, not one it inherits; undefined for anything else, or for what is not an
 * object. What a page hands the chart (areas, series, scores keyed by area, strings) is read only through its own
 * fields: a page whose script set `Object.prototype.label` (a prototype-pollution bug elsewhere) named every
 * built-in area with its text, in the radar, the takeaway and the CSV.
 */
export function ownField(object: unknown, name: string): unknown {
  return object !== null && typeof object === 'object' && Object.prototype.hasOwnProperty.call(object, name)
    ? (object as Record<string, unknown>)[name]
    : undefined;
}
