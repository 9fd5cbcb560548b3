import { round, type Point } from './geometry.js';

/**
 * Marker shapes. Series differ by shape as well as colour (never colour alone): filled circle, square, triangle
 * and inverted triangle for up to four series; the comparison is a hollow diamond on a dashed line.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'triangle-down' | 'diamond';

export const SERIES_SHAPES: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'triangle-down'];
export const BASELINE_SHAPE: MarkerShape = 'diamond';

/**
 * The class each series' marks carry (its colour and shape in the styles), and its part names. Written out once:
 * a class built per chart (`series s${i}`) would be a string of its own on every chart of a page.
 */
export const SERIES_CLASSES: readonly string[] = ['series s1', 'series s2', 'series s3', 'series s4'];
export const SERIES_PARTS: readonly string[] = [
  'series series-1',
  'series series-2',
  'series series-3',
  'series series-4',
];

/** A marker of about equal visual weight for every shape, centred on (x, y); `size` is its width in px. */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  const r = size / 2;
  const p = (dx: number, dy: number) => `${round(x + dx)},${round(y + dy)}`;
  switch (shape) {
    case 'circle':
      return `M${p(-r, 0)}A${round(r)},${round(r)},0,1,1,${p(r, 0)}A${round(r)},${round(r)},0,1,1,${p(-r, 0)}Z`;
    case 'square': {
      const s = r * 0.89;
      return `M${p(-s, -s)}L${p(s, -s)}L${p(s, s)}L${p(-s, s)}Z`;
    }
    case 'triangle': {
      const t = r * 1.15;
      return `M${p(0, -t)}L${p(t, t * 0.75)}L${p(-t, t * 0.75)}Z`;
    }
    case 'triangle-down': {
      const t = r * 1.15;
      return `M${p(0, t)}L${p(t, -t * 0.75)}L${p(-t, -t * 0.75)}Z`;
    }
    case 'diamond': {
      const d = r * 1.2;
      return `M${p(0, -d)}L${p(d, 0)}L${p(0, d)}L${p(-d, 0)}Z`;
    }
  }
}

/** Every marker of a series in one path, one subpath per point; missing points (null) get none. */
export function markersPath(shape: MarkerShape, points: readonly (Point | null)[], size: number): string {
  return points.map((point) => (point ? markerPath(shape, point.x, point.y, size) : '')).join('');
}
