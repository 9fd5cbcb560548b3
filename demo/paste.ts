import { COMPARISON_HEADER } from '../src/i18n/comparison-names.js';
import { isName, splitList } from '../src/input/parse.js';

/** What a paste into the builder's score fields holds, read as a spreadsheet or a typed list gives it. */
export interface Pasted {
  /** The values for the fields from the one pasted into on: an empty cell is '' (a missing value). */
  cells: string[];
  /** Rows passed over at the top: a caption or a header ("Falkenberg", "Område  Falkenberg  Medel"). */
  headers: number;
  /** A name passed over before a row's values ("Järfälla  3,5  3,8 …"). */
  name: string;
  /** Read down: one value per line, or the chart's own table (areas down, its first column of values). */
  column: boolean;
  /** Rows with a value, and whether any had more values than the one column used. */
  rows: number;
  wide: boolean;
  /** The header of the column used, where a table's header row named it ("Medel samtliga kommuner"). */
  columnName: string;
  /**
   * A comparison pasted with the municipality's values: a row or column named as one ("Medel samtliga kommuner",
   * "Riket"), for the comparison's fields. Only one so named: another row may be another municipality.
   */
  comparison: { name: string; cells: string[] } | null;
}

/**
 * Reads a paste. A spreadsheet's cells are separated by tabs and may hold spaces ("E-förvaltning totalt"), so where
 * a line has a tab, only tabs separate (split at spaces too, an area's name became two values); a typed list is
 * split as the chart splits an attribute. Rows of at most three values, two or more of them with one, are a column
 * or the chart's own table (areas down); otherwise the first row with values is used, after its name.
 */
export function readPaste(text: string, comparison = false): Pasted {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const tabbed = lines.some((line) => line.includes('\t'));
  const rows = lines.map((line) => (tabbed ? line.split('\t').map((cell) => cell.trim()) : splitList(line)));
  // Where a row's values start: after its name (an area's or a municipality's, typed with spaces: "Upplands Väsby"),
  // else at its first cell.
  const year = (cell: string) => /^(19|20)\d\d$/.test(cell);
  const start = (row: string[]) => {
    let at = 0;
    while (at < row.length - 1 && (isName(row[at]!) || (at > 0 && year(row[at]!)))) at++;
    return at;
  };
  // A header's cell: a name, or a year over a column of scores ("2009").
  const heading = (cell: string) => isName(cell) || year(cell);
  const filled = rows.filter((row) => row.some((cell) => cell !== ''));
  // Leading rows that hold a name where the last row holds its value (a header, "Falkenberg" over a column), or
  // nothing there (a caption over a table): passed over. The first area with an empty value is not one of them.
  const at = start(filled.at(-1) ?? []);
  let headers = 0;
  while (headers < rows.length - 1) {
    const cell = rows[headers]![at];
    if (!(cell === undefined ? rows[headers]!.some(heading) : heading(cell))) break;
    headers++;
  }
  const data = rows.slice(headers);
  const values = data.map((row) => row.slice(start(row)));
  const withValues = values.filter((row) => row.some((cell) => cell !== '')).length;
  const column = withValues > 1 && values.every((row) => row.length <= 3);
  if (column) {
    // The chart's own table (municipality, comparison, difference): the comparison's fields take its column, named
    // in the header as one, else the second; the municipality's the first that is not the comparison.
    const header = headers ? rows[headers - 1]!.slice(at) : [];
    const named = header.findIndex((cell) => COMPARISON_HEADER.test(cell));
    const used = comparison ? (named >= 0 ? named : 1) : named === 0 ? 1 : 0;
    const picked = values.some((row) => row.length > used) ? used : 0;
    const other = !comparison && named >= 0 && named !== picked ? named : -1;
    return {
      cells: values.map((row) => row[picked] ?? ''),
      headers,
      name: '',
      column,
      rows: withValues,
      wide: values.some((row) => row.length > 1),
      columnName: header[picked] ?? '',
      comparison: other < 0 ? null : { name: header[other]!, cells: values.map((row) => row[other] ?? '') },
    };
  }
  const first = data.find((row) => row.some((cell) => cell !== '')) ?? [];
  const nameOf = (row: string[]) => row.slice(0, start(row)).join(' ');
  const compared = comparison ? undefined : data.find((row) => row !== first && COMPARISON_HEADER.test(nameOf(row)));
  return {
    cells: first.slice(start(first)),
    headers,
    name: nameOf(first),
    column,
    rows: withValues,
    wide: false,
    columnName: '',
    comparison: compared ? { name: nameOf(compared), cells: compared.slice(start(compared)) } : null,
  };
}
