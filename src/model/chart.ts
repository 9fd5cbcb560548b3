/**
 * The chart's one pipeline: input → locale → words → frame and plot. The live element, the static renderer and
 * server rendering all call it, so nothing the element decides (which input wins, which language, the author's
 * heading and takeaway) is decided again elsewhere. Each stage is memoized (internal/memo.ts): a render that
 * changed only the width lays out again without re-parsing or re-wording, one that changed only a view does
 * neither.
 */
import { asText, parseInput, type RawInput } from '../input/parse.js';
import type { ChartData, Problem } from '../input/types.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import { Memo } from '../internal/memo.js';
import { creditLines, problemLines, type Credits } from './credits.js';
import { describe, type TextModel } from './describe.js';
import { dotPlot, type DotPlot } from './dotplot.js';
import { ticks } from './geometry.js';
import type { Measure } from './labels.js';
import { frameLayout, plot, type Geometry } from './layout.js';
import { tableText, type TableText } from './rows.js';

/** A chart's inputs, named as the element's properties (README, Attributes); anything a page may set. */
export interface ChartProps extends RawInput, Credits {
  heading?: unknown;
  takeaway?: unknown;
  lang?: unknown;
  /** Words for another language, or rewording the built-in ones (i18n/strings.ts `mergeStrings`). */
  strings?: unknown;
}

/** What the chart's place in a page tells it, beside its properties. */
export interface ChartPlace {
  /** The data of an author's `<table>` inside the chart (input/table.ts): the input when no attribute gives one. */
  table?: RawInput;
  /** The nearest `lang` above the chart: its language when it has no `lang` of its own. */
  pageLang?: string;
  /**
   * The page is still being parsed (`true`), or the chart is rendered on a server (`'server'`). While a browser
   * parses, a chart fed by its `<table>` may not have all of it yet, and a script after the chart may yet set what
   * its attributes are read with (`areas` for `scores="1 2 3"`, `strings`): input that does not read waits, and is
   * reported once the page is parsed. A server sees no table and runs no later script: there only a chart that may
   * have a table waits.
   */
  parsing?: boolean | 'server';
}

/** The text font the geometry is laid out with: a canvas measurer in a browser, shipped metrics elsewhere. */
export interface ChartFont {
  measure: Measure;
  /** Size of the area names and ring values, px. */
  size: number;
  /** Line height of the area names, px. */
  lineHeight: number;
  /** Width of a marker, px. */
  markerSize: number;
}

/** The chart in words: what it shows and says, before any drawing. */
export interface ChartWords {
  /** The validated data; null when input was rejected (or is still coming, see `waiting`). */
  data: ChartData | null;
  problems: readonly Problem[];
  /** Each problem as a sentence in the chart's language. */
  problemLines: readonly string[];
  /** The chart waits for the parsed page: nothing it was given reads yet (see `ChartPlace.parsing`). Reports nothing. */
  waiting: boolean;
  /**
   * Nothing was given at all: no `scores`, no `series`, no `<table>`. Not bad input: an app may set the data once
   * it has fetched it. The element says there are no values and reports nothing; the static renderer, which has
   * nothing more to wait for, keeps the problem.
   */
  empty: boolean;
  locale: Locale;
  /** Every text of the chart; undefined while there is no data. */
  text?: TextModel;
  /** Source, notes and byline, worded: "Källa: …". */
  credits: readonly string[];
  /** Whether the takeaway is the author's own (which may not mention missing values, so the note does). */
  authorTakeaway: boolean;
}

/**
 * Whether a property holds anything: nothing, `false` (a framework's `cond && list`) and an empty list do not;
 * anything else does (a lone series object, not in a list, is given and reported, not "no values" in silence); a
 * page's getter or Proxy that throws counts as given, for parsing to report.
 */
function given(value: unknown): boolean {
  try {
    const length = (value as { length?: unknown } | null | undefined)?.length;
    return value !== undefined && value !== null && value !== false && (typeof length !== 'number' || length > 0);
  } catch {
    return true;
  }
}

/**
 * Which input the chart draws: its attributes or properties when `scores` or `series` is set, else the `<table>`
 * inside it (whose scale and areas an attribute may still override), else the attributes (to report what is
 * missing). Said here once: the table is the fallback that readers without JavaScript see.
 */
export function chooseInput(
  props: RawInput,
  table: RawInput | undefined,
): { input: RawInput; fromAttributes: boolean } {
  // `scores = null` clears the values, as removing the attribute does: not given.
  const fromAttributes = (props.scores !== undefined && props.scores !== null) || given(props.series);
  if (fromAttributes || !table) return { input: props, fromAttributes };
  return { input: { ...table, min: props.min, max: props.max, areas: props.areas ?? table.areas }, fromAttributes };
}

/**
 * Input → data and problems. A chart in the page's HTML, with the script in the head, connects before the parser
 * reaches the `<table>` inside it, and may see it half parsed; or before a script further down sets its `areas`,
 * which its `scores` are read with. So while the page is parsing, a chart waits (no data, no problems) when what
 * it has does not read yet: its problems may not be the page's, and an error event then was a false alarm.
 */
export function readChart(
  props: RawInput,
  table: RawInput | undefined,
  parsing: ChartPlace['parsing'],
): { data: ChartData | null; problems: Problem[]; waiting: boolean; empty: boolean } {
  const { input, fromAttributes } = chooseInput(props, table);
  const { data, problems } = parseInput(input);
  const waiting = problems.length > 0 && (parsing === true || (parsing === 'server' && !fromAttributes));
  const empty = !fromAttributes && !table && !waiting;
  return waiting ? { data: null, problems: [], waiting, empty } : { data, problems, waiting, empty };
}

/** The chart's words, with the author's heading and takeaway where given. */
export function wordChart(
  data: ChartData | null,
  locale: Locale,
  heading: unknown,
  takeaway: unknown,
): TextModel | undefined {
  if (!data) return undefined;
  const words = describe(data, locale.strings, locale.numberLang, asText(heading));
  const own = asText(takeaway).trim();
  return own ? { ...words, takeaway: own } : words;
}

/** The radar laid out at a width (px) in a font: the frame (shared by every chart with the same names) and the series. */
export function layoutChart(data: ChartData, words: TextModel, font: ChartFont, width: number): Geometry {
  // Ring values are drawn in the names' size, which follows the reader's text size.
  const options = { width, labelLineHeight: font.lineHeight, tickFontSize: font.size };
  const frame = frameLayout(words.radarLabels, data.min, data.max, font.measure, options, words.radarShort);
  return plot(data, frame, { labels: words.tickLabels, fontSize: font.size, markerSize: font.markerSize });
}

/** The properties the data is read from. */
export const INPUT_KEYS = ['scores', 'baseline', 'label', 'baselineLabel', 'min', 'max', 'areas', 'series'] as const;

/** A chart's pipeline: one per chart, each stage remembering its last input. */
export interface ChartPipeline {
  /**
   * Input, locale and words: the chart without its drawing. `changed` names properties set since the last call
   * (lit's changed properties): an input named there is read again even if it is the same object, so an array
   * changed in place and announced with `requestUpdate('scores')` is drawn.
   */
  words(props: ChartProps, place?: ChartPlace, changed?: { has(key: string): boolean }): ChartWords;
  /** The radar at a width (px); undefined without data or a width. */
  geometry(words: ChartWords, font: ChartFont, width: number): Geometry | undefined;
  /** The data table's words (also the CSV's and the static figure's table). */
  table(words: ChartWords): TableText | undefined;
  /** The dot plot at a width (px). */
  dots(words: ChartWords, font: ChartFont, width: number): DotPlot | undefined;
}

/** Reads the input: the read stage, with the inputs one by one (each compared on its own) and a revision. */
function readStage(
  scores: unknown,
  baseline: unknown,
  label: RawInput['label'],
  baselineLabel: RawInput['baselineLabel'],
  min: unknown,
  max: unknown,
  areas: unknown,
  series: unknown,
  table: RawInput | undefined,
  parsing: ChartPlace['parsing'],
  _revision: number,
): ReturnType<typeof readChart> {
  return readChart({ scores, baseline, label, baselineLabel, min, max, areas, series }, table, parsing);
}

function creditStage(source: unknown, notes: unknown, byline: unknown, locale: Locale): string[] {
  return creditLines({ source: asText(source), notes: asText(notes), byline: asText(byline) }, locale.strings);
}

function dotStage(data: ChartData, text: TextModel, font: ChartFont, width: number): DotPlot {
  return dotPlot(
    data,
    text.areaLabels,
    ticks(data.min, data.max),
    font.measure,
    width,
    font.lineHeight,
    font.markerSize,
    text.missingWord,
  );
}

/** One chart's pipeline: its stages' memos are its fields, its steps methods every chart shares. */
class Pipeline implements ChartPipeline {
  #read = new Memo(readStage);
  #locale = new Memo(resolveLocale);
  #words = new Memo(wordChart);
  #lines = new Memo(problemLines);
  #credits = new Memo(creditStage);
  #geometry = new Memo(layoutChart);
  #table = new Memo(tableText);
  #dots = new Memo(dotStage);
  #revision = 0;

  words(props: ChartProps, place: ChartPlace = {}, changed?: { has(key: string): boolean }): ChartWords {
    const { scores, baseline, label, baselineLabel, min, max, areas, series } = props;
    if (changed && INPUT_KEYS.some((key) => changed.has(key))) this.#revision++;
    const { table, parsing = false } = place;
    const input = this.#read.get(
      scores,
      baseline,
      label,
      baselineLabel,
      min,
      max,
      areas,
      series,
      table,
      parsing,
      this.#revision,
    );
    const where = this.#locale.get(asText(props.lang), place.pageLang ?? '', props.strings);
    return {
      ...input,
      problemLines: this.#lines.get(input.problems, where.strings, input.data?.areas.length ?? 5, where.numberLang),
      locale: where,
      text: this.#words.get(input.data, where, props.heading, props.takeaway),
      credits: this.#credits.get(props.source, props.notes, props.byline, where),
      authorTakeaway: asText(props.takeaway).trim() !== '',
    };
  }

  geometry(chart: ChartWords, font: ChartFont, width: number): Geometry | undefined {
    return chart.data && chart.text && width > 0 ? this.#geometry.get(chart.data, chart.text, font, width) : undefined;
  }

  table(chart: ChartWords): TableText | undefined {
    return chart.text ? this.#table.get(chart.text, chart.locale.strings) : undefined;
  }

  dots(chart: ChartWords, font: ChartFont, width: number): DotPlot | undefined {
    return chart.data && chart.text && width > 0 ? this.#dots.get(chart.data, chart.text, font, width) : undefined;
  }
}

/** A new pipeline, for one chart. */
export function chartPipeline(): ChartPipeline {
  return new Pipeline();
}
