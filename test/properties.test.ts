import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInput, parseNumber, parseScores, splitList, type RawInput } from '../src/input/parse.js';
import { tableToInput } from '../src/input/table.js';
import type { ChartData } from '../src/input/types.js';
import { locales, mergeStrings, missingStrings } from '../src/i18n/strings.js';
import { describe as describeChart } from '../src/model/describe.js';
import { dotPlot } from '../src/model/dotplot.js';
import { ticks } from '../src/model/geometry.js';
import { layout, seriesMarkers } from '../src/model/layout.js';
import { SERIES_SHAPES } from '../src/model/markers.js';
import { howToRead, tableText, toCsv } from '../src/model/rows.js';
import { isFormula, readCsv } from './csv.js';

/** Every number anywhere in a value, with the path to it, so a failure says where a NaN came from. */
function numbers(value: unknown, where = '$', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([where, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => numbers(item, `${where}[${i}]`, out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) numbers(item, `${where}.${key}`, out);
  return out;
}

/** Every path the geometry holds: rings, series and markers, and each axis' highlight. */
function paths(geometry: ReturnType<typeof layout>): string[] {
  return [
    ...geometry.frame.rings.map((ring) => ring.path),
    ...geometry.series.map((s) => s.path),
    ...(geometry.baseline ? [geometry.baseline.path] : []),
    ...geometry.frame.highlights.flatMap((highlight) => [highlight.spoke, highlight.ring]),
  ];
}

const N = String.raw`-?\d+(?:\.\d+)?(?:e[+-]?\d+)?`;
/** SVG path data as the model writes it: moves, lines, arcs and closes, comma-separated numbers. */
const PATH = new RegExp(String.raw`^(?:M${N},${N}(?:[ML]${N},${N}|[HV]${N}|A(?:${N},){6}${N}|Z)*)?$`);

const measure = (text: string) => [...text].length * 7;

/** Any value an author or a framework might hand the element, including hostile ones. */
const anyValue = fc.oneof(
  fc.anything({ withNullPrototype: true, withSparseArray: true, withBigInt: true, withDate: true, withMap: true }),
  fc.string(),
  fc.constantFrom('', ' ', '-', 'NaN', 'Infinity', '-Infinity', '1e400', '__proto__', '{"__proto__":1}', '[', '{'),
);
const numberish = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 10 }).map(String),
  fc.stringMatching(/^[+\-−]?\d{0,3}[.,]?\d{0,3}$/),
  fc.constantFrom(null, '-', 'na', 'saknas'),
);
const scoresLike = fc.oneof(
  anyValue,
  fc.array(numberish, { maxLength: 14 }),
  fc.array(numberish, { maxLength: 14 }).map((list) => list.map(String).join(' ')),
  fc.array(numberish, { maxLength: 14 }).map((list) => JSON.stringify(list)),
  fc.dictionary(fc.constantFrom('egov', 'platform', 'change', 'cooperation', 'governance', 'x'), numberish),
);
const rawInput: fc.Arbitrary<RawInput> = fc.record(
  {
    scores: scoresLike,
    baseline: scoresLike,
    label: anyValue as fc.Arbitrary<string>,
    baselineLabel: anyValue as fc.Arbitrary<string>,
    min: fc.oneof(anyValue, numberish),
    max: fc.oneof(anyValue, numberish),
    areas: fc.oneof(
      anyValue,
      fc.array(fc.record({ key: fc.string(), label: fc.option(fc.string(), { nil: undefined }) }), { maxLength: 14 }),
    ),
    series: fc.oneof(anyValue, fc.array(fc.record({ label: fc.string(), scores: scoresLike }), { maxLength: 5 })),
  },
  { requiredKeys: [] },
);

describe('parsing, for any input', () => {
  it('never throws, and returns either problems or finite data on the scale', () => {
    fc.assert(
      fc.property(rawInput, (raw) => {
        const { data, problems } = parseInput(raw);
        expect(data === null).toBe(problems.length > 0);
        for (const problem of problems) {
          expect(typeof problem.attribute).toBe('string');
          expect(typeof problem.value).toBe('string');
          expect(problem.value.length).toBeLessThanOrEqual(40);
        }
        if (!data) return;
        for (const [where, value] of numbers(data)) expect(Number.isFinite(value), where).toBe(true);
        expect(data.min).toBeLessThan(data.max);
        for (const series of [...data.series, ...(data.baseline ? [data.baseline] : [])]) {
          expect(series.values).toHaveLength(data.areas.length);
          for (const value of series.values) if (value !== null) expect(value).toBeGreaterThanOrEqual(data.min);
          for (const value of series.values) if (value !== null) expect(value).toBeLessThanOrEqual(data.max);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads any string token as a number, a missing value or NaN; never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const value = parseNumber(text);
        expect(value === null || typeof value === 'number').toBe(true);
        // An empty token only for an empty cell: between `;` or tab separators, or between two commas (a CSV row
        // with decimal points); at most one per separator, and one more where a tab row's first and last cells are
        // both empty ("\t" is two empty cells).
        const tokens = splitList(text);
        const separators =
          (text.match(/[;\t]/g) ?? []).length + (text.match(/,(?=,)/g) ?? []).length + (text.includes('\t') ? 1 : 0);
        expect(tokens.filter((token) => token === '').length).toBeLessThanOrEqual(separators);
      }),
    );
  });

  it('never throws on any table text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 6 }),
        fc.array(fc.array(fc.string(), { maxLength: 6 }), { maxLength: 14 }),
        fc.integer({ min: -1, max: 6 }),
        (head, rows, baselineColumn) => {
          const { data } = parseInput(tableToInput({ head, rows, baselineColumn }));
          if (data) for (const [where, value] of numbers(data)) expect(Number.isFinite(value), where).toBe(true);
        },
      ),
    );
  });

  it('never throws on any scores for any area count', () => {
    fc.assert(
      fc.property(scoresLike, fc.integer({ min: 3, max: 12 }), (input, count) => {
        const areas = Array.from({ length: count }, (_, i) => ({ key: `a${i}` }));
        const problems: never[] = [];
        const values = parseScores(input, { attribute: 'scores', areas, min: 0, max: 4, problems });
        if (values) expect(values).toHaveLength(count);
      }),
    );
  });
});

/** Valid chart data of any size the element accepts: 3–12 areas, 1–4 series, values on the scale or missing. */
const chartData: fc.Arbitrary<ChartData> = fc
  .record({
    count: fc.integer({ min: 3, max: 12 }),
    min: fc.oneof(fc.constant(0), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
    span: fc.oneof(fc.constant(4), fc.double({ min: 1e-6, max: 1e6, noNaN: true })),
    seriesCount: fc.integer({ min: 1, max: 4 }),
    withBaseline: fc.boolean(),
    // Author text is used as typed; letters here are lower case so "NaN" in the words can only come from the model.
    labels: fc.array(fc.stringMatching(/^[a-zåäö0-9 ,.<&-]{0,60}$/), { minLength: 12, maxLength: 12 }),
    seed: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 60, maxLength: 60 }),
  })
  .map(({ count, min, span, seriesCount, withBaseline, labels, seed }) => {
    const value = (i: number) => {
      const t = seed[i % seed.length];
      return t === null || t === undefined ? null : min + t * span;
    };
    const values = (s: number) => Array.from({ length: count }, (_, i) => value(s * 12 + i));
    return {
      areas: Array.from({ length: count }, (_, i) => ({ key: `a${i}`, label: labels[i] })),
      series: Array.from({ length: seriesCount }, (_, s) => ({ label: labels[s] ?? '', values: values(s) })),
      baseline: withBaseline ? { label: '', values: values(4) } : null,
      min,
      max: min + span,
    };
  });

describe('the model, for any valid data', () => {
  it('lays out finite geometry with well-formed paths at any width, and words without NaN', () => {
    fc.assert(
      fc.property(
        chartData,
        fc.integer({ min: 0, max: 1600 }),
        fc.constantFrom('sv', 'en'),
        // Braces left out: the check below looks for template slots such as {label} left unfilled.
        fc.string().map((heading) => heading.replace(/[{}]/g, '')),
        (data, width, lang, heading) => {
          const text = describeChart(data, locales[lang], lang, heading);
          const geometry = layout(
            data,
            text.areaLabels,
            measure,
            { width, labelLineHeight: 17, tickFontSize: 12 },
            { labels: text.tickLabels, fontSize: 12, markerSize: 8 },
          );
          for (const [where, value] of numbers(geometry)) expect(Number.isFinite(value), where).toBe(true);
          for (const path of paths(geometry)) expect(path).toMatch(PATH);
          // A marker sits at each point of a line: one point per value there is, none for a missing one. The static
          // drawing's marker paths say the same, one subpath each.
          for (const s of [...geometry.series, ...(geometry.baseline ? [geometry.baseline] : [])]) {
            const present = s.values.filter((v) => v !== null).length;
            expect(s.path.match(/[ML]/g)?.length ?? 0).toBe(present);
            const markers = seriesMarkers(s, geometry.frame, SERIES_SHAPES[0]!, 8);
            expect(markers).toMatch(PATH);
            expect(markers.match(/M/g)?.length ?? 0).toBe(present);
          }
          for (const [where, value] of numbers(text)) expect(Number.isFinite(value), where).toBe(true);
          const words = JSON.stringify([
            text.takeaway,
            text.axisNames,
            tableText(text, locales[lang]),
            howToRead(text, locales[lang]),
            toCsv(data, text, locales[lang]),
          ]);
          expect(words).not.toMatch(/NaN|undefined|Infinity|\{[A-Za-z]+\}/);
          const plot = dotPlot(data, text.areaLabels, ticks(data.min, data.max), measure, Math.max(1, width), 17);
          for (const [where, value] of numbers(plot)) expect(Number.isFinite(value), where).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes CSV in which no cell of any text runs as a formula, and every number stays a number', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[\s=+\-@\uff0b\uff0d\uff1d\uff20]{1,3}[\d+\-*|'!A-Z ,;"]{0,12}$/),
    );
    fc.assert(
      fc.property(
        chartData,
        fc.constantFrom('sv', 'en'),
        text,
        fc.array(text, { maxLength: 3 }),
        (data, lang, label, credits) => {
          const labelled = { ...data, series: data.series.map((s) => ({ ...s, label })) };
          const csv = toCsv(labelled, describeChart(labelled, locales[lang], lang, label), locales[lang], credits);
          const rows = readCsv(csv, lang === 'en' ? ',' : ';');
          expect(rows.flat().filter(isFormula)).toEqual([]);
          for (const row of rows.slice(1, data.areas.length + 1))
            for (const cell of row.slice(1)) expect(cell).toMatch(/^(-?[\d.,]+(e[+-]?\d+)?)?$/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('merges any strings property into a complete set of texts', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (custom) => {
        const merged = mergeStrings(locales.sv, custom);
        for (const key of Object.keys(locales.sv) as (keyof typeof merged)[]) {
          expect(typeof merged[key]).toBe(typeof locales.sv[key]);
        }
        for (const code of Object.keys(locales.sv.errors)) expect(typeof merged.errors[code as 'json']).toBe('string');
      }),
    );
  });

  it('names the texts a strings property leaves to the built-in set, by the rules it is merged by', () => {
    const all = missingStrings(locales.sv, {});
    expect(all).toContain('chartKind');
    expect(all).toContain('errors.count');
    expect(all).toContain('allSeries[1]');
    // Only texts count: a number, an inherited key, or a partial list leaves the built-in text in place.
    const some = missingStrings(locales.sv, {
      ...Object.create({ chartKind: 'Netzdiagramm' }),
      showTable: 42,
      tableShort: 'Tabelle',
      allSeries: ['Beide'],
    });
    expect(some).toEqual(expect.arrayContaining(['chartKind', 'showTable', 'allSeries[1]']));
    expect(some).not.toContain('tableShort');
    expect(some).not.toContain('allSeries[0]');
    expect(some).toHaveLength(all.length - 2);
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (custom) => {
        const missing = missingStrings(locales.sv, custom);
        expect(missing.length).toBeLessThanOrEqual(all.length);
      }),
    );
  });
});
