/**
 * What hostile pages, pasted text and odd data must not break, in the pure layers: CSV cells that never run as
 * formulas, SVG that parses whatever text it holds, one rounding for every number shown, no chart drawn from no
 * data. The element's side is in reliability.browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../src/input/parse.js';
import { locales } from '../src/i18n/strings.js';
import { describe as describeChart } from '../src/model/describe.js';
import { csvText, toCsv } from '../src/model/rows.js';
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
      // The numbers stay numbers: the negative score is written as one, unquoted.
      expect(readCsv(csv, separator)[1]![1]).toBe('-1');
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
