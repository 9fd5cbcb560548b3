import type { Point } from './geometry.js';
import { polar } from './geometry.js';

/** Measures the width of a text in px in the labels' font; the view caches it, tests pass a fake. */
export type Measure = (text: string) => number;

/** A placed, wrapped label: its lines, the box they fill, and how they align. */
export interface LabelBox {
  lines: string[];
  /** Box in chart coordinates (origin at the centre). */
  left: number;
  top: number;
  width: number;
  height: number;
  /** x of each line's anchor and the matching SVG text-anchor. */
  anchorX: number;
  textAnchor: 'start' | 'middle' | 'end';
}

export interface LabelLayoutOptions {
  /** Width available for the whole chart, px. */
  width: number;
  /** Line height of the labels, px. */
  lineHeight: number;
  /** Gap between the outer ring and a label, px. */
  gap: number;
  /** Largest plot radius worth drawing, px: beyond it a chart gets bigger, not better. */
  maxRadius: number;
  /** Smallest plot radius before labels may take more lines than `maxLines`. */
  minRadius: number;
  maxLines: number;
  /** Widest a label may be, px, even when there is room: long lines are hard to read. */
  maxLabelWidth: number;
}

/**
 * Where a word may break after its hyphen, as a browser breaks text and Swedish print does ("IT-" / "plattform"):
 * two letters or more before it, three or more after (each with its combining marks), so "E-förvaltning" never
 * leaves an "E-" alone on a line.
 */
const HYPHEN_BREAK = /(?<=(?:\p{L}\p{M}*){2}-)(?=(?:\p{L}\p{M}*){3})/u;

/**
 * Greedy word wrap to `maxWidth`: between words, and only where a word is wider than that also after a compound's
 * hyphen ("Samverkan och" / "IT-ekonomi" rather than "Samverkan och IT-" / "ekonomi"). A part wider than
 * `maxWidth` stays whole on its own line (the caller then sees the line is too wide and shrinks the plot): a label
 * is never cut inside a word or clipped.
 */
export function wrap(text: string, maxWidth: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const between = fill(words, maxWidth, measure, false);
  return between.every((line) => measure(line) <= maxWidth) ? between : fill(words, maxWidth, measure, true);
}

/**
 * {@link wrap}, and a word still wider than `maxWidth` broken between its characters, as CSS's `overflow-wrap:
 * anywhere` breaks the live chart's heading, takeaway and credits: for the static figure's text blocks, where an
 * author's 400-character word (a link without slashes) ran past the drawing's edge, and the lettered key's names.
 * Never for the names around the plot, which are laid out to fit whole.
 */
export function wrapAnywhere(text: string, maxWidth: number, measure: Measure): string[] {
  return wrap(text, maxWidth, measure).flatMap((line) => {
    if (measure(line) <= maxWidth) return [line];
    const pieces: string[] = [];
    let piece = '';
    for (const char of line) {
      if (piece !== '' && measure(piece + char) > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += char;
    }
    return [...pieces, piece];
  });
}

function fill(words: readonly string[], maxWidth: number, measure: Measure, hyphens: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    // Only a word wider than the line breaks at its hyphen; the others stay whole.
    (hyphens && measure(word) > maxWidth ? word.split(HYPHEN_BREAK) : [word]).forEach((part, index) => {
      // The first part of a word follows a space; the rest follow their hyphen directly.
      const candidate = line === '' ? part : index === 0 ? `${line} ${part}` : `${line}${part}`;
      if (line !== '' && measure(candidate) > maxWidth) {
        lines.push(line);
        line = part;
      } else {
        line = candidate;
      }
    });
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * Where a box may hang from its anchor, best first: h and v are 0 when the box starts at the anchor, 0.5 when
 * centred on it, 1 when it ends there. Sideways axes (|sin| > 0.65) start or end at the anchor; axes nearer the
 * vertical are centred on it, which gives a pentagon's bottom labels the whole gap between them. The diagonals in
 * between (|sin| > 0.3) may also start at the anchor when centring collides. Above or below past |cos| > 0.3.
 */
/** How a label box hangs from its anchor (see {@link hangs}). */
interface Hang {
  h: number;
  v: number;
}

function hangs(angle: number): Hang[] {
  const s = Math.sin(angle);
  const c = Math.cos(angle);
  const v = c > 0.3 ? 1 : c < -0.3 ? 0 : 0.5;
  const side = s > 0 ? 0 : 1;
  if (Math.abs(s) > 0.65) return [{ h: side, v }];
  if (Math.abs(s) > 0.3)
    return [
      { h: 0.5, v },
      { h: side, v },
    ];
  return [{ h: 0.5, v }];
}

/**
 * How wide a label's box may be at an axis so that it stays inside the chart's width. The box hangs from its
 * anchor away from the plot: right of it on the right side, left of it on the left, centred at top and bottom;
 * so the corner nearest the plot is the anchor itself, a gap away from the outer vertex.
 */
function roomFor(anchor: Point, h: number, half: number): number {
  const right = h === 1 ? Infinity : (half - anchor.x) / (1 - h);
  const left = h === 0 ? Infinity : (anchor.x + half) / h;
  return Math.min(right, left);
}

function place(lines: string[], anchor: Point, { h, v }: Hang, measure: Measure, lineHeight: number): LabelBox {
  const width = Math.max(...lines.map(measure));
  const height = lines.length * lineHeight;
  const left = anchor.x - width * h;
  const top = anchor.y - height * v;
  const textAnchor = h === 0 ? 'start' : h === 1 ? 'end' : 'middle';
  return { lines, left, top, width, height, anchorX: anchor.x, textAnchor };
}

/**
 * Whether two labels are too close: nearer than `across` side by side, or than `down` one above the other. Side
 * by side they need more than a word space, or two names on one line read as one ("Samverkan Förändring").
 */
function overlaps(a: LabelBox, b: LabelBox, across: number, down: number): boolean {
  return (
    a.left < b.left + b.width + across &&
    b.left < a.left + a.width + across &&
    a.top < b.top + b.height + down &&
    b.top < a.top + a.height + down
  );
}

/**
 * Whether a box keeps clear of the plot: the outer ring's polygon grown by `margin`. Tested against the polygon,
 * not its circumscribed disc, since labels beside a vertex may come closer to the centre than the vertex is.
 */
function clearOfPlot(box: LabelBox, outline: readonly Point[], margin: number): boolean {
  const left = box.left - margin;
  const right = box.left + box.width + margin;
  const top = box.top - margin;
  const bottom = box.top + box.height + margin;
  for (let i = 0; i < outline.length; i++) {
    const a = outline[i]!;
    const b = outline[(i + 1) % outline.length]!;
    // Sample each edge: a box clear of every sample (4 px apart at most) is clear of the edge at this scale.
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 4));
    for (let k = 0; k <= steps; k++) {
      const x = a.x + ((b.x - a.x) * k) / steps;
      const y = a.y + ((b.y - a.y) * k) / steps;
      if (x > left && x < right && y > top && y < bottom) return false;
    }
  }
  // A box wholly inside the polygon crosses no edge: its centre being outside the ring's inner circle rules it out.
  return (
    Math.hypot(box.left + box.width / 2, box.top + box.height / 2) >
    Math.hypot(outline[0]!.x, outline[0]!.y) * Math.cos(Math.PI / outline.length)
  );
}

/** Wrap widths tried in turn, as fractions of the room a label has. */
const NARROWER = [1, 0.75, 0.55];

/** The result of fitting labels around a plot of some radius. */
export interface LabelLayout {
  radius: number;
  boxes: LabelBox[];
}

/** What every label of one attempt is fitted against. */
interface Attempt {
  half: number;
  outline: Point[];
  boxes: LabelBox[];
  measure: Measure;
  options: LabelLayoutOptions;
  maxLines: number;
  /** Fraction of its room a label may use (from {@link NARROWER}). */
  narrow: number;
}

/** One label wrapped and placed one way, or null when it would leave the width, touch the plot or a label. */
function fitOne(text: string, anchor: Point, hang: Hang, fit: Attempt): LabelBox | null {
  const { options, half } = fit;
  const room = Math.min(roomFor(anchor, hang.h, half), options.maxLabelWidth) * fit.narrow;
  const lines = wrap(text, room, fit.measure);
  if (lines.length > fit.maxLines) return null;
  const box = place(lines, anchor, hang, fit.measure, options.lineHeight);
  if (box.left < -half - 0.5 || box.left + box.width > half + 0.5) return null;
  if (!clearOfPlot(box, fit.outline, options.gap / 2)) return null;
  // Three quarters of a line apart side by side (about 1 em, three word spaces); 2 px one above the other.
  if (fit.boxes.some((other) => overlaps(other, box, options.lineHeight * 0.75, 2))) return null;
  return box;
}

function attempt(
  texts: readonly string[],
  angles: readonly number[],
  radius: number,
  measure: Measure,
  options: LabelLayoutOptions,
  maxLines: number,
  narrow: number,
): LabelLayout | null {
  const fit: Attempt = {
    half: options.width / 2,
    outline: angles.map((angle) => polar(angle, radius)),
    boxes: [],
    measure,
    options,
    maxLines,
    narrow,
  };
  for (let index = 0; index < texts.length; index++) {
    const angle = angles[index]!;
    const anchor = polar(angle, radius + options.gap);
    let box: LabelBox | null = null;
    for (const hang of hangs(angle)) {
      box = fitOne(texts[index]!, anchor, hang, fit);
      if (box) break;
    }
    if (!box) return null;
    fit.boxes.push(box);
  }
  return { radius, boxes: fit.boxes };
}

/**
 * Fits the labels: the largest plot radius at which every label wraps to at most `maxLines` lines, stays inside
 * the width, and overlaps neither another label nor the plot. The plot shrinks before anything clips; below
 * `minRadius` labels may take more lines. Steps of 2 px: a few dozen cheap tries, with measurement cached.
 * Null when nothing fits: the caller then numbers the axes instead.
 */
export function layoutLabels(
  texts: readonly string[],
  angles: readonly number[],
  measure: Measure,
  options: LabelLayoutOptions,
): LabelLayout | null {
  const start = Math.max(options.minRadius, Math.min(options.maxRadius, options.width / 2 - options.gap));
  const fit = (radius: number, lines: number) => {
    // Labels that collide at their widest wrap may clear each other wrapped narrower, at the same radius.
    for (const narrow of NARROWER) {
      const layout = attempt(texts, angles, radius, measure, options, lines, narrow);
      if (layout) return layout;
    }
    return null;
  };
  for (let radius = start; radius >= options.minRadius; radius -= 2) {
    const layout = fit(radius, options.maxLines);
    if (layout) return layout;
  }
  for (let lines = options.maxLines + 1; lines <= 12; lines++) {
    for (let radius = options.minRadius; radius >= options.minRadius / 2; radius -= 2) {
      const layout = fit(radius, lines);
      if (layout) return layout;
    }
  }
  return null;
}

/**
 * When not even letters fit (a container narrower than about 100 px): the smallest plot with each label at its
 * axis. Overflow is then visible, never clipped; the element also shows every name in the list under the chart.
 */
export function lastResort(
  texts: readonly string[],
  angles: readonly number[],
  measure: Measure,
  options: LabelLayoutOptions,
): LabelLayout {
  // The smallest plot, smaller still when that keeps the widest label inside the width (axis letters in a 90 px
  // box). Overflow is then visible, not clipped.
  const widest = Math.max(0, ...texts.flatMap((text) => wrap(text, 0, measure).map(measure)));
  const radius = Math.max(4, Math.min(options.minRadius / 2, options.width / 2 - options.gap - widest));
  return {
    radius,
    boxes: texts.map((text, index) => {
      const angle = angles[index]!;
      // wrap() at width 0 is one word a line, and [''] for an empty label (a bare split gave no lines, and a box
      // of width max() = -Infinity). Each hung to its side where it may be (the last of its hangs): centred, the
      // bottom two of a pentagon's letters met under so small a plot (at a page's 19 px text, in 90 px).
      const hang = hangs(angle).at(-1)!;
      return place(wrap(text, 0, measure), polar(angle, radius + options.gap), hang, measure, options.lineHeight);
    }),
  };
}
