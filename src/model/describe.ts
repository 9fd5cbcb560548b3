import { cached } from '../cache.js';
import type { ChartData, Value } from '../input/types.js';
import { formatList, formatNumber } from '../i18n/format.js';
import { fill, locales, type Strings } from '../i18n/strings.js';
import { flat } from './flat.js';
import { ticks } from './geometry.js';

/**
 * The texts every chart shows or speaks, derived once per data or language change (not per resize). The words
 * only some readers ask for (the table, CSV, how to read) are derived from these when asked: see rows.ts.
 */
export interface TextModel {
  lang: string;
  areaLabels: string[];
  /** Shorter area names for narrow charts: the author's `short`, the built-in one, else the full name. */
  areaShort: string[];
  seriesLabels: string[];
  baselineLabel: string | null;
  /** The comparison's short name ("medel"), for differences: "1,1 över medel", "Skillnad mot medel". */
  baselineShort: string;
  /** Accessible name of the figure: the heading, or "{label} e-profil". */
  figureName: string;
  /** Name of the chart's group of axes, with how to move in it ("Diagram, 5 områden. Använd piltangenterna."). */
  chartName: string;
  /** One generated sentence: how the series compares with the baseline. */
  takeaway: string;
  /** One full name per axis, in clockwise order, for assistive technology. */
  axisNames: string[];
  /** Formatted values per series (rows = series, columns = areas); "uppgift saknas" where missing. */
  seriesValues: string[][];
  baselineValues: string[] | null;
  /** Signed difference of the first series from the baseline, per area, or null when either is missing. */
  differences: (string | null)[] | null;
  tickLabels: string[];
  /** The scale's ends (centre and outer ring), formatted. */
  minLabel: string;
  maxLabel: string;
  /** The locale's word for a missing value. */
  missingWord: string;
  missingNote: string | null;
}

/** A value as text in the locale, or the locale's "no data". */
function show(value: Value, lang: string, strings: Strings): string {
  return value === null ? strings.missing : formatNumber(value, lang);
}

function difference(value: Value, base: Value | undefined): number | null {
  return value === null || base === null || base === undefined ? null : Math.round((value - base) * 10) / 10;
}

function countWord(count: number, strings: Strings): string {
  return strings.countWords[count] ?? String(count);
}

/** "över medel"/"under medel"/"samma som medel" for one difference. */
function comparison(diff: number, lang: string, strings: Strings, baseline: string): string {
  if (diff === 0) return fill(strings.equal, { baseline });
  return fill(diff > 0 ? strings.above : strings.below, { diff: formatNumber(Math.abs(diff), lang), baseline });
}

/** What every axis' name is made from: the chart's names and values, already formatted once for all of them. */
type AxisWords = Pick<TextModel, 'areaLabels' | 'seriesLabels' | 'seriesValues' | 'baselineValues'> & {
  lang: string;
  strings: Strings;
  baselineShort: string;
  minLabel: string;
  maxLabel: string;
};

function axisName(index: number, data: ChartData, words: AxisWords): string {
  const { lang, strings, baselineShort } = words;
  const baseline = data.baseline;
  const parts = data.series.map((series, s) => {
    const pair = fill(strings.valuePair, { label: words.seriesLabels[s]!, value: words.seriesValues[s]![index]! });
    const diff = baseline ? difference(series.values[index] ?? null, baseline.values[index]) : null;
    if (diff === null || data.series.length === 1) return pair;
    return `${pair} (${comparison(diff, lang, strings, baselineShort)})`;
  });
  if (baseline) {
    parts.push(fill(strings.valuePair, { label: baselineShort, value: words.baselineValues![index]! }));
    const diff =
      data.series.length === 1 ? difference(data.series[0]!.values[index] ?? null, baseline.values[index]) : null;
    if (diff !== null) parts.push(comparison(diff, lang, strings, baselineShort));
  }
  return flat(
    fill(strings.axisName, {
      i: index + 1,
      n: data.areas.length,
      area: words.areaLabels[index]!,
      values: parts.join(', '),
      min: words.minLabel,
      max: words.maxLabel,
    }),
  );
}

/** Ticks and scale ends without decimals when whole (0 till 4), with one otherwise. */
export function formatTick(value: number, lang: string): string {
  return formatNumber(value, lang, false, Number.isInteger(value) ? 0 : 1);
}

function takeaway(
  data: ChartData,
  text: Pick<TextModel, 'areaLabels' | 'areaShort' | 'seriesLabels'>,
  lang: string,
  strings: Strings,
  baselineInSentence: string,
): string {
  const n = data.areas.length;
  const missingAreas = data.areas.map((_, i) => i).filter((i) => data.series.some((s) => s.values[i] === null));
  const missing =
    missingAreas.length > 0
      ? fill(strings.takeawayMissing, { areas: missingAreas.map((i) => text.areaLabels[i]).join(', ') })
      : '';
  const first = data.series[0]!;
  if (!data.baseline) {
    const present = first.values.map((v, i) => [v, i] as const).filter(([v]) => v !== null) as [number, number][];
    if (present.length === 0) return missing.trim();
    const high = present.reduce((a, b) => (b[0] > a[0] ? b : a));
    const low = present.reduce((a, b) => (b[0] < a[0] ? b : a));
    return (
      fill(strings.takeawayNoBaseline, {
        label: text.seriesLabels[0]!,
        area: text.areaLabels[high[1]]!,
        value: formatNumber(high[0], lang),
        lowArea: text.areaLabels[low[1]]!,
        lowValue: formatNumber(low[0], lang),
      }) + missing
    );
  }
  const baseline = data.baseline;
  const diffs = data.series.map((series) => series.values.map((v, i) => difference(v, baseline.values[i])));
  const above = diffs.map((list) => list.filter((d) => d !== null && d > 0).length);
  const below = diffs[0]!.filter((d) => d !== null && d < 0).length;
  const compared = diffs[0]!.filter((d) => d !== null).length;
  let sentence: string;
  if (data.series.length === 1 && compared === n && above[0] === n) {
    sentence = fill(strings.takeawayAllAbove, {
      label: text.seriesLabels[0]!,
      baseline: baselineInSentence,
      count: countWord(n, strings),
    });
  } else if (data.series.length === 1 && compared === n && below === n) {
    sentence = fill(strings.takeawayAllBelow, {
      label: text.seriesLabels[0]!,
      baseline: baselineInSentence,
      count: countWord(n, strings),
    });
  } else {
    sentence =
      fill(strings.takeawayMixed, {
        label: text.seriesLabels[0]!,
        baseline: baselineInSentence,
        above: countWord(above[0]!, strings),
        n: countWord(n, strings),
      }) +
      data.series
        .slice(1)
        .map((_, s) =>
          fill(strings.takeawayOthers, { label: text.seriesLabels[s + 1]!, above: countWord(above[s + 1]!, strings) }),
        )
        .join('');
  }
  // The largest difference across all series, and the series it belongs to (the first such when several share
  // it). Its areas with the same signed difference all count; when every area ties, the sentence says so rather
  // than listing them all. Several areas are listed by their short names ("IT-plattform och Styrning"): full names
  // with their own "och" would chain ("… infrastruktur och Styrning och ledning").
  let best: number | null = null;
  let who = 0;
  diffs.forEach((list, s) => {
    for (const d of list) if (d !== null && (best === null || Math.abs(d) > Math.abs(best))) [best, who] = [d, s];
  });
  const tied = diffs[who]!.map((d, i) => (d === best ? i : -1)).filter((i) => i >= 0);
  const names = tied.length > 1 ? text.areaShort : text.areaLabels;
  const diff = best === null ? '' : formatNumber(best, lang, true);
  const tail =
    best === null || best === 0
      ? '.'
      : tied.length === n
        ? fill(strings.biggestEverywhere, { count: countWord(n, strings), diff })
        : fill(data.series.length > 1 ? strings.biggestOf : strings.biggest, {
            label: text.seriesLabels[who]!,
            area: formatList(
              tied.map((i) => names[i]!),
              lang,
            ),
            diff,
          });
  return sentence + tail + missing;
}

/** Whether a comparison's name is the built-in one of either language, whatever its case and spacing. */
function isBuiltInBaseline(label: string): boolean {
  const plain = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  return (
    label !== '' && [locales.sv.baselineLabel, locales.en.baselineLabel].some((name) => plain(name) === plain(label))
  );
}

const sharedLists = new WeakMap<Strings, Map<string, string[]>>();

/**
 * One array for equal lists of texts (the five area names, the ring values): every chart of a page has the same,
 * and keeps this one instead of a copy. Shared, so no one may change it.
 */
function shared(list: string[], strings: Strings): string[] {
  const byText = cached(sharedLists, strings, () => new Map<string, string[]>());
  return cached(byText, list.join('\n'), () => list, 100);
}

const chartNames = new Map<string, string>();

/** "Diagram, 5 områden. Använd piltangenterna.": the same for every chart of a page, so made once and shared. */
function chartName(template: string, count: number): string {
  return cached(chartNames, `${count} ${template}`, () => fill(template, { n: count }), 100);
}

/** The words of one chart, in one language. `heading` and labels are the author's text, used as typed. */
export function describe(data: ChartData, strings: Strings, lang: string, heading: string): TextModel {
  // Own entries only: an area keyed "constructor" must be named by its key, not by Object.prototype.constructor.
  const own = (names: Record<string, string>, key: string) =>
    Object.prototype.hasOwnProperty.call(names, key) ? names[key] : undefined;
  const builtIn = (key: string) => own(strings.areas, key);
  // An empty label (a blank first cell in a table) falls back too: an axis is never nameless.
  const areaLabels = shared(
    data.areas.map((area) => area.label?.trim() || builtIn(area.key) || area.key),
    strings,
  );
  // A built-in short name only goes with the built-in full name: an author's own label is not shortened for them.
  const areaShort = shared(
    data.areas.map(
      (area, i) =>
        area.short?.trim() || (area.label?.trim() ? undefined : own(strings.areasShort, area.key)) || areaLabels[i]!,
    ),
    strings,
  );
  const seriesLabels = data.series.map(
    (s, i) => s.label || (data.series.length === 1 ? strings.seriesLabel : `${strings.seriesLabel} ${i + 1}`),
  );
  // A table's header often repeats the built-in name ("Medel samtliga kommuner"): that is the default, said as
  // the default is inside a sentence, not capitalised mid-sentence.
  const given = data.baseline?.label ?? '';
  const customBaseline = isBuiltInBaseline(given) ? '' : given;
  const baselineLabel = data.baseline ? customBaseline || strings.baselineLabel : null;
  const baselineShort = customBaseline || strings.baselineShort;
  const baselineInSentence = customBaseline || strings.baselineInSentence;
  const names = { areaLabels, seriesLabels, baselineLabel };
  const seriesValues = data.series.map((s) => s.values.map((v) => show(v, lang, strings)));
  const baselineValues = data.baseline ? data.baseline.values.map((v) => show(v, lang, strings)) : null;
  const single = data.series.length === 1 && data.baseline;
  const differences = single
    ? data.series[0]!.values.map((v, i) => {
        const d = difference(v, data.baseline!.values[i]);
        return d === null ? null : formatNumber(d, lang, true);
      })
    : null;
  const figureName = heading.trim() || flat(fill(strings.figureName, { label: seriesLabels.join(', ') }));
  const tickLabels = shared(
    ticks(data.min, data.max).map((t) => formatTick(t, lang)),
    strings,
  );
  const missingAreas = data.areas
    .map((_, i) => i)
    .filter((i) => data.series.some((s) => s.values[i] === null) || data.baseline?.values[i] === null)
    .map((i) => {
      const who = [
        ...data.series.map((s, si) => (s.values[i] === null ? seriesLabels[si] : null)),
        data.baseline?.values[i] === null ? baselineLabel : null,
      ].filter(Boolean);
      return `${areaLabels[i]} (${who.join(', ')})`;
    });
  const minLabel = formatTick(data.min, lang);
  const maxLabel = formatTick(data.max, lang);
  const words: AxisWords = { ...names, seriesValues, baselineValues, lang, strings, baselineShort, minLabel, maxLabel };
  return {
    lang,
    ...names,
    areaShort,
    baselineShort,
    figureName,
    chartName: chartName(strings.chartRegion, data.areas.length),
    takeaway: flat(takeaway(data, { ...names, areaShort }, lang, strings, baselineInSentence)),
    axisNames: data.areas.map((_, i) => axisName(i, data, words)),
    seriesValues,
    baselineValues,
    differences,
    tickLabels,
    minLabel,
    maxLabel,
    missingWord: strings.missing,
    missingNote: missingAreas.length > 0 ? flat(fill(strings.missingNote, { list: missingAreas.join('; ') })) : null,
  };
}
