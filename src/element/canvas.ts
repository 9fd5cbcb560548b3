/**
 * A 2D canvas context of the engine that paints the chart, or null where there is none: an old engine, or a page
 * or extension that refuses canvas (a `getContext` that throws, as anti-fingerprinting shields do). Callers fall
 * back (an estimate of text widths, no colour check) rather than fail.
 */
export function context2d(
  settings?: CanvasRenderingContext2DSettings,
): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  try {
    return typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d', settings)
      : document.createElement('canvas').getContext('2d', settings);
  } catch {
    return null;
  }
}
