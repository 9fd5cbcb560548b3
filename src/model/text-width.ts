import type { Measure } from './labels.js';

/**
 * Advance widths in em for a common sans-serif, rounded up to the widest of DejaVu Sans, Arial/Liberation Sans,
 * Helvetica and Segoe UI: where no canvas can measure (Node, the static renderer) an estimate must err wide, so a
 * label wrapped to it never overflows whichever of these fonts the reader's system picks.
 */
const NARROW = new Set([..."ijl.,:;'|!·ı"]);
const SEMI = new Set([...'ftrI()[]{}-/"*’‘ʼ']);
const WIDE = new Set([...'mwMW%@—']);

function charWidth(char: string): number {
  if (char === ' ') return 0.32;
  if (NARROW.has(char)) return 0.3;
  if (SEMI.has(char)) return 0.42;
  if (WIDE.has(char)) return 1;
  if (char >= '0' && char <= '9') return 0.64;
  // Letters with diacritics (å, ä, ö, é) take their base letter's width.
  const base = char.normalize('NFD')[0] ?? char;
  if (base >= 'a' && base <= 'z') return 0.64;
  if (base >= 'A' && base <= 'Z') return 0.8;
  return 0.8;
}

/** A text's estimated width in px at `size` px; `bold` adds the tenth that bold faces take. */
export function estimateWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * size * (bold ? 1.1 : 1);
}

/** A {@link Measure} from the estimate, for layouts made without a canvas. */
export function estimator(size: number, bold = false): Measure {
  return (text) => estimateWidth(text, size, bold);
}
