import { COMPARISON_HEADER } from '../src/i18n/comparison-names.js';
import { isName, splitList } from '../src/input/parse.js';
import { isAreaName } from '../src/input/table.js';

/** What a paste into the builder's score fields holds, read as a spreadsheet or a typed list gives it. */
export interface Pasted {
  /** The values for the fields from the one pasted into on: an empty cell is '' (a missing value). */
  cells: string[];
  /** Rows passed over at the top: a caption or a header ("Falkenberg", "Område  Falkenberg  Medel"). */
  headers: number;
  /**
   * Whose values they are, where the paste names them: the name before their row ("Järfälla  3,5  3,8 …") or over
   * their column; a municipality's without a year beside it ("Ale  2009  3,2 …" is Ale's).
   */
  name: string;
  /** Read down: one value per line, or a table with the areas down (the chart's own), one of its columns. */
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

const YEAR = /^(19|20)\d\d$/;
/** A name without the years beside it: "Ale 2009" is Ale. */
const withoutYear = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => !YEAR.test(word))
    .join(' ');

/**
 * A municipality's name, where a paste gives one: not an area's ("Styrning", a row of the chart's own table), not a
 * comparison's ("Medel samtliga kommuner" pasted alone), and without the years beside it.
 */
const municipality = (name: string) => (isAreaName(name) || COMPARISON_HEADER.test(name) ? '' : withoutYear(name));

/**
 * Reads a paste. A spreadsheet's cells are separated by tabs and may hold spaces ("E-förvaltning totalt"), so where
 * a line has a tab, only tabs separate (split at spaces too, an area's name became two values); a typed list is
 * split as the chart splits an attribute. A table whose rows are named by the survey's areas, or rows of at most
 * three values, two or more of them with one, are read down (a column, or the chart's own table with several
 * municipalities: their first column, not the first area of each); otherwise a row is used, after its name: the
 * first that is not named as a comparison (that one is the comparison's), or for the comparison's fields the one
 * named as a comparison.
 */
export function readPaste(text: string, comparison = false): Pasted {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const tabbed = lines.some((line) => line.includes('\t'));
  const rows = lines.map((line) => (tabbed ? line.split('\t').map((cell) => cell.trim()) : splitList(line)));
  // Where a row's values start: after its name (an area's or a municipality's, typed with spaces: "Upplands Väsby"),
  // else at its first cell.
  const year = (cell: string) => YEAR.test(cell);
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
  const entries = data.filter((row) => row.some((cell) => cell !== ''));
  const withValues = values.filter((row) => row.some((cell) => cell !== '')).length;
  const nameOf = (row: string[]) => row.slice(0, start(row)).join(' ');
  // Rows named by the survey's areas are the areas, however many columns: the chart's table of four municipalities
  // and the average was read as a row, its first area's five values put in five areas' fields.
  const areasDown = entries.filter((row) => isAreaName(nameOf(row))).length * 2 > entries.length;
  // A row named as a comparison makes the rows series, however few their values ("Ale  3,3  2,7", "Medel  1,9  2,3").
  const compares = (row: string[]) => COMPARISON_HEADER.test(nameOf(row));
  const column = withValues > 1 && (areasDown || (values.every((row) => row.length <= 3) && !entries.some(compares)));
  if (column) {
    // The chart's own table (municipalities, comparison, difference): the comparison's fields take its column,
    // named in the header as one, else the second; the municipality's the first that is not the comparison.
    const header = headers ? rows[headers - 1]!.slice(at) : [];
    const marked = header.findIndex((cell) => COMPARISON_HEADER.test(cell));
    const used = comparison ? (marked >= 0 ? marked : 1) : marked === 0 ? 1 : 0;
    const picked = values.some((row) => row.length > used) ? used : 0;
    const other = !comparison && marked >= 0 && marked !== picked ? marked : -1;
    const columnName = header[picked] ?? '';
    return {
      cells: values.map((row) => row[picked] ?? ''),
      headers,
      // A year alone over the column names no one ("2009" over the comparison's values).
      name: comparison ? (year(columnName) ? '' : columnName) : municipality(columnName),
      column,
      rows: withValues,
      wide: values.some((row) => row.length > 1),
      columnName,
      comparison: other < 0 ? null : { name: header[other]!, cells: values.map((row) => row[other] ?? '') },
    };
  }
  const first = (comparison ? entries.find(compares) : entries.find((row) => !compares(row))) ?? entries[0] ?? [];
  const compared = comparison ? undefined : entries.find((row) => row !== first && compares(row));
  return {
    cells: first.slice(start(first)),
    headers,
    name: comparison ? nameOf(first) : municipality(nameOf(first)),
    column,
    rows: withValues,
    wide: false,
    columnName: '',
    comparison: compared ? { name: nameOf(compared), cells: compared.slice(start(compared)) } : null,
  };
}
