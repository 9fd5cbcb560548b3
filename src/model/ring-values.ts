import type { Value } from '../input/types.js';
import { cached } from '../internal/cache.js';
import { polar, valuePoints, type Point } from './geometry.js';

/** Where a ring's value is written: the centre of its text, in chart coordinates. */
export interface RingValue {
  readonly x: number;
  readonly y: number;
}

/** A box in chart coordinates. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What is known of the marks a ring value must keep clear of. */
export interface RingValueOptions {
  /** Text of each ring's value, as shown ("1", "2,5"), inner ring first. */
  labels: readonly string[];
  /** Size of the ring values' text, px. */
  fontSize: number;
  /** Markers' size, px. */
  markerSize: number;
}

/** The widest a series line is drawn (3.5 px when the reader asks for more contrast), px. */
const LINE_WIDTH = 3.5;
/** Room left around a series line: half the widest line and a pixel. */
const LINE_MARGIN = LINE_WIDTH / 2 + 1;

/** Digits and a decimal mark are about 0.6 em wide in common sans fonts; the halo adds its stroke on each side. */
const DIGIT = 0.62;
const HALO = 1.5;

/** The box of a text `width` × `height` centred on a point. */
function boxAt({ x, y }: Point, width: number, height: number): Box {
  return { left: x - width / 2, right: x + width / 2, top: y - height / 2, bottom: y + height / 2 };
}

/**
 * Whether a segment crosses or lies in a box (Liang–Barsky clipping), the box grown by `margin` on every side.
 * Written out edge by edge, with nothing allocated: a chart tries up to a few hundred boxes against every line.
 */
export function segmentHitsBox(a: Point, b: Point, box: Box, margin = 0): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  /** Clips [t0, t1] by one edge: the part of the segment on its inner side (p·t ≤ q); false when nothing is left. */
  const edge = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return t0 <= t1;
  };
  return (
    edge(-dx, a.x - (box.left - margin)) &&
    edge(dx, box.right + margin - a.x) &&
    edge(-dy, a.y - (box.top - margin)) &&
    edge(dy, box.bottom + margin - a.y)
  );
}

/** Sectors between spokes, in the order a ring value tries them: either side of 12 o'clock first, then outwards. */
function sectorOrder(count: number): number[] {
  const order: number[] = [];
  for (let i = 0; order.length < count; i++) {
    order.push(i);
    if (order.length < count) order.push(count - 1 - i);
  }
  return order;
}

/** Where along a ring's edge between two spokes a value may sit, best first: the middle, then towards either end. */
const ALONG = [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8];

/** A place a ring's value may take, with the box its text covers there. */
interface Slot {
  place: RingValue;
  box: Box;
}

/**
 * Every place each ring's value may take, by ring and sector, best first, each on its ring between two spokes and
 * off all of them. None of this depends on the data, so the charts of a frame share it: placing a chart's values
 * only tests these places against its lines.
 *
 * Only on the ring: a value moved beside it, even by the least that clears a line along the ring (12 px at 12 px
 * text), stood a third of the way to the next ring on a large chart, where a "4" floated between rings 3 and 4 and
 * made the scale look uneven. A value with no clear place on its ring is left out (see {@link ringValues}).
 */
type Slots = Slot[][][];

const slotsByAngles = new WeakMap<readonly number[], Map<string, Slots>>();

function ringSlots(angles: readonly number[], radii: readonly number[], options: RingValueOptions): Slots {
  const key = `${radii.join(' ')}\n${options.labels.join('\n')}\n${options.fontSize}`;
  const byKey = cached(slotsByAngles, angles, () => new Map<string, Slots>());
  return cached(byKey, key, () => slotsOf(angles, radii, options), 50);
}

function slotsOf(angles: readonly number[], radii: readonly number[], options: RingValueOptions): Slots {
  const height = options.fontSize;
  const outer = Math.max(0, ...radii);
  const spokes = angles.map((angle): [Point, Point] => [{ x: 0, y: 0 }, polar(angle, outer)]);
  const offSpokes = (box: Box) => spokes.every(([a, b]) => !segmentHitsBox(a, b, box));
  return radii.map((radius, ring) => {
    const width = (options.labels[ring] ?? '').length * DIGIT * options.fontSize + HALO * 2;
    return angles.map((angle, sector) => {
      const a = polar(angle, radius);
      const b = polar(angles[(sector + 1) % angles.length]!, radius);
      const slots: Slot[] = [];
      for (const t of ALONG) {
        const place = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
        const box = boxAt(place, width, height);
        if (offSpokes(box)) slots.push({ place, box });
      }
      return slots;
    });
  });
}

/**
 * Where each ring's value is written: on its ring, between two spokes (off the spokes, where every marker sits),
 * at the first place clear of every series' line and markers.
 * The top sectors first, either side of 12 o'clock, where readers look for the scale; a value the data leaves no
 * such place is left out (see the end). Depends on the scores, so it is each chart's own, not the shared frame's.
 */
export function ringValues(
  angles: readonly number[],
  radii: readonly number[],
  scale: (value: number) => number,
  series: readonly (readonly Value[])[],
  options: RingValueOptions,
): (RingValue | null)[] {
  const slots = ringSlots(angles, radii, options);
  const segments: [Point, Point][] = [];
  const markers: Point[] = [];
  for (const values of series) {
    const line = valuePoints(values, angles, scale);
    line.forEach((point, i) => {
      if (!point) return;
      markers.push(point);
      const next = line[(i + 1) % line.length];
      if (next && line.length > 1) segments.push([point, next]);
    });
  }
  // The comparison's diamond reaches a little further than the series' markers of the same size.
  const markerReach = options.markerSize * 0.65 + 1;
  // And no nearer a marker than two text heights (centre to centre): a phone's "4" 21 px from Förändring's 3,1
  // read as that point's value.
  const near = 2 * options.fontSize;
  const clear = (box: Box) =>
    markers.every(
      (m) =>
        (m.x + markerReach <= box.left ||
          m.x - markerReach >= box.right ||
          m.y + markerReach <= box.top ||
          m.y - markerReach >= box.bottom) &&
        Math.hypot(m.x - (box.left + box.right) / 2, m.y - (box.top + box.bottom) / 2) >= near,
    ) && segments.every(([a, b]) => !segmentHitsBox(a, b, box, LINE_MARGIN));
  // Values already placed: on a small chart, rings a text's height apart, a value must not land on its neighbour's.
  const placed: Box[] = [];
  const apart = (box: Box) =>
    placed.every(
      (o) => o.right + 1 <= box.left || o.left - 1 >= box.right || o.bottom + 1 <= box.top || o.top - 1 >= box.bottom,
    );
  /** The first clear place for a ring's value among these sectors; null when none is. */
  const find = (ring: number, sectors: readonly number[]): RingValue | null => {
    for (const sector of sectors)
      for (const { place, box } of slots[ring]![sector]!)
        if (apart(box) && clear(box)) {
          placed.push(box);
          return place;
        }
    return null;
  };
  // Never beside a spoke whose value is missing: a "4" on the ring there, in a sector the data leaves empty, reads
  // as that area's value (a small chart then shows fewer values, or none, as when lines fill every sector).
  const count = angles.length;
  const missing = (spoke: number) => series.some((values) => values[spoke % count] === null);
  const order = sectorOrder(count).filter((sector) => !missing(sector) && !missing(sector + 1));
  // All values in one sector reads as a scale: the first sector where each finds a clear place off the spokes.
  for (const sector of order) {
    placed.length = 0;
    const places: RingValue[] = [];
    for (let ring = 0; ring < radii.length; ring++) {
      const place = find(ring, [sector]);
      if (!place) break; // This sector cannot hold them all: the next one.
      places.push(place);
    }
    // A copy at its length, as the chart keeps it: grown by push, the list holds room for 17.
    if (places.length === radii.length) return places.slice();
  }
  // Else each on its own, between spokes and clear of the data; and when the data leaves it no such place (many
  // series in a small chart, or lines through every sector of a triangle), left out, as a newspaper would rather
  // than print it over a line or a spoke: the other rings' values still give the scale.
  placed.length = 0;
  return radii.map((_, ring) => find(ring, order));
}
