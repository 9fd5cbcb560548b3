import { localeOf, locales, mergeStrings, type Strings } from './strings.js';

/** A chart's language: its words, the language its numbers are written in, and its text direction. */
export interface Locale {
  strings: Strings;
  /** The `lang` of the chart's text and numbers: `sv` or `en`, or an author's own language with their strings. */
  numberLang: string;
  /** Swedish and English read left to right on any page, an rtl one too; other languages follow their own text. */
  dir: 'ltr' | 'auto';
}

/**
 * The chart's own `lang` wins over the page's (`pageLang`, the nearest `lang` above the chart), and Swedish is
 * the default. Built-in words come in Swedish or English; with an author's `strings` the words are theirs, over
 * the built-in set of the nearer language, and numbers are written in their language (`ar` → ٣٫٢) rather than
 * being silently switched to Swedish or English.
 */
export function resolveLocale(lang: string, pageLang: string, custom: unknown): Locale {
  const tag = (typeof lang === 'string' && lang) || pageLang;
  const base = locales[localeOf(tag)];
  if (custom === null || typeof custom !== 'object') return { strings: base, numberLang: localeOf(tag), dir: 'ltr' };
  return { strings: mergeStrings(base, custom), numberLang: tag || 'sv', dir: 'auto' };
}
