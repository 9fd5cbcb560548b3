import { cached } from '../internal/cache.js';
import { BOLD, REGULAR } from './dejavu-sans.js';
import type { Measure } from './labels.js';

/**
 * Text measured without a canvas (Node: the static renderer, server rendering), from the metrics of the font
 * these drawings ask for first, DejaVu Sans (see {@link METRICS_FONT}): advance widths, its f-ligatures and its
 * kerning, as browsers shape Latin text (HarfBuzz: 'liga' and 'kern' on by default; unhinted, fractional
 * advances). Without kerning a label measured 0.2 px off ("Governance and leadership") and a pair like "To" 2 px;
 * without the ligatures bold "fi" 0.4 px: enough to break a line where the element does not. With both, a label
 * wrapped here breaks where the element, measuring with a canvas, breaks it in that font.
 */

/** One face's metrics in font units, as scripts/font-metrics.mjs reads them from the font file. */
export interface Face {
  unitsPerEm: number;
  /** Above and below the baseline, as browsers lay out a line of this font (hhea). */
  ascent: number;
  descent: number;
  /** Runs of consecutive code points: [first code point, its advance, the next one's, …]. */
  advances: readonly (readonly number[])[];
  /** [the text a ligature replaces, its advance, its kerning row, its kerning column (-1: none)], in the order tried. */
  ligatures: readonly (readonly [string, number, number, number])[];
  /**
   * `values[i][j]` is added between a character of `firsts[i]` (or a ligature of row i) and a following one of
   * `seconds[j]` (or a ligature of column j).
   */
  kerning: {
    firsts: readonly string[];
    seconds: readonly string[];
    values: readonly (readonly number[])[];
  };
}

/** The family the metrics are of, first in the static drawings' font stack (model/look.ts). */
export const METRICS_FONT = 'DejaVu Sans';

/**
 * Width of a character the table lacks, em: wider than all but 2 % (bold 3 %) of DejaVu Sans's 5,900 glyphs, among
 * its Greek and Cyrillic letters all but a few bold capitals (Щ, 1.33 em), and than a CJK ideograph (1 em), so an
 * unexpected script makes a label wrap early rather than overflow.
 */
const FALLBACK_EM = 1.25;

/** Characters that take no room: combining marks (after their letter) and default-ignorables (soft hyphen, ZWJ…). */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]/u;

/** What a character or a ligature adds: its advance, and its row and column in the kerning table. */
interface Glyph {
  advance: number;
  row?: number;
  column?: number;
}

/** A face as lookups: character → glyph, and the ligatures with their glyphs. */
interface Table {
  face: Face;
  glyphs: Map<string, Glyph>;
  ligatures: { chars: string[]; glyph: Glyph }[];
}

function table(face: Face): Table {
  const glyphs = new Map<string, Glyph>();
  for (const [from, ...widths] of face.advances)
    widths.forEach((advance, i) => glyphs.set(String.fromCodePoint(from! + i), { advance }));
  face.kerning.firsts.forEach((chars, row) => [...chars].forEach((char) => (glyphs.get(char)!.row = row)));
  face.kerning.seconds.forEach((chars, column) => [...chars].forEach((char) => (glyphs.get(char)!.column = column)));
  const ligatures = face.ligatures.map(([text, advance, row, column]) => ({
    chars: [...text],
    glyph: { advance, row: row < 0 ? undefined : row, column: column < 0 ? undefined : column },
  }));
  return { face, glyphs, ligatures };
}

const tables = { regular: table(REGULAR), bold: table(BOLD) };

/**
 * A character's advance when the table lacks it, font units: an accented letter takes its base letter's (as
 * DejaVu Sans draws ș as wide as s; the Vietnamese horned Ơ and Ư are the exceptions), anything else
 * {@link FALLBACK_EM}.
 */
function fallback({ glyphs, face }: Table, char: string): number {
  const [base, ...marks] = char.normalize('NFD');
  const width = base === undefined ? undefined : glyphs.get(base)?.advance;
  return width !== undefined && marks.every((mark) => ZERO_WIDTH.test(mark)) ? width : face.unitsPerEm * FALLBACK_EM;
}

/**
 * Width of a text in font units, shaped as a browser shapes it: NFC, any ASCII whitespace a space (as the canvas
 * and SVG text take it), ligatures formed (the first that matches), kerning added between neighbours.
 */
function units(t: Table, text: string): number {
  const chars = [...text.replace(/[\t\n\f\r]/g, ' ').normalize('NFC')].filter((char) => !ZERO_WIDTH.test(char));
  let total = 0;
  let row: number | undefined;
  for (let i = 0; i < chars.length;) {
    const ligature = t.ligatures.find((l) => l.chars.every((char, k) => chars[i + k] === char));
    const glyph = ligature?.glyph ?? t.glyphs.get(chars[i]!);
    if (row !== undefined && glyph?.column !== undefined) total += t.face.kerning.values[row]![glyph.column]!;
    total += glyph?.advance ?? fallback(t, chars[i]!);
    row = glyph?.row;
    i += ligature?.chars.length ?? 1;
  }
  return total;
}

/** A text's width in px at `size` px in DejaVu Sans, regular or bold. */
export function textWidth(text: string, size: number, bold = false): number {
  const t = bold ? tables.bold : tables.regular;
  return (units(t, text) * size) / t.face.unitsPerEm;
}

/** Ascent and descent of a line of DejaVu Sans, em: where a browser puts the baseline in a line box. */
export function lineMetrics(bold = false): { ascent: number; descent: number } {
  const { face } = bold ? tables.bold : tables.regular;
  return { ascent: face.ascent / face.unitsPerEm, descent: face.descent / face.unitsPerEm };
}

const measures = new Map<string, Measure>();

/**
 * The {@link Measure} for a size (px) and weight. The same function for the same font, so layouts memoized on
 * the measurer (model/layout.ts) are shared by every chart drawn with it.
 */
export function fontMeasure(size: number, bold = false): Measure {
  return cached(measures, `${size} ${bold}`, () => (text: string) => textWidth(text, size, bold), 50);
}
