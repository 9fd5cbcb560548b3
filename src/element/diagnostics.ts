import { isServer, type PropertyValues, type ReactiveController, type ReactiveElement } from 'lit';
import { locales, localeOf, missingStrings } from '../i18n/strings.js';
import { shorten } from '../input/parse.js';
import type { ChartWords } from '../model/chart.js';
import { checkContrastLater } from './contrast-check.js';
import { CONTROLS_MODES } from './controls.js';
import { emit } from './events.js';
import { givenLevel } from './heading-level.js';
import { tell } from '../internal/tell.js';

/** Properties that take one of a few words; anything else is reported, and the first word used. */
const OPTIONS = {
  theme: ['auto', 'light', 'dark'],
  loading: ['eager', 'lazy'],
  controls: CONTROLS_MODES,
} as const;

/** What the diagnostics read from their chart after each update. */
export interface Diagnosed {
  chart?: ChartWords;
  /** The author's `strings`, as given. */
  strings?: unknown;
  /** The chart has a heading or a label: it is named by more than a generic "e-profil". */
  named: boolean;
  theme: unknown;
  /** The radar is laid out (its colours are worth checking). */
  laidOut: boolean;
}

/**
 * A warning about one chart, with the chart itself after the words: the console shows it as a node to hover and
 * reveal, so on a page of many charts the author finds the one at fault.
 */
const warn = (host: Element, line: string) => tell('warn', line, ...(isServer ? [] : [host]));

const NONE: readonly string[] = [];
/** Warnings said once a page, however many charts share their cause (one `strings` object for every chart). */
const saidOnPage = new Set<string>();
/** The languages each `strings` object was checked for (see `#checkStrings`). */
const checkedStrings = new WeakMap<object, Set<string>>();

/**
 * What a chart tells the page's developer: rejected input (one console warning and one `eprofile-error` per
 * problem when it first appears, not again while it stays: a language change re-words the visible message but is
 * no new problem), an unknown option, lists and objects given as attributes, a chart with no name, author colours
 * that fail contrast or are no colour, and an author's strings that leave texts out.
 */
export class DiagnosticsController implements ReactiveController {
  /**
   * The problems reported and still there (as JSON), so each is reported once while it stays. A list, not a Set:
   * there are few, and most charts have none, which is one shared empty list rather than a Set per chart.
   */
  #reported: readonly string[] = NONE;
  #warnedName = false;
  /** The attributes that are properties only have been looked for (once, at the first update). */
  #looked = false;
  /** Theme and number of series at the last contrast check: what the check depends on. */
  #checked = '';

  constructor(
    private readonly host: ReactiveElement,
    private readonly read: () => Diagnosed,
  ) {
    host.addController(this);
  }

  /** Called from willUpdate with what changed: options that are none of their words, a heading level outside 1–6. */
  options(changed: PropertyValues): void {
    const host = this.host as unknown as Record<string, unknown>;
    // Lists and objects are properties only: as attributes (`series='[…]'` in markup, React 18) they were ignored
    // without a word, and the chart said it had no values.
    if (!this.#looked) {
      this.#looked = true;
      for (const name of ['series', 'areas', 'strings'])
        if (this.host.hasAttribute(name))
          warn(this.host, `the ${name} attribute is not read: ${name} is a property (chart.${name} = …).`);
    }
    for (const [name, allowed] of Object.entries(OPTIONS)) {
      const value = host[name];
      if (changed.has(name) && value != null && value !== '' && !allowed.includes(value as never))
        warn(this.host, `${name}="${shorten(value)}" is not one of ${allowed.join(', ')}; ${allowed[0]} is used.`);
    }
    const level = host.headingLevel;
    if (changed.has('headingLevel') && level != null && givenLevel(level) !== Number(level)) {
      const used = givenLevel(level);
      // The attribute's words where they are not a number (the property holds NaN); else the property's value.
      const given = Number.isNaN(level) ? (this.host.getAttribute('heading-level') ?? level) : level;
      warn(
        this.host,
        `heading-level="${shorten(given)}" is not a level from 1 to 6; ` +
          `${used ? `level ${used}` : "the level the page's headings give"} is used.`,
      );
    }
  }

  hostUpdated(): void {
    const state = this.read();
    this.#report(state);
    this.#checkColors(state);
    this.#checkStrings(state);
  }

  /** The author's strings and the language they were last checked for. */
  #strings?: unknown;
  #stringsLang = '';

  /**
   * An author's `strings` for a language without built-in texts that leave some out: those are in Swedish (or
   * English), and a sentence mixed two languages ("Över medel i alla fem områden … und Styrning") under the
   * chart's `lang`, read by a screen reader in that language's voice. Said once a page for each language and count.
   */
  #checkStrings({ chart, strings }: Diagnosed): void {
    const lang = chart?.locale.numberLang ?? '';
    const checked = strings === this.#strings && lang === this.#stringsLang;
    if (!chart || !strings || typeof strings !== 'object' || checked) return;
    [this.#strings, this.#stringsLang] = [strings, lang];
    const base = localeOf(lang);
    if (lang.split('-')[0]!.toLowerCase() === base) return;
    // Once a page for each strings object and language: the charts sharing them (an overview page's) would merge
    // the same strings again each, to say one line.
    const langs = checkedStrings.get(strings) ?? new Set<string>();
    if (langs.has(lang)) return;
    checkedStrings.set(strings, langs.add(lang));
    const missing = missingStrings(locales[base], strings);
    const line =
      `strings for lang="${shorten(lang)}" leave out ${missing.length} texts (${missing.slice(0, 3).join(', ')}` +
      `${missing.length > 3 ? ', …' : ''}), which are shown in ${base === 'sv' ? 'Swedish' : 'English'}.`;
    if (missing.length > 0 && !saidOnPage.has(line)) {
      saidOnPage.add(line);
      warn(this.host, line);
    }
  }

  #report({ chart, named }: Diagnosed): void {
    if (!chart) return;
    // A chart given nothing at all is not given bad input: an app may set its data later (see ChartWords.empty).
    const keys = chart.empty ? [] : chart.problems.map((problem) => JSON.stringify(problem));
    const fresh = keys.map((key, index) => (this.#reported.includes(key) ? -1 : index)).filter((index) => index >= 0);
    this.#reported = keys.length > 0 ? keys : NONE;
    if (keys.length === 0) {
      if (!this.#warnedName && !named && chart.data) {
        this.#warnedName = true;
        warn(this.host, 'no heading or label; the chart is named only generically. Set heading="…" or label="…".');
      }
      return;
    }
    if (fresh.length === 0) return;
    warn(
      this.host,
      `${chart.locale.strings.errorPrefix}. ${fresh.map((index) => chart.problemLines[index]).join(' ')}`,
    );
    for (const index of fresh) {
      const problem = chart.problems[index]!;
      emit(this.host, 'eprofile-error', {
        message: chart.problemLines[index]!,
        attribute: problem.attribute,
        value: problem.value,
        code: problem.code,
      });
    }
  }

  /** Soon after the chart first draws, and when its theme or number of series changes. */
  #checkColors({ chart, theme, laidOut }: Diagnosed): void {
    const series = chart?.data?.series.length ?? 0;
    const key = `${String(theme)} ${series}`;
    if (!laidOut || key === this.#checked) return;
    this.#checked = key;
    checkContrastLater(this.host, series, (line) => warn(this.host, line));
  }
}
