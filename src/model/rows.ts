import type { ChartData, Value } from '../input/types.js';
import { fill, type Strings } from '../i18n/strings.js';
import { givenDecimals } from '../i18n/format.js';
import type { TextModel } from './describe.js';

/**
 * The words a reader asks for rather than sees at once: the data table, the CSV file and the "how to read"
 * text. Derived from the {@link TextModel} when asked for (a page of many charts opens few tables), from the same
 * formatted values, so the table, the CSV and the spoken names never disagree.
 */

export interface TableText {
  caption: string;
  head: string[];
  /** What each column holds, so a table written out as HTML can be read back as the same data (input/table.ts). */
  roles: ColumnRole[];
  /** One row per area: its name, then each series, the comparison and the difference. */
  rows: string[][];
}

/** A table column: the area names, a series, the comparison, or the difference (derived, not data). */
export type ColumnRole = 'area' | 'series' | 'baseline' | 'difference';

/** The heading of the difference column, and of the difference in the hover box: "Skillnad mot medel". */
export function differenceLabel(text: TextModel, strings: Strings): string {
  return fill(strings.difference, { baseline: text.baselineShort });
}

/** What the table and the dot plot show, with its scale: "E-profil Falkenberg 2009, 0 till 4". */
export function tableCaption(text: TextModel, strings: Strings, template = strings.tableCaption): string {
  return fill(template, { heading: text.figureName, min: text.minLabel, max: text.maxLabel });
}

/** The dot plot's name for screen readers: "Punktdiagram, E-profil Falkenberg 2009: värden per område, …". */
export const dotPlotCaption = (text: TextModel, strings: Strings): string =>
  tableCaption(text, strings, strings.dotPlotCaption);

/** The data as a table: caption, column heads, a row per area; numbers as the locale writes them. */
export function tableText(text: TextModel, strings: Strings): TableText {
  const { baselineValues, differences } = text;
  return {
    caption: tableCaption(text, strings),
    head: [
      strings.area,
      ...text.seriesLabels,
      ...(text.baselineLabel ? [text.baselineLabel] : []),
      ...(differences ? [differenceLabel(text, strings)] : []),
    ],
    roles: [
      'area',
      ...text.seriesLabels.map((): ColumnRole => 'series'),
      ...(baselineValues ? (['baseline'] as const) : []),
      ...(differences ? (['difference'] as const) : []),
    ],
    rows: text.areaLabels.map((area, i) => [
      area,
      ...text.seriesValues.map((row) => row[i]!),
      ...(baselineValues ? [baselineValues[i]!] : []),
      ...(differences ? [differences[i] ?? strings.missing] : []),
    ]),
  };
}

/** Behind "Hjälp": the scale, its rings, and how each series is drawn. */
export function howToRead(text: TextModel, strings: Strings): string {
  const scale = fill(strings.howToReadText, {
    min: text.minLabel,
    max: text.maxLabel,
    ticks: text.tickLabels.join(', '),
    series: text.seriesLabels.join(', '),
  });
  return text.baselineLabel ? scale + fill(strings.howToReadBaseline, { baseline: text.baselineLabel }) : scale;
}

/**
 * Characters a spreadsheet may take as the start of a formula (OWASP's CSV-injection list, with their full-width
 * forms, which some spreadsheets fold to ASCII), also after leading spaces, which some spreadsheets trim.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * A text cell (a name, a label, a note): one that could start a formula gets a leading `'` and quotes, so a
 * spreadsheet shows it as text, whatever follows (`-1+1` and `+1+1` too: a sign before a digit is still a formula).
 * A cell holding either list separator, a quote or a line break is quoted, whichever separator this file uses: a
 * reader's spreadsheet may split on the other. Numbers the chart writes do not come here and stay numbers.
 */
export function csvText(value: string): string {
  const guarded = FORMULA_START.test(value);
  const safe = guarded ? `'${value}` : value;
  return guarded || /[",;\n\r\t]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Data as CSV for a spreadsheet in the reader's locale: Swedish Excel expects `;` and decimal commas, English
 * `,` and points. Missing values are empty cells, never 0. The credits (source, notes, byline) follow after an
 * empty row, one per row, through the same cell rule as the data: an author's text is never run as a formula.
 */
export function toCsv(data: ChartData, text: TextModel, strings: Strings, credits: readonly string[] = []): string {
  const english = text.lang === 'en';
  const separator = english ? ',' : ';';
  // Numbers at the data's own precision, one decimal at least ("3,0", not "3"; 3,25 not rounded: the file is
  // the data, the table shows it), as a spreadsheet reads a number: a plain hyphen-minus for the sign and no
  // thousands separator.
  const number = (value: Value | undefined) =>
    value === null || value === undefined ? '' : value.toFixed(givenDecimals(value)).replace('.', english ? '.' : ',');
  const head = [strings.area, ...text.seriesLabels, ...(data.baseline ? [text.baselineLabel!] : [])];
  const rows = text.areaLabels.map((area, i) => [
    csvText(area),
    ...data.series.map((s) => number(s.values[i])),
    ...(data.baseline ? [number(data.baseline.values[i])] : []),
  ]);
  const table = [head.map(csvText), ...rows].map((row) => row.join(separator));
  return table.join('\r\n') + '\r\n' + credits.map((line) => '\r\n' + csvText(line)).join('');
}
