import type { Area, ChartData, Problem, Series, SeriesInput, Value } from './types.js';
import { ownField } from '../internal/own.js';

/**
 * An area with its names as its own fields, undefined where not given, so that nothing reads a name it inherits:
 * a page whose script set `Object.prototype.label` (a prototype-pollution bug elsewhere) named every built-in area
 * with its text, in the radar, the takeaway and the CSV.
 */
function ownArea(key: string, label: string | undefined, short: string | undefined): Area {
  return Object.freeze({ key, label, short });
}

/** The five SKL areas of the e-förvaltningsenkät, in the survey's order (clockwise from 12 o'clock). */
export const DEFAULT_AREAS: readonly Area[] = Object.freeze(
  ['egov', 'platform', 'change', 'cooperation', 'governance'].map((key) => ownArea(key, undefined, undefined)),
);

/** Attribute strings longer than this are rejected before any parsing: 12 numbers never need more. */
export const MAX_INPUT_LENGTH = 10_000;
export const MIN_AREAS = 3;
export const MAX_AREAS = 12;
export const MAX_SERIES = 4;

/** The survey's scale, 0–4: the bounds of a chart given no `min` or `max`. */
const SCALE = { min: 0, max: 4 };

/**
 * Tokens that mean "no value for this area": shown as missing, never as 0. The chart's own words for it ("uppgift
 * saknas", "no data") too, as a cell of a table or a `;`- or tab-separated list: its table view copied back.
 */
const MISSING = new Set(['', '-', '–', '—', '..', 'na', 'n/a', 'null', '?', 'saknas', 'uppgift saknas', 'no data']);
/**
 * Characters that show nothing, which text pasted from a web page, a PDF or a word processor carries: zero-width
 * spaces and joiners, direction marks, a soft hyphen, a byte-order mark. In a value, "3,0" with one of them was
 * refused with a message that quoted "3,0", which looks right.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** A plain decimal with `.` or `,` as the mark; no exponents, no thousands separators (scores are 0–4). */
const NUMBER = /^[+\-−]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** Marks a number JSON cannot write (NaN, ±Infinity), to be written back as itself rather than as `null`. */
const UNWRITABLE = '\u0000';
/** Items of a list a message writes out: more than its forty characters hold. */
const SHOWN_ITEMS = 20;
/**
 * More values than a chart has areas (at most 12) by far: the count is said without reading every value, which
 * for a page's array of millions held the page.
 */
const MOST_VALUES = 100;

/**
 * Shortens a value for a message: a 1 MB attribute must not become a 1 MB error text. Numbers JSON has no word
 * for are named as they are (`[3, NaN]`, not `[3,null]`: null is the documented marker of a missing value).
 * Reading a value may run a page's getter or Proxy trap, which may throw: then it is named by its kind. A long
 * list is written by its first items only: written whole, a page's array of ten million values held the page for
 * seconds, and a sparse one of 2³² − 1 for half a minute, for a message of forty characters.
 */
export function shorten(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'bigint'
          ? String(value)
          : (JSON.stringify(value, (_, item: unknown) =>
              typeof item === 'number' && !Number.isFinite(item)
                ? `${UNWRITABLE}${item}`
                : Array.isArray(item) && item.length > SHOWN_ITEMS
                  ? Array.from({ length: SHOWN_ITEMS }, (_, index) => item[index] as unknown)
                  : item,
            )?.replace(/"\\u0000([^"]*)"/g, '$1') ?? String(value));
  } catch {
    text = kindOf(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function kindOf(value: unknown): string {
  try {
    return Object.prototype.toString.call(value);
  } catch {
    return typeof value;
  }
}

/** Whether a cell's text names something (words), rather than giving a value or a missing value's mark. */
export function isName(text: string): boolean {
  return /\p{L}/u.test(text) && Number.isNaN(parseNumber(text));
}

/** Parses one number token: `3,2`, `3.2`, `−1`; `null` for a missing marker, `NaN` for anything else. */
export function parseNumber(token: string | number | null | undefined): number | null {
  if (token === null || token === undefined) return null;
  if (typeof token === 'number') return token;
  const text = token.replace(INVISIBLE, '').trim();
  // A table cell's words may be wrapped in its source ("Uppgift⏎  saknas").
  if (MISSING.has(text.toLowerCase().replace(/\s+/g, ' '))) return null;
  if (!NUMBER.test(text)) return NaN;
  return Number(text.replace(',', '.').replace('−', '-'));
}

/**
 * Splits a list attribute: whitespace or `;` separate values; a trailing comma on a token is a list comma
 * ("3.0, 3.2"), since no number ends with a decimal mark; and so is every comma of a token with a decimal point
 * ("3.0,3.2,3.0": a number has one decimal mark). "3,2,1" stays one token, which could be either.
 *
 * `;` and tabs separate a spreadsheet's cells: an empty cell ("3,0;3,2;;3,0;3,1", a tab row's first or last) is an
 * empty value, `''`, which is read as missing, as an empty table cell is. Dropped, it moved every later value an
 * area back. A `;` after the last value ("3;2;1;4;2;", as people write lists) ends the list; a tab there, as a
 * spreadsheet copies a row, ends an empty last cell.
 */
export function splitList(text: string): string[] {
  // A spreadsheet quotes a cell that holds its separator ("3,0","3,2" from a comma-separated file, the cells of a
  // row copied as text): each quoted cell is one value. Unquoted, "3,0" was read with its quotes and refused as
  // "not a number". Only where every quote closes a whole cell: other text keeps its quotes, shown as typed in a
  // message.
  const quoted: string[] = [];
  const bare = text.replace(
    /(^|[\s;,])"([^"]*)"(?=$|[\s;,])/g,
    (_, before: string, cell: string) => `${before}\0${quoted.push(cell.trim()) - 1}\0`,
  );
  if (quoted.length === 0 || bare.includes('"')) return cells(text);
  // A comma-separated row: its quoted cells stand between commas (`"3,0",3,"3,1"`), and each comma outside quotes
  // separates; a comma after the last cell ends the row. Otherwise the list is split as any other, around the
  // quoted cells ("3,0" 3,1 2: a decimal comma outside quotes stays one).
  const commas =
    !/[;\t]/.test(bare) && bare.includes(',') && bare.match(/(^|,)\s*\0\d+\0\s*(?=,|$)/g)?.length === quoted.length;
  // Between commas, whitespace still separates values ("3,0", 3 2 1 3), a missing value's two words kept whole.
  const tokens = commas
    ? bare
        .replace(/\s*,\s*$/, '')
        .split(/\s*,\s*/)
        .flatMap((token) => (token === '' || /\0\d+\0/.test(token) ? [token] : words(token)))
    : cells(bare);
  return tokens.map((token) => token.replace(/\0(\d+)\0/g, (match, k: string) => quoted[Number(k)] ?? match));
}

/** A list's values, split as {@link splitList} says (no quoted cells). */
function cells(text: string): string[] {
  // Cells and the separators between them: [cell, separator, cell, …].
  const parts = text.split(/([;\t])/);
  const tokens: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const cell = words(parts[i]!).flatMap(csvCells);
    const last = i === parts.length - 1;
    const empty = parts.length > 1 && cell.length === 0 && !(last && parts[i - 1] === ';');
    tokens.push(...(empty ? [''] : cell));
  }
  return tokens;
}

/** A cell's words, the chart's own two-word mark for a missing value ("uppgift saknas", "no data") kept whole. */
function words(cell: string): string[] {
  const split = cell.split(/\s+/);
  const merged: string[] = [];
  for (let k = 0; k < split.length; k++) {
    const pair = `${split[k]} ${split[k + 1]}`;
    if (k + 1 < split.length && MISSING.has(pair.toLowerCase())) {
      merged.push(pair);
      k++;
    } else merged.push(split[k]!);
  }
  return merged;
}

/**
 * One whitespace-separated token's values. Its commas are list commas when it has a decimal point (a CSV row:
 * "3.0,3.2,,3.0,3.1", where an empty cell between two values is a missing value, `''`), or when one ends it.
 */
function csvCells(token: string): string[] {
  if (token === '') return [];
  if (!token.includes('.')) return [token.length > 1 && token.endsWith(',') ? token.slice(0, -1) : token];
  // A comma at either end of the token is a list comma beside a space ("3.0 ,3.2", "3.0, 3.2"), not a cell.
  return token.replace(/^,|,$/g, '').split(',');
}

/**
 * An attribute's text without the whitespace around it, except a tab on the values' own line: it ends a
 * spreadsheet's empty first or last cell. Lines before and after the values go with their indentation, tabs
 * included (`scores="⏎⇥⇥3,0 3,2 3,0 3,0 3,1⏎⇥"` in a page's source).
 */
function trimmed(text: string): string {
  return text
    .replace(/^\s*\n\s*/, '')
    .replace(/\r?\n\s*$/, '')
    .replace(/^[^\S\t]+|[^\S\t]+$/g, '');
}

/** "3,2,1,4,2": decimal commas or list commas, which no one can tell; the message says how to write either. */
const COMMA_LIST = /^[-−]?\d+(,\d+){2,}$/;

interface ParseContext {
  attribute: string;
  areas: readonly Area[];
  min: number;
  max: number;
  problems: Problem[];
}

/** The problems a value of a list can have, which several values of one list share in one problem. */
const VALUE_CODES: readonly Problem['code'][] = ['not-a-number', 'out-of-range'];

/**
 * Records a problem once: "tre tre tre tre tre" is one line, not five of the same. Several bad values of one list
 * with the same fault are one problem naming them all ("75%", "80%" och "78%" är inte tal), so an attribute is
 * one line and one `eprofile-error` event.
 */
function problem(context: ParseContext, code: Problem['code'], value: unknown, params?: Problem['params']): null {
  const shown = shorten(value);
  const { attribute, problems } = context;
  const same = problems.filter((p) => p.code === code && p.attribute === attribute);
  if (same[0] && VALUE_CODES.includes(code)) {
    const values = (same[0].values ??= [same[0].value]);
    if (!values.includes(shown)) values.push(shown);
    same[0].value = shorten(values.join(' '));
  } else if (!same.some((p) => p.value === shown)) problems.push({ code, attribute, value: shown, params });
  return null;
}

/**
 * Checks one value: finite and on the scale; out-of-range values are rejected, never clamped. `undefined` (an
 * array hole, a property a mapping did not find) is missing, like `null`.
 */
function checkValue(raw: unknown, context: ParseContext): Value | undefined {
  if (raw === undefined) return null;
  if (raw !== null && typeof raw !== 'number' && typeof raw !== 'string') {
    problem(context, 'shape', raw);
    return undefined;
  }
  const value = parseNumber(raw);
  if (value === null) return null;
  if (!Number.isFinite(value)) {
    problem(context, typeof raw === 'string' && COMMA_LIST.test(raw.trim()) ? 'commas' : 'not-a-number', raw);
    return undefined;
  }
  if (value < context.min || value > context.max) {
    problem(context, 'out-of-range', raw, { min: context.min, max: context.max });
    return undefined;
  }
  return value;
}

/**
 * Every bad value of a list is reported, each on its line: an editor who fixed the one named would otherwise meet
 * the next only after reloading.
 */
function fromList(list: readonly unknown[], context: ParseContext, typed?: string): Value[] | null {
  const { attribute, areas, problems } = context;
  if (list.length > MOST_VALUES) {
    const first = typed ?? Array.from({ length: SHOWN_ITEMS }, (_, i) => shorten(list[i])).join(' ');
    return problem(context, 'count', first, { count: list.length, n: areas.length });
  }
  // Every index, not map(): a sparse array's holes must be checked too, not left as holes in the data. Made at its
  // length, as the chart keeps it: an array grown by push holds room for 17 values (a heap snapshot of an overview
  // page).
  const values = Array.from({ length: list.length }, (_, index) => checkValue(list[index], context));
  if (values.length !== areas.length) {
    // A wrong count is named beside bad values, not after they are fixed; but not beside "3,2,1,4,2", whose own
    // message says how to write its five values.
    if (problems.some((p) => p.code === 'commas' && p.attribute === attribute)) return null;
    // The attribute as typed ("3, 2 …", not "3 2 …"); a list's values each shortened to text on its own, read by
    // index: a bad one (an object without a prototype) has no join of its own, and map() would ask a Proxy for its
    // constructor.
    const shown = typed ?? Array.from({ length: list.length }, (_, i) => shorten(list[i])).join(' ');
    return problem(context, 'count', shown, { count: values.length, n: areas.length });
  }
  return whole(values) ? values : null;
}

function fromObject(object: Readonly<Record<string, unknown>>, context: ParseContext): Value[] | null {
  const keys = new Set(context.areas.map((area) => area.key));
  const unknown = Object.keys(object).find((key) => !keys.has(key));
  if (unknown !== undefined) return problem(context, 'unknown-key', unknown);
  // Own properties only: a key such as "constructor" must not reach Object.prototype.
  const values = context.areas.map(({ key }) => checkValue(ownField(object, key), context));
  return whole(values) ? values : null;
}

/** Whether every value was read (checkValue gives undefined for one it rejected, its problem recorded). */
function whole(values: readonly (Value | undefined)[]): values is Value[] {
  return values.every((value) => value !== undefined);
}

/** A plain object (literal or JSON), not a Date, Map or class instance whose keys say nothing about areas. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function fromJson(text: string, context: ParseContext): Value[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return problem(context, 'json', text);
  }
  if (Array.isArray(parsed)) return fromList(parsed, context);
  if (isPlainObject(parsed)) return fromObject(parsed, context);
  return problem(context, 'shape', text);
}

/**
 * Scores in any accepted form → one value per area, or `null` with the reasons in `context.problems`. A list
 * with no value at all (`- - - - -`, `{}`) is rejected: an empty radar would still be described, "above the
 * average in none of five areas", a claim made from no data.
 */
export function parseScores(input: unknown, context: ParseContext): Value[] | null {
  const values = readScores(input, context);
  if (values && values.every((value) => value === null))
    return problem(context, 'empty', input, { n: context.areas.length });
  return values;
}

function readScores(input: unknown, context: ParseContext): Value[] | null {
  if (typeof input === 'string') {
    if (input.length > MAX_INPUT_LENGTH) return problem(context, 'too-long', input, { count: input.length });
    const text = trimmed(input);
    if (text.startsWith('[') || text.startsWith('{')) return fromJson(text, context);
    const tokens = splitList(text);
    // Nothing but whitespace and separators (" \t ", ";;;;"): no values, however many empty cells.
    if (tokens.every((token) => token === '')) return problem(context, 'empty', input, { n: context.areas.length });
    return fromList(tokens, context, text);
  }
  if (Array.isArray(input)) {
    if (input.length > MAX_AREAS * 4)
      return problem(context, 'count', input, { count: input.length, n: context.areas.length });
    return fromList(input, context);
  }
  if (isPlainObject(input)) return fromObject(input, context);
  return problem(context, 'shape', input);
}

/** `min`/`max` from an attribute string or a number; decimals with `.` or `,`. Null, and a problem, when unreadable. */
function parseBound(input: unknown, fallback: number, attribute: string, problems: Problem[]): number | null {
  if (input === undefined || input === null || input === '') return fallback;
  const value = typeof input === 'number' || typeof input === 'string' ? parseNumber(input) : NaN;
  if (value === null || !Number.isFinite(value)) {
    problems.push({ code: 'not-a-number', attribute, value: shorten(input) });
    return null;
  }
  return value;
}

/** Area definitions: 3 to 12, each with a unique, non-empty string key. */
export function parseAreas(input: unknown, problems: Problem[]): readonly Area[] {
  if (input === undefined || input === null) return DEFAULT_AREAS;
  if (!Array.isArray(input)) {
    problems.push({ code: 'shape', attribute: 'areas', value: shorten(input) });
    return DEFAULT_AREAS;
  }
  if (input.length < MIN_AREAS || input.length > MAX_AREAS) {
    problems.push({ code: 'areas', attribute: 'areas', value: shorten(input), params: { count: input.length } });
    return DEFAULT_AREAS;
  }
  const seen = new Set<string>();
  const areas: Area[] = [];
  for (const entry of input as unknown[]) {
    const [key, label, short] = ['key', 'label', 'short'].map((name) => ownField(entry, name));
    const text = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';
    if (typeof key !== 'string' || key === '' || !text(label) || !text(short)) {
      problems.push({ code: 'shape', attribute: 'areas', value: shorten(entry) });
      return DEFAULT_AREAS;
    }
    // Named as what it is: "fel form på värdet" for an area as well formed as the first left its author looking.
    if (seen.has(key)) {
      problems.push({ code: 'duplicate-key', attribute: 'areas', value: shorten(key) });
      return DEFAULT_AREAS;
    }
    seen.add(key);
    areas.push(ownArea(key, label, short));
  }
  return areas;
}

/** What the element hands to the input layer: attribute values and properties as the author set them. */
export interface RawInput {
  scores?: unknown;
  baseline?: unknown;
  label?: string | null;
  baselineLabel?: string | null;
  min?: unknown;
  max?: unknown;
  areas?: unknown;
  series?: unknown;
}

/**
 * Removing an attribute sets its property to null, and a property may be given anything: text is a string, or a
 * number written as one (a heading of 2009 in a profile's JSON); anything else is no text.
 */
export const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

/** A label: its text, trimmed, or the fallback where it has none. */
function text(value: unknown, fallback: string): string {
  return asText(value).trim() || fallback;
}

/**
 * The whole input → validated chart data plus problems. `data` is null when anything is wrong: a partly
 * valid chart would be a wrong chart drawn silently. Labels left empty get the locale's defaults in the model.
 */
export function parseInput(raw: RawInput): { data: ChartData | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const reading = { attribute: 'scores' };
  try {
    return readInput(raw, problems, reading);
  } catch (error) {
    // A page's getter or Proxy threw while its value was read: the value is rejected, the page not harmed.
    problems.push({ code: 'shape', attribute: reading.attribute, value: shorten(describeError(error)) });
    return { data: null, problems };
  }
}

/** What a page's thrown value says, read without trusting it either. */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'error';
  }
}

function readInput(
  raw: RawInput,
  problems: Problem[],
  reading: { attribute: string },
): { data: ChartData | null; problems: Problem[] } {
  reading.attribute = 'areas';
  const areas = parseAreas(raw.areas, problems);
  // Counted against the five default areas when the author's were rejected, every list would be named for a
  // fault it may not have: the values wait until the areas are right.
  const areasRead = problems.length === 0;
  reading.attribute = 'min';
  let min = parseBound(raw.min, SCALE.min, 'min', problems);
  reading.attribute = 'max';
  let max = parseBound(raw.max, SCALE.max, 'max', problems);
  // A span too large for a double (±1e308) would put NaN into every radius.
  if (min !== null && max !== null && !(min < max && Number.isFinite(max - min))) {
    // Named by the bound the author changed (an app marks that field): max="-1" is max's fault; both, min's.
    const attribute = min === SCALE.min && max !== SCALE.max ? 'max' : 'min';
    // Its value is that bound's, as every problem's value is its attribute's.
    problems.push({ code: 'scale', attribute, value: shorten(attribute === 'max' ? max : min), params: { min, max } });
    [min, max] = [null, null];
  }
  if (!areasRead) return { data: null, problems };

  // A bad scale does not hide the values' other faults (a word, a wrong count), so an editor meets them at once;
  // whether a value is on the scale waits for a scale ("9 ligger utanför skalan −∞–4" would say nothing).
  const [low, high] = min !== null && max !== null ? [min, max] : [-Infinity, Infinity];
  const context = (attribute: string): ParseContext => {
    reading.attribute = attribute;
    return { attribute, areas, min: low, max: high, problems };
  };
  let series: Series[] = [];
  reading.attribute = 'series';
  if (raw.series !== undefined && raw.series !== null && !(Array.isArray(raw.series) && raw.series.length === 0)) {
    if (!Array.isArray(raw.series)) {
      problems.push({ code: 'shape', attribute: 'series', value: shorten(raw.series) });
    } else if (raw.series.length > MAX_SERIES) {
      problems.push({
        code: 'too-many-series',
        attribute: 'series',
        value: shorten(raw.series),
        params: { count: raw.series.length },
      });
    } else {
      // Every index, as in a list of scores: a hole in the list is a series with nothing in it, and named.
      const list = raw.series as unknown[];
      const read = Array.from({ length: list.length }, (_, index): Series | null => {
        const item = list[index] as Partial<SeriesInput> | null | undefined;
        const where = context(`series[${index}]`);
        // An entry with no scores is named as given ("{}"), not by what it lacks ("undefined").
        const scores = ownField(item, 'scores');
        const values =
          item && typeof item === 'object'
            ? scores === undefined
              ? problem(where, 'shape', item)
              : parseScores(scores, where)
            : parseScores(item, where);
        return values && { label: text(ownField(item, 'label'), ''), values };
      });
      // A series not read has its problem named, and the chart then has no data at all.
      if (read.every((entry): entry is Series => entry !== null)) series = read;
    }
  } else {
    const values = parseScores(raw.scores ?? '', context('scores'));
    if (values) series = [{ label: text(raw.label, ''), values }];
  }

  let baseline: Series | null = null;
  reading.attribute = 'baseline';
  if (
    raw.baseline !== undefined &&
    raw.baseline !== null &&
    !(typeof raw.baseline === 'string' && raw.baseline.trim() === '')
  ) {
    const values = parseScores(raw.baseline, context('baseline'));
    if (values) baseline = { label: text(raw.baselineLabel, ''), values };
  }
  if (problems.length > 0 || min === null || max === null) return { data: null, problems };
  return { data: { areas, series, baseline, min, max }, problems };
}
