/**
 * What hostile pages, pasted text and odd data must not break, in the pure layers: CSV cells that never run as
 * formulas, SVG that parses whatever text it holds, one rounding for every number shown, no chart drawn from no
 * data. The element's side is in reliability.browser.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, shown } from '../src/i18n/format.js';
import { parseInput } from '../src/input/parse.js';
import { locales } from '../src/i18n/strings.js';
import { describe as describeChart } from '../src/model/describe.js';
import { csvText, tableText, toCsv } from '../src/model/rows.js';
import { isFormula, readCsv } from './csv.js';

const FORMULAS = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(A1)',
  "-2+3+cmd|' /C calc'!A0",
  '=HYPERLINK("http://example.com")',
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  '\u00a0+1',
  '\uff1d1+1',
  '\uff0b1',
  '\uff0d1',
  '\uff201',
  '-',
  '+',
];

describe('CSV: no text cell runs as a formula, whatever the separator', () => {
  it.each(FORMULAS)('%j as a label, a baseline label, an area name and a note', (payload) => {
    for (const lang of ['sv', 'en'] as const) {
      const data = parseInput({
        scores: '-1 2 3',
        baseline: '1 1 1',
        label: payload,
        baselineLabel: payload,
        min: '-4',
        areas: [{ key: 'a', label: payload }, { key: 'b', label: `x,${payload}` }, { key: 'c' }],
      }).data!;
      const text = describeChart(data, locales[lang], lang, payload);
      const separator = lang === 'en' ? ',' : ';';
      const csv = toCsv(data, text, locales[lang], [payload, `Källa: ${payload}`]);
      const cells = readCsv(csv, separator).flat();
      expect(cells.filter(isFormula), csv).toEqual([]);
      // Every text cell that was guarded still says what the author wrote, after the apostrophe.
      expect(cells).toContain(`"'${payload}`);
      // The numbers stay numbers: the negative score is written as one, unquoted, as the table shows it.
      expect(readCsv(csv, separator)[1]![1]).toBe(lang === 'en' ? '-1.0' : '-1,0');
    }
  });

  it.each([
    ['a comma', 'Samverkan, IT-ekonomi', '"Samverkan, IT-ekonomi"'],
    ['a semicolon', 'A; B', '"A; B"'],
    ['a quote', 'Sa "hej"', '"Sa ""hej"""'],
    ['a line break', 'rad 1\nrad 2', '"rad 1\nrad 2"'],
    ['a carriage return', 'rad 1\rrad 2', '"rad 1\rrad 2"'],
    ['a tab', 'a\tb', '"a\tb"'],
    ['plain text', 'Falkenberg', 'Falkenberg'],
    ['a minus sign (U+2212), not a formula character', '\u22121', '\u22121'],
  ])('quotes a cell with %s', (_, value, cell) => {
    expect(csvText(value)).toBe(cell);
  });
});

/** Every number a reader meets for one area: the table row, the spoken axis name, and the takeaway. */
function shownEverywhere(scores: number[], baseline: number[], lang: 'sv' | 'en') {
  const data = parseInput({ scores, baseline, label: 'Ort' }).data!;
  const text = describeChart(data, locales[lang], lang, '');
  const number = (word: string) => Number(word.replace('\u2212', '-').replace('+', '').replace(',', '.'));
  return { text, table: tableText(text, locales[lang]).rows.map((row) => row.slice(1).map(number)) };
}

describe('precision: shown value − shown comparison = shown difference, everywhere', () => {
  const ROWS: [string, number[], number[]][] = [
    ['half-way values (the issue)', [2.05, 2.15, 2.25, 2.35, 2.45], [2, 2.1, 2.2, 2.3, 2.4]],
    ['half-way the other way', [2, 2.1, 2.2, 2.3, 2.4], [2.05, 2.15, 2.25, 2.35, 2.45]],
    ['both half-way', [2.05, 1.15, 3.25, 0.35, 3.45], [2.15, 1.05, 3.35, 0.45, 3.55]],
    ['just below half-way', [2.049, 2.149, 2.249, 2.349, 2.449], [2, 2.1, 2.2, 2.3, 2.4]],
    ['floating-point trouble', [0.3, 0.7, 1.1, 2.3, 3.3], [0.1 + 0.2, 0.6 + 0.1, 1.0000000001, 2.2999999, 3.25]],
    ['differences that round to zero', [2.04, 2.96, 1.01, 1.04, 3.99], [2, 3, 1.04, 1, 3.96]],
    ['more than two decimals', [1.234, 2.345, 3.456, 0.044, 0.055], [1.2, 2.3, 3.5, 0.05, 0.05]],
  ];
  it.each(ROWS)('%s', (_, scores, baseline) => {
    for (const lang of ['sv', 'en'] as const) {
      const { text, table } = shownEverywhere(scores, baseline, lang);
      let above = 0;
      table.forEach(([value, base, diff], i) => {
        expect(Math.round((value! - base!) * 10) / 10, `row ${i}: ${value} − ${base}`).toBe(diff);
        // An area is heard as "Name: 2,1, medel 2,0, +0,1": its last word is the signed difference.
        const name = text.axisNames[i]!;
        const said = name.split(', ').at(-1)!;
        expect(number(said), name).toBe(diff);
        if (diff! > 0) above++;
      });
      // The takeaway counts the same areas: all five above or below, "över … i två av fem", or, above in none,
      // "under … i två av fem", or level with it everywhere.
      const below = table.filter(([, , diff]) => diff! < 0).length;
      const words = locales[lang].countWords;
      const counted =
        above === 5
          ? /^Över .* alla fem|^Above .* everywhere/
          : below === 5
            ? /^Under .* alla fem|^Below .* everywhere/
            : above > 0
              ? new RegExp(`^(Över|Above) .* ${words[above]} `)
              : below > 0
                ? new RegExp(`^(Under|Below) .* ${words[below]} `)
                : /^I nivå med .* alla fem|^Level with .* everywhere/;
      expect(text.takeaway).toMatch(counted);
    }
  });
});

/** A number as the chart writes it (decimal comma, a real minus sign, a plus sign) → the number. */
const number = (word: string) => Number(word.replace(',', '.').replace('−', '-').replace('±', ''));

describe('a flat profile', () => {
  // Beside missing values, not "the same value in every area", which the sentence on what is missing then
  // contradicted.
  it.each([
    ['all equal', [2, 2, 2, 2, 2], 'Samma värde i alla områden (2,0).', 'The same value in every area (2.0).'],
    [
      'all equal as shown',
      [2.04, 1.96, 2, 2.01, 1.99],
      'Samma värde i alla områden (2,0).',
      'The same value in every area (2.0).',
    ],
    [
      'one value, the rest missing',
      [3, null, null, null, null],
      'Värde bara för E-förvaltning (3,0).',
      'A value only for E-government (3.0).',
    ],
    [
      'equal with one missing',
      [1, 1, null, 1, 1],
      'Samma värde i de fyra områden som har uppgift (1,0).',
      'The same value in the four areas with data (1.0).',
    ],
  ])('%s: says so, never that highest and lowest are the same area', (_, scores, sv, en) => {
    const data = parseInput({ scores, label: 'Ort' }).data!;
    const takeaway = describeChart(data, locales.sv, 'sv', '').takeaway;
    expect(takeaway.startsWith(sv)).toBe(true);
    expect(takeaway).not.toMatch(/högst|lägst/i);
    expect(describeChart(data, locales.en, 'en', '').takeaway.startsWith(en)).toBe(true);
  });
});

describe('no data drawn as a claim', () => {
  it.each<[string, unknown, string]>([
    ['dashes', '- - - - -', '- - - - -'],
    ['missing words', 'saknas na n/a ? null', 'saknas na n/a ? null'],
    ['an empty object', {}, '{}'],
    ['an object of nulls', { egov: null, platform: '-' }, '{"egov":null,"platform":"-"}'],
    ['an array of nulls', [null, null, null, null, null], '[null,null,null,null,null]'],
    ['a sparse array', Array.from({ length: 5 }), '[null,null,null,null,null]'],
    ['JSON nulls', '[null, null, null, null, null]', '[null, null, null, null, null]'],
  ])('%s as scores: rejected as "no values"', (_, scores, value) => {
    const { data, problems } = parseInput({ scores, baseline: '2 2 2 2 2' });
    expect(data).toBeNull();
    expect(problems).toEqual([{ code: 'empty', attribute: 'scores', value, params: { n: 5 } }]);
    expect(parseInput({ scores: '3 3 3 3 3', baseline: scores }).problems[0]?.attribute).toBe('baseline');
    expect(
      parseInput({
        series: [
          { label: 'A', scores: '3 3 3 3 3' },
          { label: 'B', scores },
        ],
      }).problems[0]?.attribute,
    ).toBe('series[1]');
  });

  it('still draws a profile with some values missing', () => {
    expect(parseInput({ scores: '- - 3 - -' }).data?.series[0]!.values).toEqual([null, null, 3, null, null]);
  });
});

describe('values named as they are', () => {
  it.each<[string, unknown, string]>([
    ['NaN', [3, NaN, 3, 3, 3], 'NaN'],
    ['Infinity', [3, 3, Infinity, 3, 3], 'Infinity'],
    ['-Infinity', [3, 3, 3, -Infinity, 3], '-Infinity'],
    ['NaN in an object', { egov: NaN }, 'NaN'],
    ['NaN in a series', undefined, 'NaN'],
  ])('%s: reported as itself, never as "null"', (_, scores, value) => {
    const raw = scores === undefined ? { series: [{ label: 'A', scores: [NaN, 1, 1, 1, 1] }] } : { scores };
    const { problems } = parseInput(raw);
    expect(problems[0]?.code).toBe('not-a-number');
    expect(problems[0]?.value).toBe(value);
    expect(problems[0]?.value).not.toContain('null');
  });

  it('names non-finite numbers inside a value of the wrong shape', () => {
    expect(parseInput({ scores: [[NaN], 1, 1, 1, 1] }).problems[0]?.value).toBe('[NaN]');
    expect(parseInput({ scores: new Map() as never }).problems[0]?.value).toBe('{}');
  });
});

describe('shown(): the number a reader sees', () => {
  it('writes as the value does, for any value, in both languages', () => {
    fc.assert(
      fc.property(fc.double({ min: -999, max: 999, noNaN: true }), fc.constantFrom('sv', 'en'), (value, lang) => {
        expect(formatNumber(shown(value), lang)).toBe(formatNumber(value, lang));
      }),
      { numRuns: 2000 },
    );
  });
});
