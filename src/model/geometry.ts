import { pointRadial } from 'd3-shape';
import type { Value } from '../input/types.js';
import { flat } from './flat.js';

/** A point in chart coordinates: origin at the centre, y down (SVG). */
export interface Point {
  x: number;
  y: number;
}

/** Angle of each axis in d3's radial convention: 0 at 12 o'clock, clockwise, in radians. */
export function axisAngles(count: number): number[] {
  return Array.from({ length: count }, (_, index) => (2 * Math.PI * index) / count);
}

/**
 * Distance from the centre for a value. Linear along each spoke, which is how readers compare scores on a radar;
 * not d3's scaleRadial, which maps value to area (it squares the range) and would make 2 look like half of 4
 * only by area. Written out rather than taken from d3-scale: scaleLinear pulls in d3-interpolate, d3-color and
 * d3-format, about 8 KB gzip, for one multiplication.
 */
export function radiusScale(min: number, max: number, radius: number): (value: number) => number {
  const span = max - min;
  return (value) => ((value - min) / span) * radius;
}

/** A point on an axis at a distance from the centre (d3's pointRadial: 0 at 12 o'clock, clockwise). */
export function polar(angle: number, distance: number): Point {
  const [x, y] = pointRadial(angle, distance);
  return { x, y };
}

/** Two decimals are sub-pixel at any size this chart is drawn at, and keep the DOM small. */
export const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Straight segments through points, closed with Z when asked; a lone point is closed too, as d3's curveLinear
 * writes it. This is what d3-shape's lineRadial with curveLinear(Closed) writes for a radar; it is written out
 * because that line generator brings d3-path's whole Path class (arcs, curves, rectangles): 2.1 KB gzip for
 * joining points. The angles still come from d3's convention, through {@link polar}.
 */
export function polyline(points: readonly Point[], closed: boolean): string {
  let path = '';
  points.forEach((point, i) => (path += `${i ? 'L' : 'M'}${round(point.x)},${round(point.y)}`));
  return flat(path && (closed || points.length === 1) ? `${path}Z` : path);
}

/** Where each value sits on its axis; null where it is missing. */
export function valuePoints(
  values: readonly Value[],
  angles: readonly number[],
  radius: (value: number) => number,
): (Point | null)[] {
  return values.map((value, i) => (value === null ? null : polar(angles[i]!, radius(value))));
}

/**
 * The outline of a series. Closed when every value is there; with missing values, open runs between the values
 * that exist, starting after a gap so that the last and first values join across 12 o'clock when both exist. A
 * missing value is never drawn as the centre (that would read as 0).
 */
export function seriesPath(
  values: readonly Value[],
  angles: readonly number[],
  radius: (value: number) => number,
): string {
  const points = valuePoints(values, angles, radius);
  const firstGap = points.indexOf(null);
  if (firstGap === -1) return polyline(points as Point[], true);
  const runs: Point[][] = [[]];
  for (const point of [...points.slice(firstGap + 1), ...points.slice(0, firstGap + 1)]) {
    if (point) runs.at(-1)!.push(point);
    else if (runs.at(-1)!.length) runs.push([]);
  }
  return runs.map((run) => polyline(run, false)).join('');
}

/** A grid ring: the polygon through every axis at one distance (straight between spokes, like the data lines). */
export function ringPath(angles: readonly number[], distance: number): string {
  return polyline(
    angles.map((angle) => polar(angle, distance)),
    true,
  );
}

/** Tick values for the rings: every whole step from min to max, or four equal steps when the span is not whole. */
export function ticks(min: number, max: number): number[] {
  const span = max - min;
  const step = Number.isInteger(span) && span <= 10 ? 1 : span / 4;
  const count = Math.round(span / step);
  return Array.from({ length: count }, (_, index) => min + step * (index + 1));
}
