import { cached } from '../internal/cache.js';
import type { ChartData, Value } from '../input/types.js';
import {
  axisAngles,
  polar,
  radiusScale,
  ringPath,
  round,
  seriesPath,
  ticks,
  valuePoints,
  type Point,
} from './geometry.js';
import {
  lastResort,
  layoutLabels,
  type LabelBox,
  type LabelLayout,
  type LabelLayoutOptions,
  type Measure,
} from './labels.js';
import { markersPath, type MarkerShape } from './markers.js';
import { ringValues, type RingValue, type RingValueOptions } from './ring-values.js';

/** Sizes the view reads from its styles (px), so the geometry matches what CSS draws. */
export interface LayoutOptions {
  /** Width of the chart's box, px. */
  width: number;
  labelLineHeight: number;
  tickFontSize: number;
  /** Largest plot radius, px; the chart stops growing there and centres in wider boxes. */
  maxRadius?: number;
}

export interface Ring {
  path: string;
  /** Distance from the centre, px. */
  distance: number;
}

/**
 * The radar without its data: the plot's size, grid and labels, in chart coordinates (origin at the centre,
 * translated by cx, cy). It depends on the area names, the scale, the width and the font, never on the scores,
 * so every chart on a page with the same names at the same width shares one (see {@link frameLayout}): nothing
 * downstream may mutate it.
 */
export interface Frame {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  angles: number[];
  /** Distance from the centre for a value. */
  scale: (value: number) => number;
  rings: Ring[];
  spokes: Point[];
  labels: LabelBox[];
  /** How far from the centre the pointer counts as over an axis (the plot and the gap to the labels), px. */
  reach: number;
  /** Per axis, what marks it as the active one: its spoke, and a rounded box around its label (the focus ring). */
  highlights: { spoke: string; ring: string }[];
  /**
   * True when the axes carry letters and the names are listed under the chart by them: chosen when even short
   * names would shrink the plot below a readable size (a narrow sidebar, a reader's large text).
   */
  lettered: boolean;
}

export interface SeriesGeometry {
  /** The line through the values; markers sit at its points (one per value there is). */
  path: string;
  /** The values it was drawn from, one per area (null where missing), as the input gave them. */
  values: readonly Value[];
  /** Drawn as a closed shape with an area fill: only when no value is missing. */
  closed: boolean;
}

/** One chart's drawing: the shared frame and its own series. */
export interface Geometry {
  frame: Frame;
  series: SeriesGeometry[];
  baseline: SeriesGeometry | null;
  /**
   * Where each ring's value is written, clear of this chart's lines and markers (see model/ring-values.ts); null
   * where the data leaves it no room.
   */
  ringValues: (RingValue | null)[];
}

/**
 * The chart's sizes, in one place: the styles draw with the same (radar.styles.ts), and drawings made without
 * styles (the static renderer, server rendering) take them from here.
 */
export const SIZES = Object.freeze({
  /** Area names and ring values, px: 0.75rem, the styles' `--eprofile-label-font-size`. */
  labelFontSize: 12,
  /** Line height of the area names, as a multiple of their size. */
  lineHeight: 1.3,
  /** A marker's width, px: `--eprofile-marker-size`. */
  markerSize: 8,
  /** The figure's padding on each side, px: the radar is laid out in the width less twice this. */
  padding: 8,
});

/** Line height of text at a size (px), rounded to whole pixels as the layout places lines. */
export function lineHeightOf(size: number): number {
  return Math.round(size * SIZES.lineHeight);
}

/**
 * Below this radius as a share of the width, a plot is too small to read and the axes get numbers instead of names
 * (short ones at a phone's 320 px keep about 0.17).
 */
const READABLE = 0.16;

/**
 * Below this radius as a share of the width, short names are tried: 0.31 of the drawing's width makes a pentagon
 * (1.9 radii across) span 57 % of a 400 px chart (padding included), the plot being the largest thing in the figure.
 */
const WIDE = 0.31;

const PAD = 4;

/** Frames by measurer (one per font, see element/measure.ts), then by names, scale and options. */
const frames = new WeakMap<Measure, Map<string, Frame>>();

/**
 * Axis letters for the lettered layout: "A" … "L" (at most 12 areas), as the list under the chart letters them.
 * Letters, not numbers: around rings whose values are 1–4, an axis "1" read as a value.
 */
export function letters(count: number): string[] {
  return Array.from({ length: count }, (_, index) => String.fromCharCode(65 + index));
}

/** A rectangle with rounded corners of radius r, as path data. */
function roundedRect(x: number, y: number, width: number, height: number, r: number): string {
  const [left, top, right, bottom] = [x, y, x + width, y + height].map(round) as [number, number, number, number];
  const arc = (toX: number, toY: number) => `A${r},${r},0,0,1,${toX},${toY}`;
  return (
    `M${left + r},${top}H${right - r}${arc(right, top + r)}V${bottom - r}${arc(right - r, bottom)}` +
    `H${left + r}${arc(left, bottom - r)}V${top + r}${arc(left + r, top)}Z`
  );
}

/** The box around a label that its focus ring draws and the pointer answers to: 4 px wider, 2 px taller. */
export function ringBox(box: LabelBox): { left: number; top: number; width: number; height: number } {
  return { left: box.left - 4, top: box.top - 2, width: box.width + 8, height: box.height + 4 };
}

/**
 * Names around the plot: the full ones while the plot keeps at least {@link WIDE} of the width, else the short ones
 * when they give a larger plot, and letters (names listed under the chart by them) only when even those leave the
 * plot below {@link READABLE}: the last resort, as the reader must look them up.
 */
function names(
  full: readonly string[],
  short: readonly string[],
  angles: number[],
  measure: Measure,
  options: LabelLayoutOptions,
  width: number,
): { layout: LabelLayout | null; lettered: boolean } {
  const named = layoutLabels(full, angles, measure, options);
  let layout = named;
  if ((!named || named.radius < Math.min(options.maxRadius, width * WIDE)) && short.some((s, i) => s !== full[i])) {
    const shorter = layoutLabels(short, angles, measure, options);
    if (shorter && (!named || shorter.radius > named.radius)) layout = shorter;
  }
  const lettered = !layout || layout.radius < Math.min(options.maxRadius, width * READABLE);
  return { layout, lettered };
}

/** Names hug the plot: half a ring value's height from its outer vertex. */
const labelGap = (options: LayoutOptions) => Math.max(6, options.tickFontSize * 0.5);
/** Long lines are hard to read: a name wraps at nine lines' height, 150 px at least. */
const maxLabelWidth = (options: LayoutOptions) => Math.max(options.labelLineHeight * 9, 150);
const MAX_RADIUS = 200;

/**
 * The width the drawing takes: the box's, up to what the largest plot and the widest names beside it use (about
 * 730 px). A wider box gets the same drawing, at its start, not one with empty margins: those margins shrink it
 * when the chart is printed on a page or downloaded, and a 1,200 px chart printed its names at 6 pt.
 */
function drawnWidth(options: LayoutOptions): number {
  const half = (options.maxRadius ?? MAX_RADIUS) + labelGap(options) + maxLabelWidth(options) + PAD;
  return Math.max(1, Math.min(options.width, Math.ceil(half * 2)));
}

function fit(
  areaLabels: readonly string[],
  short: readonly string[],
  min: number,
  max: number,
  measure: Measure,
  options: LayoutOptions,
): Frame {
  const width = drawnWidth(options);
  const angles = axisAngles(areaLabels.length);
  const gap = labelGap(options);
  const labelOptions = {
    width: width - PAD * 2,
    lineHeight: options.labelLineHeight,
    gap,
    maxRadius: options.maxRadius ?? MAX_RADIUS,
    minRadius: 48,
    maxLines: 3,
    maxLabelWidth: maxLabelWidth(options),
  };
  const { layout: named, lettered } = names(areaLabels, short, angles, measure, labelOptions, width);
  const keys = letters(areaLabels.length);
  // Letters are drawn bold (radar.styles.ts, static-svg.ts), and a bold capital is up to a quarter wider than the
  // regular one that `measure` knows (DejaVu Sans: I and J 0.37 em against 0.30, the others a tenth or so; Arial's
  // are alike): measured a quarter wider, a letter never reaches past its box, where the focus ring is drawn.
  const bold: Measure = (text) => measure(text) * 1.25;
  const { radius, boxes } = lettered
    ? (layoutLabels(keys, angles, bold, labelOptions) ?? lastResort(keys, angles, bold, labelOptions))
    : named!;
  const scale = radiusScale(min, max, radius);
  // Vertical extent: the plot (with room for markers) and every label box.
  const top = Math.min(-radius - PAD * 2, ...boxes.map((b) => b.top));
  const bottom = Math.max(radius + PAD * 2, ...boxes.map((b) => b.top + b.height));
  const spokes = angles.map((angle) => polar(angle, radius));
  return {
    width,
    height: Math.ceil(bottom - top + PAD * 2),
    cx: width / 2,
    cy: PAD - top,
    radius,
    angles,
    scale,
    rings: ticks(min, max).map((value) => ({ path: ringPath(angles, scale(value)), distance: scale(value) })),
    spokes,
    labels: boxes,
    reach: radius + gap,
    highlights: boxes.map((box, i) => {
      const end = spokes[i]!;
      const ring = ringBox(box);
      return {
        spoke: `M0,0L${round(end.x)},${round(end.y)}`,
        ring: roundedRect(ring.left, ring.top, ring.width, ring.height, 4),
      };
    }),
    lettered,
  };
}

/**
 * Area names + scale + a width → the chart's frame. Height follows from the content: the plot and its labels, never a
 * fixed ratio, so a narrow container gets a taller, not a clipped, chart. Memoized: the charts of a page with the same
 * five names at the same width fit their labels once, not once each, and share the result.
 */
export function frameLayout(
  areaLabels: readonly string[],
  min: number,
  max: number,
  measure: Measure,
  options: LayoutOptions,
  short: readonly string[] = areaLabels,
): Frame {
  const { labelLineHeight, tickFontSize, maxRadius } = options;
  // Every box wider than the drawing shares its one frame.
  const width = drawnWidth(options);
  const key = `${width} ${labelLineHeight} ${tickFontSize} ${maxRadius} ${min} ${max}\n${areaLabels.join('\n')}\n${short.join('\n')}`;
  const byInput = cached(frames, measure, () => new Map<string, Frame>());
  return cached(byInput, key, () => fit(areaLabels, short, min, max, measure, options), 200);
}

function seriesGeometry(values: readonly Value[], frame: Frame): SeriesGeometry {
  return { path: seriesPath(values, frame.angles, frame.scale), values, closed: !values.includes(null) };
}

/** A chart's series drawn on a frame, with its ring values placed clear of them. */
export function plot(data: ChartData, frame: Frame, marks: RingValueOptions): Geometry {
  const lines = [...data.series.map((s) => s.values), ...(data.baseline ? [data.baseline.values] : [])];
  return {
    frame,
    series: data.series.map((s) => seriesGeometry(s.values, frame)),
    baseline: data.baseline ? seriesGeometry(data.baseline.values, frame) : null,
    ringValues: ringValues(
      frame.angles,
      frame.rings.map((ring) => ring.distance),
      frame.scale,
      lines,
      marks,
    ),
  };
}

/** Every marker of a series as one path (for drawings without SVG markers: the static SVG), `size` px wide. */
export function seriesMarkers(series: SeriesGeometry, frame: Frame, shape: MarkerShape, size: number): string {
  return markersPath(shape, valuePoints(series.values, frame.angles, frame.scale), size);
}

/** Frame and series in one call, for drawings made outside the element (the static renderer, tests). */
export function layout(
  data: ChartData,
  areaLabels: readonly string[],
  measure: Measure,
  options: LayoutOptions,
  marks: RingValueOptions,
  short: readonly string[] = areaLabels,
): Geometry {
  return plot(data, frameLayout(areaLabels, data.min, data.max, measure, options, short), marks);
}
