import type { ChartData, Value } from '../input/types.js';
import { radiusScale } from './geometry.js';
import { wrap, type Measure } from './labels.js';
import { SIZES } from './layout.js';

/** One row of the dot plot: an area, its wrapped name, and the x of each series' value (null when missing). */
export interface DotRow {
  lines: string[];
  /** Top of the row's label, and the y of its dots. */
  labelY: number;
  y: number;
  series: (number | null)[];
  /** Each series' small vertical offset from `y`, so equal values stay visible side by side. */
  offsets: number[];
  baseline: number | null;
  /** Where "uppgift saknas" is written on the row, clear of its marks; null where nothing is missing. */
  note: { x: number; anchor: 'start' | 'middle' | 'end' } | null;
}

export interface DotPlot {
  width: number;
  height: number;
  /** x of the scale's min and max. */
  x0: number;
  x1: number;
  ticks: { x: number; value: number }[];
  rows: DotRow[];
  /** Whether labels sit above their dots (narrow) or to their left (wide). */
  stacked: boolean;
  labelWidth: number;
  /** Each mark's drawn size, px. */
  markSize: number;
}

/** Room between two series' marks in a row, px: equal values show as two whole marks, one above the other. */
const SPREAD = 1;

/**
 * The same data on the same scale as aligned rows of dots: easier than a radar to read value by value (no area
 * effect, no crowding at the centre). Labels go left of the rows when there is room, above them when not.
 */
export function dotPlot(
  data: ChartData,
  areaLabels: readonly string[],
  tickValues: readonly number[],
  measure: Measure,
  width: number,
  lineHeight: number,
  /** The radar's marker size, px: the dot plot's marks are 2 px larger, the only marks in their row. */
  markerSize: number = SIZES.markerSize,
  /** The word written on a row where a value is missing ("uppgift saknas"), placed clear of the marks. */
  missingWord = '',
): DotPlot {
  const markSize = markerSize + 2;
  // Names go beside the rows only when every word fits there: a word wider than the column (long Swedish words at
  // a reader's larger text size) would stick out past the plot's left edge.
  const beside = Math.min(220, width * 0.34);
  const widest = Math.max(0, ...areaLabels.flatMap((label) => label.split(/\s+/)).map((word) => measure(word)));
  const stacked = width < 520 || widest > beside;
  const labelWidth = stacked ? width - 16 : beside;
  const x0 = stacked ? 12 : labelWidth + 20;
  const x1 = width - 16;
  const scale = radiusScale(data.min, data.max, x1 - x0);
  const at = (value: Value) => (value === null ? null : x0 + scale(value));
  let y = 8;
  // Each series is moved up or down from the row's line; the row makes room for the outermost, or four
  // municipalities' top marks sat on the area's name and their bottom ones on the next row's.
  // Marks a whole mark apart: 6 px apart, Stockholm's 3,8 ▲ and Täby's 3,8 ▼ hid each other's ends.
  const step = markSize + SPREAD;
  const spread = ((data.series.length - 1) / 2) * step;
  const noteWidth = missingWord ? measure(missingWord) : 0;
  const rows = data.areas.map((_, i): DotRow => {
    const lines = wrap(areaLabels[i]!, labelWidth, measure);
    const labelY = y;
    const rowHeight = stacked
      ? lines.length * lineHeight + 22 + 2 * spread
      : Math.max(lines.length * lineHeight, 26 + 2 * spread) + 10;
    const dotY = stacked ? labelY + lines.length * lineHeight + 10 + spread : labelY + rowHeight / 2 - 5;
    y += rowHeight;
    const series = data.series.map((s) => at(s.values[i] ?? null));
    const baseline = data.baseline ? at(data.baseline.values[i] ?? null) : null;
    const missing = data.series.some((s) => s.values[i] === null) || data.baseline?.values[i] === null;
    return {
      lines,
      labelY,
      y: dotY,
      series,
      offsets: data.series.map((_, s) => (s - (data.series.length - 1) / 2) * step),
      baseline,
      note: missing ? notePlace({ series, baseline }, x0, x1, noteWidth, markSize) : null,
    };
  });
  return {
    width,
    height: y + 24,
    x0,
    x1,
    ticks: [data.min, ...tickValues].map((value) => ({ x: x0 + scale(value), value })),
    rows,
    stacked,
    labelWidth,
    markSize,
  };
}

/**
 * Where a row says a value is missing: from the scale's start where its marks leave the room, else ending at the
 * scale's end, else in the widest gap between them. At the start whatever the marks, it hid a comparison at 1,0
 * under a phone's "uppgift saknas"; centred on the start, it ran over the area's name or past the plot's edge.
 */
function notePlace(
  row: Pick<DotRow, 'series' | 'baseline'>,
  x0: number,
  x1: number,
  width: number,
  markSize: number,
): NonNullable<DotRow['note']> {
  const room = markSize / 2 + 4;
  const marks = [...row.series, row.baseline].filter((x): x is number => x !== null).sort((a, b) => a - b);
  // The row's free stretches: from the start to the first mark, between marks, from the last mark to the end.
  const bounds = [x0, ...marks.flatMap((x) => [x - room, x + room]), x1];
  const gaps = bounds.flatMap((left, k) => (k % 2 ? [] : [{ left, right: bounds[k + 1]! }]));
  const fits = (gap: { left: number; right: number }) => gap.right - gap.left >= width;
  if (fits(gaps[0]!)) return { x: x0, anchor: 'start' };
  if (fits(gaps.at(-1)!)) return { x: x1, anchor: 'end' };
  const widest = gaps.reduce((a, b) => (b.right - b.left > a.right - a.left ? b : a));
  // Centred on it, within the scale's ends.
  const middle = Math.min(Math.max((widest.left + widest.right) / 2, x0 + width / 2), x1 - width / 2);
  return { x: middle, anchor: 'middle' };
}
