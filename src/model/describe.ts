import { cached } from '../internal/cache.js';
import type { ChartData, Value } from '../input/types.js';
import { ownField } from '../internal/own.js';
import { formatList, formatNumber, shown } from '../i18n/format.js';
import { COMMON_NAME, COMMON_WORDS } from '../i18n/comparison-names.js';
import { fill, isolate, locales, type Strings } from '../i18n/strings.js';
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
  /**
   * The names drawn around the radar, full and short: an area no series has a value for says so ("Styrning
   * (saknas)"), where its line only stopped, which read as a gap at most. The same arrays when nothing is missing.
   */
  radarLabels: readonly string[];
  radarShort: readonly string[];
  seriesLabels: string[];
  baselineLabel: string | null;
  /** The comparison's short name ("medel"): in each area ("medel 2,1"), the takeaway, "Skillnad mot medel". */
  baselineShort: string;
  /** Accessible name of the figure: the heading, or "{label} e-profil". */
  figureName: string;
  /** Name of the chart's group of axes, its orientation: who is shown and the scale ("Falkenberg, skala 0–4."). */
  chartName: string;
  /** The group's role as a reader says it ("radardiagram"), `aria-roledescription`: see `Strings.chartKind`. */
  chartKind: string;
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
  /**
   * Which areas lack a value, and whose ("Uppgift saknas: Styrning och ledning (Falkenberg)."): shown under the
   * chart only when an author's takeaway replaces the generated one, which says it already.
   */
  missingNote: string | null;
}

/** A value as text in the locale, or the locale's "no data". */
function show(value: Value, lang: string, strings: Strings): string {
  return value === null ? strings.missing : formatNumber(value, lang);
}

/** The difference of the values as shown (see {@link shown}): the one every text states and counts. */
function difference(value: Value, base: Value | undefined): number | null {
  return value === null || base === null || base === undefined ? null : shown(shown(value) - shown(base));
}

/** The areas where a series or the comparison has no value. */
function missingIndices(data: ChartData): number[] {
  return data.areas
    .map((_, i) => i)
    .filter((i) => data.series.some((s) => s.values[i] === null) || data.baseline?.values[i] === null);
}

function countWord(count: number, strings: Strings): string {
  return strings.countWords[count] ?? String(count);
}

/** What every axis' name is made from: the chart's names and values, already formatted once for all of them. */
type AxisWords = Pick<TextModel, 'areaLabels' | 'seriesLabels' | 'seriesValues' | 'baselineValues'> & {
  /** Each series' signed difference from the comparison, per area; null where either value is missing. */
  seriesDiffs: (string | null)[][];
  strings: Strings;
  baselineShort: string;
};

/**
 * One area as a listener hears it, the value first after the name: "IT-plattform, hård och mjuk infrastruktur:
 * 3,2, medel 2,1, +1,1". One series is named by the chart's name, so its value stands alone; several are named each,
 * in the legend's order, each with its signed difference ("Falkenberg 3,0 (+0,9)"). No position (the reader's
 * list says it) and no scale (the chart's name says it once).
 */
function axisName(index: number, data: ChartData, words: AxisWords): string {
  const { strings, baselineShort, seriesDiffs } = words;
  const single = data.series.length === 1;
  // A name ending in a number is set off from its value: "Riket 2024 2,0" read as two numbers in a row.
  const pair = (label: string, value: string) =>
    fill(strings.valuePair, { label: /\d\)?$/.test(label) ? `${label}:` : label, value });
  const parts = data.series.map((_, s) => {
    const value = words.seriesValues[s]![index]!;
    if (single) return value;
    const diff = seriesDiffs[s]![index];
    const named = pair(words.seriesLabels[s]!, value);
    return diff ? `${named} (${diff})` : named;
  });
  if (data.baseline) {
    parts.push(pair(baselineShort, words.baselineValues![index]!));
    const diff = single ? seriesDiffs[0]![index] : null;
    if (diff) parts.push(diff);
  }
  return flat(fill(strings.axisName, { area: words.areaLabels[index]!, values: parts.join(', ') }));
}

/** Ticks and scale ends without decimals when whole (0 till 4), with one otherwise. */
export function formatTick(value: number, lang: string): string {
  return formatNumber(value, lang, false, Number.isInteger(value) ? 0 : 1);
}

/**
 * The takeaway: one sentence (with one more for what is missing, and one a series where several are shown without
 * a comparison), read after the areas as their summary, shown under the heading. One series is named
 * by the title, so its sentence has no subject ("Över medel i alla fem områden, mest i IT-plattform och
 * Styrning."): 11 words where it was 17, under every chart of a page. Several series are named each. Areas are
 * listed by their short names when there are several ("IT-plattform och Styrning"): full names with their own
 * "och" would chain ("… infrastruktur och Styrning och ledning").
 */
function takeaway(
  data: ChartData,
  text: Pick<TextModel, 'areaLabels' | 'areaShort' | 'seriesLabels'>,
  lang: string,
  strings: Strings,
  baseline: string,
  /** The comparison named again after the first time: a long name's word ("Medelvärde saknar uppgift …"). */
  again = baseline,
): string {
  const n = data.areas.length;
  const single = data.series.length === 1;
  const label = text.seriesLabels[0]!;
  // Short names, always: an area named the same way on every card, and never a full name with its own "och"
  // ("Styrning och ledning") that reads as two areas.
  const areas = (indices: readonly number[]) =>
    formatList(
      indices.map((i) => text.areaShort[i]!),
      lang,
    );
  // Said once here, each series' and the comparison's gaps as their own; each area's own name says it again where
  // it matters. Said for all ("Uppgift saknas för IT-plattform"), a gap of one contradicted another's drawn value.
  const gaps = (values: readonly (number | null)[]) => values.flatMap((v, i) => (v === null ? [i] : []));
  // One series is named by the title, so its gaps are said without a subject (`label` undefined).
  const said = (label: string | undefined, at: readonly number[]) =>
    at.length === 0
      ? ''
      : fill(label === undefined ? strings.takeawayMissing : strings.takeawayMissingOf, {
          label: label ?? '',
          areas: areas(at),
        });
  const own = data.series.map((s) => gaps(s.values));
  // The comparison's gap goes without saying only where no series has a value to compare.
  const baselineGaps = gaps(data.baseline?.values ?? []).filter((i) => !own.every((at) => at.includes(i)));
  const missing =
    own.map((at, k) => said(single ? undefined : text.seriesLabels[k], at)).join('') +
    said(capital(again), baselineGaps);
  // A series' highest and lowest as shown: values that show alike are alike, and a flat profile has neither.
  // `label` undefined for one series, named by the title.
  const profile = (scores: readonly (number | null)[], label: string | undefined): string => {
    const present = scores.map((v, i) => [v === null ? null : shown(v), i] as const).filter(([v]) => v !== null) as [
      number,
      number,
    ][];
    if (present.length === 0) return '';
    const say = (one: string, of: string, words: Record<string, string>) =>
      fill(label === undefined ? one : of, { label: label ?? '', ...words });
    const values = present.map(([v]) => v);
    const [high, low] = [Math.max(...values), Math.min(...values)];
    // One value, or values alike where others are missing: not "the same value in every area", which the note on
    // what is missing then contradicted.
    if (present.length === 1)
      return say(strings.takeawayOnly, strings.takeawayOnlyOf, {
        area: areas([present[0]![1]]),
        value: formatNumber(high, lang),
      });
    // The described series' own gaps, not another's: "A har samma värde i de fem områden som har uppgift".
    if (high === low)
      return present.length < n
        ? say(strings.takeawayFlatSome, strings.takeawayFlatSomeOf, {
            count: countWord(present.length, strings),
            value: formatNumber(high, lang),
          })
        : say(strings.takeawayFlat, strings.takeawayFlatOf, { value: formatNumber(high, lang) });
    // Every area that shares the highest or the lowest value: naming one of three alike said it alone was lowest.
    const at = (value: number) => areas(present.filter(([v]) => v === value).map(([, i]) => i));
    return say(strings.takeawayNoBaseline, strings.takeawayNoBaselineOf, {
      area: at(high),
      value: formatNumber(high, lang),
      lowArea: at(low),
      lowValue: formatNumber(low, lang),
    });
  };
  if (!data.baseline) {
    // No comparison: each series by its own highest and lowest (the first alone left the others unsaid), its
    // gaps after it, named: said for all, a gap of one would read as everyone's.
    return data.series
      .map((series, k) => {
        const label = single ? undefined : text.seriesLabels[k]!;
        return (profile(series.values, label) + said(label, own[k]!)).trim();
      })
      .filter(Boolean)
      .join(' ');
  }
  const base = data.baseline;
  const diffs = data.series.map((series) => series.values.map((v, i) => difference(v, base.values[i])));
  const above = diffs.map((list) => list.filter((d) => d !== null && d > 0).length);
  const below = diffs[0]!.filter((d) => d !== null && d < 0).length;
  const compared = diffs[0]!.filter((d) => d !== null).length;
  const words = { label, baseline, count: countWord(n, strings), n: countWord(n, strings) };
  // One series on one side of the comparison in every area: the sentence says which side, then where the most.
  const oneSide = single && compared === n && (above[0] === n || below === n);
  // Several series, all on one side of the comparison everywhere: said once for all, not "i fem av fem" per series.
  const everywhere = (sign: number) => diffs.every((list) => list.every((d) => d !== null && Math.sign(d) === sign));
  const allSeries =
    !single && (everywhere(1) ? strings.takeawayAllSeriesAbove : everywhere(-1) ? strings.takeawayAllSeriesBelow : '');
  // Nothing to compare (the comparison has no value where the series has one): only what is missing.
  if (single && compared === 0) return missing.trim();
  let sentence: string;
  if (allSeries) {
    sentence = fill(allSeries, { ...words, all: strings.allSeries[data.series.length > 2 ? 1 : 0] });
  } else if (oneSide) {
    sentence = fill(above[0] === n ? strings.takeawayAllAbove : strings.takeawayAllBelow, words);
  } else if (single) {
    // Above in none: the side it is on, not "över medel i inga av fem"; on neither side, level.
    sentence =
      above[0]! > 0
        ? fill(strings.takeawayMixed, { ...words, above: countWord(above[0]!, strings) })
        : below > 0
          ? fill(strings.takeawayMixedBelow, { ...words, below: countWord(below, strings) })
          : fill(compared === n ? strings.takeawayLevel : strings.takeawayLevelSome, {
              ...words,
              level: countWord(compared, strings),
            });
  } else {
    sentence =
      fill(strings.takeawaySeries, { ...words, above: countWord(above[0]!, strings) }) +
      data.series
        .slice(1)
        .map((_, s) =>
          fill(strings.takeawayOthers, { label: text.seriesLabels[s + 1]!, above: countWord(above[s + 1]!, strings) }),
        )
        .join('');
  }
  // The largest difference across all series, and the series it belongs to (the first such when several share
  // it). Its areas with the same signed difference all count; when every area ties, the sentence says so rather
  // than listing them all. As large the other way counts too, named after them with its own sign: +1,0 in one
  // area and −1,0 in another named only the first.
  let best: number | null = null;
  let who = 0;
  diffs.forEach((list, s) => {
    for (const d of list) if (d !== null && (best === null || Math.abs(d) > Math.abs(best))) [best, who] = [d, s];
  });
  const at = (value: number | null) => diffs[who]!.map((d, i) => (d === value ? i : -1)).filter((i) => i >= 0);
  const tied = at(best);
  const opposite = best ? at(-best) : [];
  const diff = best === null ? '' : formatNumber(best, lang, true);
  // `{area} ({diff})` of the strings below: with an opposite, "E-förvaltning (+1,0), IT-plattform" and "−1,0"; a
  // comma between the two sides, as each may be a list with its own "och".
  const [area, areaDiff] =
    opposite.length > 0
      ? [`${areas(tied)} (${diff}), ${areas(opposite)}`, formatNumber(-best!, lang, true)]
      : [areas(tied), diff];
  let tail: string;
  if (best === null || best === 0) tail = '.';
  else if (!single)
    tail = fill(strings.biggestOf, {
      label: text.seriesLabels[who]!,
      area: tied.length === n ? strings.everyArea : area,
      diff: areaDiff,
    });
  else if (oneSide && tied.length === n) tail = fill(strings.biggestEverywhere, { count: countWord(n, strings), diff });
  else tail = fill(oneSide ? strings.most : strings.biggest, { area, diff: areaDiff });
  return sentence + tail + missing;
}

/**
 * An author's comparison as it is said inside a sentence: named by a common word ("Medel i Hallands län"), it is
 * lower-cased as the built-in "medel" is ("Över medel i Hallands län i alla fem områden"), as are ordinary words
 * ("Förra året", "Riket": "Över Förra året" read as a name); a name ("Halland") keeps its capital. The legend and the
 * table, where it stands alone, show it as typed.
 */
function inSentence(label: string): string {
  return COMMON_WORDS.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** A name at the start of a sentence: "Medel saknar uppgift för …". */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * An author's comparison as it is said in each area and in the takeaway. The built-in name with more after it
 * ("Medel samtliga kommuner 2024", what an editor makes of the builder's placeholder) is said as the built-in
 * short name with the rest, "medel 2024": said whole in each of five areas, it cost a listener 15 words more.
 */
function shortBaseline(label: string, strings: Strings): string {
  const typed = plain(label);
  for (const { baselineLabel } of [locales.sv, locales.en]) {
    // A year or a period after the name ("…, 2024", "… (2023–2024)"); anything else ("… och regioner") changes
    // what is compared, and a word that only begins the same is another name.
    const rest = /^[ ,;:]+(\(?\d{4}(?:[–-]\d{2,4})?\)?)$/.exec(typed.slice(baselineLabel.length))?.[1];
    if (rest && typed.toLowerCase().startsWith(baselineLabel.toLowerCase())) return `${strings.baselineShort} ${rest}`;
  }
  return inSentence(label);
}

/** A name as it is compared: trimmed, its whitespace one space. */
function plain(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Whether a comparison's name is the built-in one of either language, whatever its case and spacing. */
function isBuiltInBaseline(label: string): boolean {
  const key = (text: string) => plain(text).toLowerCase();
  return label !== '' && [locales.sv.baselineLabel, locales.en.baselineLabel].some((name) => key(name) === key(label));
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

/**
 * The chart's name, its orientation, heard once on entering it and before the first value: who is shown and the
 * scale, "Falkenberg, skala 0–4.", said with the chart's kind ("radardiagram", its role description) in place of
 * "grupp". Who is shown is said here because a keyboard user who tabs into the chart hears this name and not the
 * heading above it: with several charts on a page, each sounded the same. Several series are then named in each
 * area too, in the legend's order (which is why the legend is not read out).
 */
function chartName(
  data: ChartData,
  strings: Strings,
  [min, max]: string[],
  labels: string[],
  lang: string,
  longBaseline: string | null,
): string {
  const values = { n: data.areas.length, min: min!, max: max!, label: formatList(labels, lang) };
  return flat(
    longBaseline === null
      ? fill(strings.chartRegion, values)
      : fill(strings.chartRegionVs, { ...values, baseline: longBaseline }),
  );
}

/**
 * What each area calls the comparison: its short name, or where the author's is long (five words or more), its
 * first word where that says what it is ("medelvärde") or else "jämförelse", the whole name said once in the chart's
 * name. A 15-word name said in each of five areas made one chart 159 words long for a listener. Only where the
 * chart's name can say it in the same words as the rest: an author's own `chartRegion` with the built-in
 * `chartRegionVs` of a language would mix two.
 */
function saidInAreas(baselineShort: string, custom: boolean, strings: Strings): [said: string, long: boolean] {
  const language = (key: 'chartRegion' | 'chartRegionVs' | 'comparisonShort') =>
    [locales.sv, locales.en].find((built) => built[key] === strings[key]);
  const oneLanguage =
    language('chartRegion') === language('chartRegionVs') && language('chartRegionVs') === language('comparisonShort');
  if (!custom || !oneLanguage || baselineShort.split(/\s+/).length < 5) return [baselineShort, false];
  return [COMMON_NAME.exec(baselineShort)?.[0].toLowerCase() ?? strings.comparisonShort, true];
}

/** The words of one chart, in one language. `heading` and labels are the author's text, used as typed. */
export function describe(data: ChartData, strings: Strings, lang: string, heading: string): TextModel {
  // Own entries only: an area keyed "constructor" must be named by its key, not by Object.prototype.constructor.
  const own = (names: Record<string, string>, key: string) => ownField(names, key) as string | undefined;
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
  const baselineShort = customBaseline ? shortBaseline(plain(customBaseline), strings) : strings.baselineShort;
  const names = { areaLabels, seriesLabels, baselineLabel };
  const seriesValues = data.series.map((s) => s.values.map((v) => show(v, lang, strings)));
  const baselineValues = data.baseline ? data.baseline.values.map((v) => show(v, lang, strings)) : null;
  const seriesDiffs = data.series.map((s) =>
    s.values.map((v, i) => {
      const d = data.baseline ? difference(v, data.baseline.values[i]) : null;
      return d === null ? null : formatNumber(d, lang, true);
    }),
  );
  const differences = data.series.length === 1 && data.baseline ? seriesDiffs[0]! : null;
  const figureName = heading.trim() || flat(fill(strings.figureName, { label: seriesLabels.map(isolate).join(', ') }));
  const tickLabels = shared(
    ticks(data.min, data.max).map((t) => formatTick(t, lang)),
    strings,
  );
  const missingAt = missingIndices(data);
  const missingAreas = missingAt.map((i) => {
    const who = [
      ...data.series.map((s, si) => (s.values[i] === null ? seriesLabels[si] : null)),
      data.baseline?.values[i] === null ? baselineLabel : null,
    ].filter(Boolean);
    return `${isolate(areaLabels[i]!)} (${who.map((name) => isolate(name!)).join(', ')})`;
  });
  const drawn = data.areas.map((_, i) => data.series.some((s) => s.values[i] !== null));
  const marked = (labels: string[]) =>
    drawn.every(Boolean)
      ? labels
      : labels.map((label, i) => (drawn[i] ? label : fill(strings.missingLabel, { area: label })));
  const minLabel = formatTick(data.min, lang);
  const maxLabel = formatTick(data.max, lang);
  const [baselineSaid, long] = saidInAreas(baselineShort, !!customBaseline && !!data.baseline, strings);
  const words: AxisWords = {
    ...names,
    seriesValues,
    baselineValues,
    seriesDiffs,
    strings,
    baselineShort: baselineSaid,
  };
  return {
    lang,
    ...names,
    areaShort,
    radarLabels: marked(names.areaLabels),
    radarShort: marked(areaShort),
    baselineShort,
    figureName,
    chartName: chartName(data, strings, [minLabel, maxLabel], seriesLabels, lang, long ? baselineShort : null),
    chartKind: strings.chartKind,
    takeaway: flat(takeaway(data, { ...names, areaShort }, lang, strings, baselineShort, baselineSaid)),
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
