import { cached } from '../internal/cache.js';
import { ownField } from '../internal/own.js';

/**
 * Every visible and spoken text of the chart, in Swedish and English.
 * Templates take `{name}` placeholders, filled by {@link fill}; numbers are formatted by the caller through
 * formatNumber (format.ts) so the decimal mark follows the locale (3,2 in Swedish, 3.2 in English).
 */
export interface Strings {
  /** Default names of the five SKL areas, by key. */
  areas: Record<string, string>;
  /** Their short names, for narrow charts (a word or two, no number that could pass for a ring value). */
  areasShort: Record<string, string>;
  baselineLabel: string;
  /** The comparison's short name, in each area ("medel 2,1") and in the takeaway ("Över medel i alla fem områden"). */
  baselineShort: string;
  seriesLabel: string;
  /** Accessible name when no heading is given: `{label} e-profil`. */
  figureName: string;
  missing: string;
  /**
   * One area as a screen reader hears it, value first after the name: "{area}: {values}" → "Styrning och ledning:
   * 3,1, medel 2,0, +1,1". No position (the reader's list says "2 av 5") and no scale (the chart's name says it).
   */
  axisName: string;
  valuePair: string;
  /**
   * The takeaway, read after the areas as their summary and shown under the heading. One series is named by the
   * title above it, so its sentences have no subject ("Över medel i alla fem områden, mest i IT-plattform och
   * Styrning."); the `…Of` and `takeawaySeries` ones name the series when there are several. `{label}` is filled in
   * every one, so a sentence of an author's own may name it.
   */
  takeawayAllAbove: string;
  takeawayAllBelow: string;
  /** One series, above in some areas: "Över medel i tre av fem områden". */
  takeawayMixed: string;
  /** One series, above in none and below in some: "Under medel i två av fem områden". */
  takeawayMixedBelow: string;
  /** One series, neither above nor below anywhere: "I nivå med medel i alla fem områden". */
  takeawayLevel: string;
  /** The same, where some areas have no value to compare: "I nivå med medel i fyra av fem områden". */
  takeawayLevelSome: string;
  /** The first of several series: "Falkenberg ligger över medel i fem av fem områden"; the others follow. */
  takeawaySeries: string;
  takeawayOthers: string;
  /**
   * Several series, every one above (below) the comparison in every area: "Samtliga ligger över medel i alla fem
   * områden". `{all}` is one of `allSeries`.
   */
  takeawayAllSeriesAbove: string;
  takeawayAllSeriesBelow: string;
  /** Who `{all}` is: two series ("Båda"), and more ("Samtliga"). */
  allSeries: [two: string, more: string];
  takeawayNoBaseline: string;
  /** The first of several series without a comparison. */
  takeawayNoBaselineOf: string;
  /** Without a comparison, when every value shown is the same: no highest and lowest to name. */
  takeawayFlat: string;
  takeawayFlatOf: string;
  /** The same, where other areas have no value: "Samma värde i de tre områden som har uppgift (3,0)." */
  takeawayFlatSome: string;
  takeawayFlatSomeOf: string;
  /** Without a comparison, when one area alone has a value: "Värde bara för Förändring (3,0)." */
  takeawayOnly: string;
  takeawayOnlyOf: string;
  takeawayMissing: string;
  /**
   * A gap of one of several series, or of the comparison where a series has a value: " Medel saknar uppgift för
   * IT-plattform."
   */
  takeawayMissingOf: string;
  /** After "above (or below) in every area": where the most, ", mest i IT-plattform och Styrning." */
  most: string;
  biggest: string;
  /** The largest difference of several series, naming the series: "; störst skillnad: Stockholm i {area} ({diff})." */
  biggestOf: string;
  /** After "above (or below) in every area", when every area differs as much: ", lika mycket i alla (+1,0)." */
  biggestEverywhere: string;
  /** `{area}` of `biggestOf` when the series differs as much in every area: "alla områden". */
  everyArea: string;
  countWords: string[];
  showTable: string;
  showDotPlot: string;
  /**
   * The table and dot-plot buttons' words in the one-line (compact) controls, seen and heard: each is part of the
   * full name above, which `controls="full"` shows.
   */
  tableShort: string;
  dotPlotShort: string;
  /** The download menu's button, and its items. */
  download: string;
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;
  /** The source line under the chart and in exports: "Källa: {source}". */
  sourceLine: string;
  listen: string;
  /** The disclosure with how to read the chart and its keys: one word, as it is heard under every chart. */
  howToRead: string;
  howToReadText: string;
  howToReadBaseline: string;
  keyboardHelp: string;
  tableCaption: string;
  /** The dot plot's name for screen readers: its kind first, so it is told from the table when both are open. */
  dotPlotCaption: string;
  area: string;
  difference: string;
  errorPrefix: string;
  /** Shown where the chart would be while it has been given no data at all (no `scores`, `series` or table). */
  noValues: string;
  /**
   * One sentence per rejected input. `not-a-number-many` and `out-of-range-many` name several bad values of one list
   * at once (`{values}`: ”75%”, ”80%” och ”78%”).
   */
  errors: Record<ProblemCode | 'not-a-number-many' | 'out-of-range-many', string>;
  missingNote: string;
  /** An area's name around the radar where no series has a value for it: "{area} (saknas)". */
  missingLabel: string;
  /**
   * The chart's name, heard once on entering it, before the first value: who is shown and the scale ("Falkenberg,
   * skala 0–4."). `{label}`: the series' names as a list; `{n}`, the number of areas, is there for other
   * languages (the reader's list says it, "5 objekt").
   */
  chartRegion: string;
  /**
   * The chart's name when the comparison's name is long (five words or more, the author's own): said once here,
   * and in each area by its first word where that says what it is ("medelvärde") or else by
   * {@link Strings.comparisonShort}. `{baseline}`: its name.
   */
  chartRegionVs: string;
  /** What each area calls a comparison with a long name (see chartRegionVs): "jämförelse". */
  comparisonShort: string;
  /**
   * What a reader calls the chart instead of "group" ("radardiagram"), said with its name: a keyboard user who
   * tabs into the chart hears "Falkenberg, skala 0–4, radardiagram", where the heading is not heard.
   */
  chartKind: string;
  /** Said when the sound starts: what the tones are ("Först {series}, sedan {baseline}."). */
  listenIntro: string;
  /** Said politely when a chart's data change: which chart (its title) and its new takeaway. */
  announceUpdate: string;
}

/** Why an input was rejected; each code has a localized message. */
export type ProblemCode =
  | 'not-a-number'
  | 'commas'
  | 'out-of-range'
  | 'count'
  | 'empty'
  | 'json'
  | 'shape'
  | 'scale'
  | 'areas'
  | 'too-many-series'
  | 'unknown-key'
  | 'duplicate-key'
  | 'too-long';

const sv: Strings = {
  areas: {
    egov: 'E-förvaltning totalt',
    platform: 'IT-plattform, hård och mjuk infrastruktur',
    change: 'Förändringsledning och kommunikation',
    cooperation: 'Samverkan och IT-ekonomi',
    governance: 'Styrning och ledning',
  },
  areasShort: {
    egov: 'E-förvaltning',
    platform: 'IT-plattform',
    change: 'Förändring',
    cooperation: 'Samverkan',
    governance: 'Styrning',
  },
  baselineLabel: 'Medel samtliga kommuner',
  baselineShort: 'medel',
  seriesLabel: 'Kommunen',
  figureName: '{label} e-profil',
  missing: 'uppgift saknas',
  axisName: '{area}: {values}',
  valuePair: '{label} {value}',
  takeawayAllAbove: 'Över {baseline} i alla {count} områden',
  takeawayAllBelow: 'Under {baseline} i alla {count} områden',
  takeawayMixed: 'Över {baseline} i {above} av {n} områden',
  takeawayMixedBelow: 'Under {baseline} i {below} av {n} områden',
  takeawayLevel: 'I nivå med {baseline} i alla {count} områden',
  takeawayLevelSome: 'I nivå med {baseline} i {level} av {n} områden',
  takeawaySeries: '{label} ligger över {baseline} i {above} av {n} områden',
  takeawayOthers: ', {label} i {above}',
  takeawayAllSeriesAbove: '{all} ligger över {baseline} i alla {count} områden',
  takeawayAllSeriesBelow: '{all} ligger under {baseline} i alla {count} områden',
  allSeries: ['Båda', 'Samtliga'],
  takeawayNoBaseline: 'Högst värde i {area} ({value}), lägst i {lowArea} ({lowValue}).',
  takeawayNoBaselineOf: '{label} har högst värde i {area} ({value}), lägst i {lowArea} ({lowValue}).',
  takeawayFlat: 'Samma värde i alla områden ({value}).',
  takeawayFlatOf: '{label} har samma värde i alla områden ({value}).',
  takeawayFlatSome: 'Samma värde i de {count} områden som har uppgift ({value}).',
  takeawayFlatSomeOf: '{label} har samma värde i de {count} områden som har uppgift ({value}).',
  takeawayOnly: 'Värde bara för {area} ({value}).',
  takeawayOnlyOf: '{label} har värde bara för {area} ({value}).',
  takeawayMissing: ' Uppgift saknas för {areas}.',
  takeawayMissingOf: ' {label} saknar uppgift för {areas}.',
  most: ', mest i {area}.',
  biggest: '; störst skillnad: {area} ({diff}).',
  biggestOf: '; störst skillnad: {label} i {area} ({diff}).',
  biggestEverywhere: ', lika mycket i alla ({diff}).',
  everyArea: 'alla områden',
  countWords: ['inga', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
  showTable: 'Visa som tabell',
  showDotPlot: 'Visa som punktdiagram',
  tableShort: 'Tabell',
  dotPlotShort: 'Punktdiagram',
  download: 'Ladda ner',
  downloadCsv: 'Data (CSV)',
  downloadSvg: 'Bild (SVG)',
  downloadPng: 'Bild (PNG)',
  sourceLine: 'Källa: {source}',
  listen: 'Lyssna',
  howToRead: 'Hjälp',
  howToReadText:
    'Varje eker är ett område. Skalan går från {min} i mitten till {max} längst ut; ringarna markerar {ticks}. {series} visas med heldragen linje och fyllda markörer.',
  howToReadBaseline: ' {baseline} visas med streckad linje och ihåliga romber.',
  keyboardHelp:
    'Områdena är en lista: pil ned och upp går igenom dem, också med skärmläsare. Utan skärmläsare: tabba till diagrammet; pilarna flyttar mellan områdena, Home och End till det första och det sista, och Esc döljer rutan med värden.',
  tableCaption: '{heading}: värden per område, skala {min}–{max}',
  dotPlotCaption: 'Punktdiagram, {heading}: värden per område, skala {min}–{max}',
  area: 'Område',
  difference: 'Skillnad mot {baseline}',
  errorPrefix: 'Diagrammet kan inte visas',
  noValues: 'Inga värden att visa.',
  errors: {
    'not-a-number': '{attribute}: ”{value}” är inte ett tal.',
    'not-a-number-many': '{attribute}: {values} är inte tal.',
    commas: '{attribute}: ”{value}” är inte ett tal: skilj värdena åt med mellanslag eller semikolon.',
    'out-of-range': '{attribute}: {value} ligger utanför skalan {min}–{max}.',
    'out-of-range-many': '{attribute}: {values} ligger utanför skalan {min}–{max}.',
    count: '{attribute}: antal värden i ”{value}” är {count}, men diagrammet har {n} områden.',
    empty: '{attribute}: inga värden (”{value}”), diagrammet behöver {n}.',
    json: '{attribute}: ogiltig JSON (”{value}”).',
    shape: '{attribute}: fel form på värdet (”{value}”).',
    scale: 'min ({min}) måste vara mindre än max ({max}).',
    areas: 'areas: antal områden i ”{value}” är {count}, men 3 till 12 krävs.',
    'too-many-series': 'series: {count} serier (”{value}”), men högst 4 kan visas.',
    'unknown-key': '{attribute}: okänt område ”{value}”.',
    'duplicate-key': 'areas: nyckeln ”{value}” används för mer än ett område.',
    'too-long': '{attribute}: värdet är för långt ({count} tecken, ”{value}”).',
  },
  missingNote: 'Uppgift saknas: {list}.',
  missingLabel: '{area} (saknas)',
  chartRegion: '{label}, skala {min}–{max}.',
  chartRegionVs: '{label} jämfört med {baseline}, skala {min}–{max}.',
  comparisonShort: 'jämförelse',
  chartKind: 'radardiagram',
  listenIntro: 'Först {series}, sedan {baseline}; högre ton för högre värde.',
  announceUpdate: 'Diagrammet uppdaterat: {title}. {takeaway}',
};

const en: Strings = {
  areas: {
    egov: 'E-government overall',
    platform: 'IT platform, hard and soft infrastructure',
    change: 'Change management and communication',
    cooperation: 'Cooperation and IT economy',
    governance: 'Governance and leadership',
  },
  areasShort: {
    egov: 'E-government',
    platform: 'IT platform',
    change: 'Change',
    cooperation: 'Cooperation',
    governance: 'Governance',
  },
  baselineLabel: 'Average of all municipalities',
  baselineShort: 'average',
  seriesLabel: 'The municipality',
  figureName: '{label} e-profile',
  missing: 'no data',
  axisName: '{area}: {values}',
  valuePair: '{label} {value}',
  takeawayAllAbove: 'Above {baseline} everywhere',
  takeawayAllBelow: 'Below {baseline} everywhere',
  takeawayMixed: 'Above {baseline} in {above} of {n} areas',
  takeawayMixedBelow: 'Below {baseline} in {below} of {n} areas',
  takeawayLevel: 'Level with {baseline} everywhere',
  takeawayLevelSome: 'Level with {baseline} in {level} of {n} areas',
  takeawaySeries: '{label} is above {baseline} in {above} of {n} areas',
  takeawayOthers: ', {label} in {above}',
  takeawayAllSeriesAbove: '{all} are above {baseline} everywhere',
  takeawayAllSeriesBelow: '{all} are below {baseline} everywhere',
  allSeries: ['Both', 'All of them'],
  takeawayNoBaseline: 'Highest in {area} ({value}), lowest in {lowArea} ({lowValue}).',
  takeawayNoBaselineOf: '{label} scores highest in {area} ({value}), lowest in {lowArea} ({lowValue}).',
  takeawayFlat: 'The same value in every area ({value}).',
  takeawayFlatOf: '{label} scores the same in every area ({value}).',
  takeawayFlatSome: 'The same value in the {count} areas with data ({value}).',
  takeawayFlatSomeOf: '{label} scores the same in the {count} areas with data ({value}).',
  takeawayOnly: 'A value only for {area} ({value}).',
  takeawayOnlyOf: '{label} has a value only for {area} ({value}).',
  takeawayMissing: ' No data for {areas}.',
  takeawayMissingOf: ' {label} has no data for {areas}.',
  most: ', most in {area}.',
  biggest: '; largest difference: {area} ({diff}).',
  biggestOf: '; largest difference: {label} in {area} ({diff}).',
  biggestEverywhere: ', by the same amount ({diff}).',
  everyArea: 'every area',
  countWords: [
    'none',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ],
  showTable: 'Show as table',
  showDotPlot: 'Show as dot plot',
  tableShort: 'Table',
  dotPlotShort: 'Dot plot',
  download: 'Download',
  downloadCsv: 'Data (CSV)',
  downloadSvg: 'Image (SVG)',
  downloadPng: 'Image (PNG)',
  sourceLine: 'Source: {source}',
  listen: 'Listen',
  howToRead: 'Help',
  howToReadText:
    'Each spoke is one area. The scale runs from {min} at the centre to {max} at the edge; the rings mark {ticks}. {series} is drawn with a solid line and filled markers.',
  howToReadBaseline: ' The {baseline} is drawn with a dashed line and hollow diamonds.',
  keyboardHelp:
    'The areas are a list: the down and up arrows go through them, with a screen reader too. Without one: Tab to the chart; the arrows move between the areas, Home and End to the first and the last, and Esc hides the box of values.',
  tableCaption: '{heading}: values by area, scale {min}–{max}',
  dotPlotCaption: 'Dot plot, {heading}: values by area, scale {min}–{max}',
  area: 'Area',
  difference: 'Difference from {baseline}',
  errorPrefix: 'The chart cannot be shown',
  noValues: 'No values to show.',
  errors: {
    'not-a-number': '{attribute}: “{value}” is not a number.',
    'not-a-number-many': '{attribute}: {values} are not numbers.',
    commas: '{attribute}: “{value}” is not a number: separate the values with spaces or semicolons.',
    'out-of-range': '{attribute}: {value} is outside the scale {min}–{max}.',
    'out-of-range-many': '{attribute}: {values} are outside the scale {min}–{max}.',
    count: '{attribute}: the number of values in “{value}” is {count}, but the chart has {n} areas.',
    empty: '{attribute}: no values (“{value}”), the chart needs {n}.',
    json: '{attribute}: invalid JSON (“{value}”).',
    shape: '{attribute}: value of the wrong shape (“{value}”).',
    scale: 'min ({min}) must be less than max ({max}).',
    areas: 'areas: the number of areas in “{value}” is {count}, but 3 to 12 are needed.',
    'too-many-series': 'series: {count} series (“{value}”), but at most 4 can be shown.',
    'unknown-key': '{attribute}: unknown area “{value}”.',
    'duplicate-key': 'areas: the key “{value}” is used for more than one area.',
    'too-long': '{attribute}: the value is too long ({count} characters, “{value}”).',
  },
  missingNote: 'No data: {list}.',
  missingLabel: '{area} (no data)',
  chartRegion: '{label}, scale {min}–{max}.',
  chartRegionVs: '{label} against {baseline}, scale {min}–{max}.',
  comparisonShort: 'comparison',
  chartKind: 'radar chart',
  listenIntro: 'First {series}, then {baseline}; a higher tone for a higher value.',
  announceUpdate: 'Chart updated: {title}. {takeaway}',
};

/** The built-in locales. Other languages are supplied whole through the element's `strings` property. */
export const locales: Record<'sv' | 'en', Strings> = { sv, en };

/**
 * The built-in set with an author's `strings` over it, key by key: only texts replace texts, and `areas`, `errors`
 * and `countWords` merge entry by entry. Anything else (a number, null, a partial `errors`) keeps the built-in
 * text, so a wrong `strings` property shows built-in words rather than throwing or printing "undefined".
 */
export function mergeStrings(base: Strings, custom: unknown, missing?: string[]): Strings {
  if (custom === null || typeof custom !== 'object') return base;
  const given = custom as Record<string, unknown>;
  // `missing` collects the texts left to `base`, by key: `errors.count`, `allSeries[1]`.
  const entries = (key: string, fallback: Record<string, string>, value: unknown): Record<string, string> => {
    const texts = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    const merged = { ...fallback };
    for (const [name, text] of Object.entries(texts)) if (typeof text === 'string') merged[name] = text;
    for (const name of Object.keys(fallback))
      if (!Object.hasOwn(texts, name) || typeof texts[name] !== 'string') missing?.push(`${key}.${name}`);
    return merged;
  };
  const words = (key: string, fallback: string[], value: unknown): string[] =>
    fallback.map((word, i) => {
      const text: unknown = Array.isArray(value) ? value[i] : undefined;
      if (typeof text === 'string') return text;
      missing?.push(`${key}[${i}]`);
      return word;
    });
  const merged = { ...base } as Record<string, unknown>;
  for (const key of Object.keys(base) as (keyof Strings)[]) {
    const value = ownField(given, key);
    const fallback = base[key];
    if (typeof fallback === 'string') {
      if (typeof value === 'string') merged[key] = value;
      else missing?.push(key);
    } else {
      merged[key] = Array.isArray(fallback) ? words(key, fallback, value) : entries(key, fallback, value);
    }
  }
  return merged as unknown as Strings;
}

/** The texts an author's `custom` strings leave to `base`, by key (`chartKind`, `errors.count`, `allSeries[1]`). */
export function missingStrings(base: Strings, custom: unknown): string[] {
  const missing: string[] = [];
  mergeStrings(base, custom, missing);
  return missing;
}

/** `sv` unless the language tag is English (`en`, `en-GB`, …): the product is Swedish first. */
export function localeOf(lang: string | null | undefined): 'sv' | 'en' {
  return /^en\b/i.test(lang ?? '') ? 'en' : 'sv';
}

/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;

/**
 * A text with right-to-left letters isolated (U+2068 … U+2069, which take no room and are not read out), so the
 * bidi algorithm lays it out on its own inside a Swedish or English sentence or list; any other text as it is.
 */
export function isolate(text: string): string {
  // Once: a list's isolated names (formatList) are not isolated again as a whole.
  const done = text.startsWith('\u2068') && text.endsWith('\u2069');
  return !done && RIGHT_TO_LEFT.test(text) ? `\u2068${text}\u2069` : text;
}

/**
 * Replaces `{name}` placeholders; unknown names stay as typed so a missing value is visible, not silent. A value
 * with right-to-left letters (an author's Arabic or Hebrew area name) is isolated ({@link isolate}): without that,
 * the bidi algorithm drew "Högst värde i (3,0) עברית", the value before its name. A list of names isolates each
 * (formatList): isolated whole, a list starting with a Hebrew name was laid out right to left.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  const parts = compile(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : `{${name}}`;
    out += isolate(value) + parts[i + 1]!;
  }
  return out;
}

/** Templates split once into text and placeholder names (text, name, text, …): a chart fills dozens per change. */
const compiled = new Map<string, string[]>();
function compile(template: string): string[] {
  return cached(compiled, template, () => template.split(/\{(\w+)\}/), 1000);
}
