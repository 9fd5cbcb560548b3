/**
 * Numbers and lists in the chart's language. Swedish and English, the built-in ones, are written here directly:
 * the first Intl.NumberFormat a page makes costs 30–60 ms while ICU loads its data (measured in Chromium here),
 * more than drawing ten charts, and these two need little (one decimal, a decimal comma or point, a minus sign).
 * Any other language, or a number of a thousand or more (digit grouping), goes to Intl. test/format.test.ts checks
 * the two ways agree.
 */

import { cached } from '../internal/cache.js';
import { isolate } from './strings.js';

const LOCALES = {
  sv: { decimal: ',', minus: '\u2212', and: ' och ', serial: '' },
  en: { decimal: '.', minus: '-', and: ' and ', serial: ',' },
} as const;
type BuiltIn = keyof typeof LOCALES;
const isBuiltIn = (lang: string): lang is BuiltIn => lang === 'sv' || lang === 'en';

/**
 * Swedish or English as Intl writes them for these options: rounded half away from zero on the shortest decimal
 * form of the value (as ICU rounds); `signed` shows + and − except on zero (Intl's `exceptZero`), otherwise a
 * negative value shows its minus even when it rounds to zero (Intl writes −0,0). Null for what it does not cover.
 */
export function writeNumber(value: number, lang: BuiltIn, signed: boolean, digits: number): string | null {
  const text = String(Math.abs(value));
  if (!Number.isFinite(value) || text.includes('e') || Math.abs(value) >= 1000) return null;
  const [whole, fraction = ''] = text.split('.') as [string, string?];
  const kept = Number(whole + fraction.padEnd(digits, '0').slice(0, digits));
  const units = String(kept + ((fraction[digits] ?? '0') >= '5' ? 1 : 0)).padStart(digits + 1, '0');
  // Rounded up to a thousand (999,96 → 1 000): grouped, which Intl writes.
  if (units.length - digits > 3) return null;
  const { decimal, minus } = LOCALES[lang];
  const body = digits ? `${units.slice(0, -digits)}${decimal}${units.slice(-digits)}` : units;
  const negative = value < 0 || Object.is(value, -0);
  if (signed) return Number(units) === 0 ? body : (negative ? minus : '+') + body;
  return negative ? minus + body : body;
}

/**
 * The value a reader sees: rounded to `digits` decimals exactly as {@link writeNumber} and Intl write it (half away
 * from zero, on the shortest decimal form, so 2,05 shows 2,1, where `Math.round(2.05 * 10)` gives 2,0). The model
 * compares and subtracts these, never the unrounded values, so shown value − shown comparison = shown difference.
 */
export function shown(value: number, digits = 1): number {
  // Most values already have no more decimals than shown (scores have one): the double nearest a number of tenths
  // writes itself with at most one decimal, so it rounds to itself. No string is made for them.
  const scale = 10 ** digits;
  if (Math.round(value * scale) / scale === value) return value;
  const text = String(Math.abs(value));
  if (!Number.isFinite(value) || text.includes('e')) return Math.round(value * scale) / scale;
  const [whole, fraction = ''] = text.split('.') as [string, string?];
  const units =
    Number(whole + fraction.padEnd(digits, '0').slice(0, digits)) + ((fraction[digits] ?? '0') >= '5' ? 1 : 0);
  return (Math.sign(value) * units) / scale;
}

/** A cached Intl.NumberFormat and what it has formatted, by value. */
interface Formatter {
  format?: Intl.NumberFormat;
  texts: Map<number | string, string>;
}
/** By language, then by `digits * 2 + signed`. */
const formatters = new Map<string, Formatter[]>();

function intlFormat(lang: string, signed: boolean, digits: number): Intl.NumberFormat {
  const options: Intl.NumberFormatOptions = {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  };
  try {
    return new Intl.NumberFormat(lang || 'sv', options);
  } catch {
    // An invalid language tag from a page must not break the chart: fall back to Swedish.
    return new Intl.NumberFormat('sv', options);
  }
}

/**
 * The decimals a value was given with, one at least (3 → 1, 3.25 → 2) and six at most: a number typed with more
 * is not held exactly anyway (2,333333333333333333 is 2,3333333333333335). What the data keeps where it is written
 * out as data (the CSV, the builder's code) rather than shown, which is to one decimal.
 */
export function givenDecimals(value: number): number {
  // Counted at six decimals, so a sum's binary noise is not taken for precision (0,1 + 0,2 is 0,30000000000000004).
  return Math.max(1, String(Number(value.toFixed(6))).split('.')[1]?.length ?? 0);
}

/**
 * A value with one decimal (3,0 / 3.0: the survey's own precision), or `digits` decimals; `signed` adds + to
 * differences. Results are cached by value: each chart formats each value several times (axis names, takeaway,
 * table, CSV), and scores have one decimal, so a page formats few distinct values. Swedish uses U+2212 MINUS SIGN,
 * as Intl does: the typographically right sign, which screen readers say as "minus".
 */
export function formatNumber(value: number, lang: string, signed = false, digits = 1): string {
  const byLang = cached(formatters, lang, (): Formatter[] => []);
  const formatter = (byLang[digits * 2 + (signed ? 1 : 0)] ??= { texts: new Map() });
  return cached(
    formatter.texts,
    value,
    () => {
      // A value shown as zero is written as zero: Intl writes "−0,0" for -0 and -0.04, which read (and were said)
      // as below zero. (A Map does not tell 0 from -0 either.)
      const written = shown(value, digits) === 0 ? 0 : value;
      return (
        (isBuiltIn(lang) ? writeNumber(written, lang, signed, digits) : null) ??
        (formatter.format ??= intlFormat(lang, signed, digits)).format(written)
      );
    },
    2000,
  );
}

const listFormats = new Map<string, Intl.ListFormat | null>();

/** "A, B och C" / "A, B, and C" in the chart's language. */
export function formatList(given: readonly string[], lang: string): string {
  // Each name on its own for the bidi algorithm (see fill), a right-to-left one as much as the rest.
  const items = given.map(isolate);
  if (items.length < 2) return items[0] ?? '';
  if (isBuiltIn(lang)) {
    const { and, serial } = LOCALES[lang];
    const last = items.at(-1)!;
    return items.length === 2 ? items[0] + and + last : items.slice(0, -1).join(', ') + serial + and + last;
  }
  const format = cached(listFormats, lang, () => {
    try {
      return new Intl.ListFormat(lang, { type: 'conjunction' });
    } catch {
      return null; // An invalid language tag: plain commas.
    }
  });
  return format?.format(items) ?? items.join(', ');
}
