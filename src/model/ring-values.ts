import type { Value } from '../input/types.js';
import { polar, valuePoints, type Point } from './geometry.js';

/** Where a ring's value is written: the centre of its text, in chart coordinates. */
export interface RingValue {
  x: number;
  y: number;
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

/**
 * Where each ring's value is written: on its ring, between two spokes (off the spokes, where every marker sits),
 * at the first place clear of every series' line and markers; on a large chart just beside its ring if need be.
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
  const points = series.map((values) => valuePoints(values, angles, scale));
  const segments: [Point, Point][] = [];
  const markers: Point[] = [];
  for (const line of points) {
    line.forEach((point, i) => {
      if (!point) return;
      markers.push(point);
      const next = line[(i + 1) % line.length];
      if (next && line.length > 1) segments.push([point, next]);
    });
  }
  const lineMargin = LINE_WIDTH / 2 + 1;
  // The comparison's diamond reaches a little further than the series' markers of the same size.
  const markerReach = options.markerSize * 0.65 + 1;
  const height = options.fontSize;
  const outer = Math.max(0, ...radii);
  const spokes = angles.map((angle): [Point, Point] => [{ x: 0, y: 0 }, polar(angle, outer)]);
  // Off every spoke if it can, else at least off the top one, where the first area's values sit.
  const offSpokes = (box: Box, all: number) => spokes.slice(0, all).every(([a, b]) => !segmentHitsBox(a, b, box));
  const clear = (box: Box) =>
    markers.every(
      (m) =>
        m.x + markerReach <= box.left ||
        m.x - markerReach >= box.right ||
        m.y + markerReach <= box.top ||
        m.y - markerReach >= box.bottom,
    ) && segments.every(([a, b]) => !segmentHitsBox(a, b, box, lineMargin));
  const widths = radii.map((_, ring) => (options.labels[ring] ?? '').length * DIGIT * options.fontSize + HALO * 2);
  // On the ring, or just beside it (inside, then outside) where a line runs along the ring itself: far enough
  // that the box's nearest corner clears a line along the ring.
  // The least distance between two rings, or from the centre to the first.
  const spacing = Math.min(...radii.map((r, i) => r - (radii[i - 1] ?? 0)));
  const at = (ring: number, sector: number, t: number, side: number): RingValue | null => {
    const a = polar(angles[sector]!, radii[ring]!);
    const b = polar(angles[(sector + 1) % angles.length]!, radii[ring]!);
    const x = a.x + (b.x - a.x) * t;
    const y = a.y + (b.y - a.y) * t;
    // The edge's outward normal: the sector's bisector.
    const mid = polar((angles[sector]! + (angles[sector + 1] ?? 2 * Math.PI)) / 2, 1);
    const reach = (widths[ring]! / 2 + lineMargin) * Math.abs(mid.x) + (height / 2 + lineMargin) * Math.abs(mid.y);
    // Beside its ring only while clearly nearer it than the next: moved a third of the way between rings or more,
    // a "2" just inside ring 2 of a small chart sits by ring 1, beside the "1", and reads as that ring's; a "4"
    // outside the outer ring floats in the names' space. There, on the ring or left out.
    if (side !== 0 && reach + 0.5 > spacing / 3) return null;
    const offset = side * (reach + 0.5);
    return { x: x + mid.x * offset, y: y + mid.y * offset };
  };
  // Values already placed: a value beside its ring must not land on its neighbour's.
  const placed: Box[] = [];
  const apart = (box: Box) =>
    placed.every(
      (o) => o.right + 1 <= box.left || o.left - 1 >= box.right || o.bottom + 1 <= box.top || o.top - 1 >= box.bottom,
    );
  /** The first clear place for a ring's value among these sectors, off `spokeCount` spokes; null when none is. */
  const find = (ring: number, sectors: readonly number[], spokeCount: number): RingValue | null => {
    for (const side of [0, -1, 1])
      for (const sector of sectors)
        for (const t of ALONG) {
          const place = at(ring, sector, t, side);
          if (!place) continue;
          const box = boxAt(place, widths[ring]!, height);
          if (apart(box) && clear(box) && offSpokes(box, spokeCount)) {
            placed.push(box);
            return place;
          }
        }
    return null;
  };
  // All values in one sector reads as a scale: the first sector where each finds a clear place off the spokes.
  for (const sector of sectorOrder(angles.length)) {
    placed.length = 0;
    const places: RingValue[] = [];
    for (let ring = 0; ring < radii.length; ring++) {
      const place = find(ring, [sector], spokes.length);
      if (!place) break; // This sector cannot hold them all: the next one.
      places.push(place);
    }
    if (places.length === radii.length) return places;
  }
  // Else each on its own, between spokes and clear of the data; and when the data leaves it no such place (many
  // series in a small chart, or lines through every sector of a triangle), left out, as a newspaper would rather
  // than print it over a line or a spoke: the other rings' values still give the scale.
  placed.length = 0;
  const order = sectorOrder(angles.length);
  return radii.map((_, ring) => find(ring, order, spokes.length));
}
