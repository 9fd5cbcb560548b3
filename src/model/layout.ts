import type { ChartData, Value } from '../input/types.js';
import { axisAngles, polar, radiusScale, ringPath, seriesPath, ticks, type Point } from './geometry.js';
import { lastResort, layoutLabels, type LabelBox, type Measure } from './labels.js';

/** Sizes the view reads from its styles (px), so the geometry matches what CSS draws. */
export interface LayoutOptions {
  /** Width of the chart's box, px. */
  width: number;
  labelLineHeight: number;
  tickFontSize: number;
  /** Largest plot radius, px; the chart stops growing there and centres in wider boxes. */
  maxRadius?: number;
}

export interface SeriesGeometry {
  path: string;
  /** One point per area; null where the value is missing (no marker is drawn there). */
  points: (Point | null)[];
}

export interface Ring {
  path: string;
  /** Position of the tick label (its text is in the text model), beside the top spoke. */
  x: number;
  y: number;
}

/** Everything the SVG needs, in chart coordinates (origin at the centre, translated by cx, cy). */
export interface Geometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  rings: Ring[];
  spokes: Point[];
  labels: LabelBox[];
  series: SeriesGeometry[];
  baseline: SeriesGeometry | null;
  /** Per axis: a wedge around the spoke, for pointer hover. */
  hits: string[];
  /** Per axis: where the tooltip points (the outer end of the spoke). */
  tips: Point[];
  /**
   * True when the axes carry numbers and the names are listed under the chart: chosen when full names would
   * shrink the plot below a readable size (long Swedish names on a phone).
   */
  numbered: boolean;
}

/** A series drawn as a closed shape (with an area fill): only when no value is missing. */
export function isClosed(series: SeriesGeometry): boolean {
  return series.points.every((point) => point !== null);
}

/** Below this share of the width, a plot is too small to read and the axes get numbers instead of names. */
const READABLE = 0.2;

const PAD = 4;

/** Axis numbers for the numbered layout: "1" … "n", as the list under the chart numbers them. */
export function numbers(count: number): string[] {
  return Array.from({ length: count }, (_, index) => String(index + 1));
}

function seriesGeometry(values: readonly Value[], angles: number[], scale: (v: number) => number): SeriesGeometry {
  return {
    path: seriesPath(values, angles, scale),
    points: values.map((value, i) => (value === null ? null : polar(angles[i]!, scale(value)))),
  };
}

/** A wedge from the centre out to `outer`, half an axis step either side of the spoke. */
function wedge(angle: number, step: number, outer: number): string {
  const a = polar(angle - step / 2, outer);
  const b = polar(angle + step / 2, outer);
  const r = Math.round(outer * 100) / 100;
  const f = (v: number) => Math.round(v * 100) / 100;
  return `M0,0L${f(a.x)},${f(a.y)}A${r},${r},0,0,1,${f(b.x)},${f(b.y)}Z`;
}

/**
 * Data + labels + a width → the chart's geometry. Height follows from the content: the plot and its labels,
 * never a fixed ratio, so a narrow container gets a taller, not a clipped, chart.
 */
export function layout(
  data: ChartData,
  areaLabels: readonly string[],
  measure: Measure,
  options: LayoutOptions,
): Geometry {
  const width = Math.max(1, options.width);
  const angles = axisAngles(data.areas.length);
  const gap = Math.max(8, options.tickFontSize * 0.75);
  const labelOptions = {
    width: width - PAD * 2,
    lineHeight: options.labelLineHeight,
    gap,
    maxRadius: options.maxRadius ?? 200,
    minRadius: 48,
    maxLines: 3,
    maxLabelWidth: Math.max(options.labelLineHeight * 9, 150),
  };
  const named = layoutLabels(areaLabels, angles, measure, labelOptions);
  const numbered = !named || named.radius < Math.min(labelOptions.maxRadius, width * READABLE);
  const digits = numbers(areaLabels.length);
  const { radius, boxes } = numbered
    ? (layoutLabels(digits, angles, measure, labelOptions) ?? lastResort(digits, angles, measure, labelOptions))
    : named;
  const scale = radiusScale(data.min, data.max, radius);
  const tickValues = ticks(data.min, data.max);
  // Vertical extent: the plot (with room for markers) and every label box.
  const top = Math.min(-radius - PAD * 2, ...boxes.map((b) => b.top));
  const bottom = Math.max(radius + PAD * 2, ...boxes.map((b) => b.top + b.height));
  const step = (2 * Math.PI) / angles.length;
  return {
    width,
    height: Math.ceil(bottom - top + PAD * 2),
    cx: width / 2,
    cy: PAD - top,
    radius,
    // Ring values sit just inside their ring, right of the top spoke: off the vertex, where a marker at that
    // value would cover them.
    rings: tickValues.map((value) => ({
      path: ringPath(angles, scale(value)),
      x: 6,
      y: -scale(value) + options.tickFontSize + 1,
    })),
    spokes: angles.map((angle) => polar(angle, radius)),
    labels: boxes,
    series: data.series.map((s) => seriesGeometry(s.values, angles, scale)),
    baseline: data.baseline ? seriesGeometry(data.baseline.values, angles, scale) : null,
    hits: angles.map((angle) => wedge(angle, step, radius + gap)),
    tips: angles.map((angle) => polar(angle, radius)),
    numbered,
  };
}
