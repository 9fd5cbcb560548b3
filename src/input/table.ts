import { cached } from '../internal/cache.js';
import { DEFAULT_AREAS, isName } from './parse.js';
import type { Area } from './types.js';
import type { RawInput } from './parse.js';
import { locales } from '../i18n/strings.js';
import { COMPARISON_HEADER, DIFFERENCE_HEADER } from '../i18n/comparison-names.js';

/** A light-DOM table reduced to its text: what the author wrote, nothing interpreted as markup. */
export interface TableCells {
  /** Header cells of the first row (the first is the corner over the area names). */
  head: string[];
  /** Body rows: area name, then one cell per column. */
  rows: string[][];
  /** Index (in `head`) of the column marked `data-baseline`, or -1. */
  baselineColumn: number;
  /** Indexes of columns marked `data-derived` (a difference, say): shown to readers, not data to draw. */
  derivedColumns?: number[];
}

/**
 * Known area names in either language → key and short name in that language, so a table in Swedish or English
 * keeps the SKL keys and narrow charts and the takeaway get the same short names as from attributes.
 */
const AREA_BY_NAME = new Map<string, { key: string; short: string }>(
  DEFAULT_AREAS.flatMap(({ key }) =>
    [locales.sv, locales.en].flatMap(({ areas, areasShort }) =>
      // By the full name or the short one ("IT-plattform"), as a spreadsheet's header often has it.
      [areas[key]!, areasShort[key]!].map((name) => [name.toLowerCase(), { key, short: areasShort[key]! }] as const),
    ),
  ),
);

/** Whether a table's cell names one of the built-in areas, by its full or short name, in Swedish or English. */
export function isAreaName(name: string): boolean {
  return AREA_BY_NAME.has(name.trim().toLowerCase());
}

/**
 * Table cells → the same raw input the attributes give: rows are areas, the first column names them, one column
 * per series, and the comparison is the `data-baseline` column, else the last whose header names a comparison
 * (where another column is left to draw); without either, every column is a series. Columns marked `data-derived`
 * or headed as a difference are not data. Where a CMS's table cannot mark its columns, its headers say what they
 * are: unmarked, "Skillnad" was drawn as the comparison and the average as a second municipality, and the last of
 * four nominees as the average ("Samtliga ligger över Umeå").
 */
export function tableToInput(cells: TableCells): RawInput {
  return fromColumns(areasAcross(cells) ? transposed(cells) : cells);
}

/**
 * Whether a table has the built-in areas across and a row per series, as a spreadsheet often has it. Read down, it
 * was "antal områden … är 2", naming an `areas` the editor never set. Only by the areas' names: a table of two
 * rows might be either way round, and turned round it would draw a wrong chart where it is now reported.
 */
function areasAcross({ head }: TableCells): boolean {
  const across = head.slice(1);
  return across.length >= 3 && across.every(isAreaName);
}

/** The same table with rows and columns swapped: the areas down, a column per row that was. */
function transposed({ head, rows }: TableCells): TableCells {
  return {
    head: [head[0] ?? '', ...rows.map((row) => row[0] ?? '')],
    rows: head.slice(1).map((area, i) => [area, ...rows.map((row) => row[i + 1] ?? '')]),
    baselineColumn: -1,
  };
}

function fromColumns(cells: TableCells): RawInput {
  const width = Math.max(cells.head.length, ...cells.rows.map((row) => row.length));
  const derived = new Set(cells.derivedColumns);
  const data = Array.from({ length: width - 1 }, (_, i) => i + 1).filter(
    (index) => !derived.has(index) && !DIFFERENCE_HEADER.test(cells.head[index] ?? ''),
  );
  const named = data.filter((index) => COMPARISON_HEADER.test(cells.head[index] ?? '')).at(-1);
  const baselineColumn = cells.baselineColumn > 0 ? cells.baselineColumn : data.length >= 2 ? (named ?? -1) : -1;
  const areas: Area[] = cells.rows.map((row, index) => {
    const name = (row[0] ?? '').trim();
    const known = AREA_BY_NAME.get(name.toLowerCase());
    return known ? { key: known.key, label: name, short: known.short } : { key: `area-${index + 1}`, label: name };
  });
  // Keys must stay unique even when a table names the same area twice; the parser reports the duplicate.
  const column = (index: number) => cells.rows.map((row) => row[index] ?? '');
  const series = [];
  for (const index of data) {
    if (index !== baselineColumn) series.push({ label: cells.head[index] ?? '', scores: column(index) });
  }
  return {
    areas,
    series,
    baseline: baselineColumn > 0 ? column(baselineColumn) : undefined,
    baselineLabel: baselineColumn > 0 ? cells.head[baselineColumn] : undefined,
  };
}

/**
 * Whether a first row without `<thead>` or `<th>` is still the header: its cells after the first are all names (words)
 * or a difference's mark (±), none a value, a missing value's mark or empty. A CMS's or a word processor's table often
 * has a header row of plain cells, which was read as data ("Falkenberg är inte ett tal"). A row of marks (`3,0*`) stays
 * data, to be reported, and so do years, which read as values: give those `<th>`.
 */
function namesOnly(row: readonly string[]): boolean {
  const cells = row.slice(1);
  return cells.length > 0 && cells.every((cell) => isName(cell) || DIFFERENCE_HEADER.test(cell));
}

/** Elements whose end breaks a word, as a reader sees the cell: "E-förvaltning<br>totalt" is two words. */
const BREAKS = new Set(['BR', 'P', 'DIV', 'LI', 'UL', 'OL']);

/**
 * A cell's text as a reader sees it, still only text: `<br>` and paragraphs break words ("E-förvaltning<br>totalt"
 * ran together as "E-förvaltningtotalt"), a footnote's mark in `<sup>` is not part of the value (`3,0<sup>1</sup>`
 * was read as 3,01), and text hidden with `hidden` or an inline `display: none` is not read (a hidden ",9" made
 * 2 a 2,9). Runs of white space are one space.
 */
function cellText(cell: Element): string {
  let text = '';
  const read = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType !== 1) continue;
      else {
        const element = child as HTMLElement;
        if (element.tagName === 'SUP' || element.hasAttribute('hidden') || element.style?.display === 'none') continue;
        read(element);
        if (BREAKS.has(element.tagName)) text += ' ';
      }
    }
  };
  read(cell);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The rows as a grid, as a reader sees the table: a cell that spans rows or columns (`rowspan`, `colspan`) stands in
 * every place it covers. Read row by row instead, a value spanning two rows moved the next column's values into
 * its place, and the comparison's value was drawn as the municipality's.
 */
function gridOf(rows: readonly HTMLTableRowElement[]): (HTMLTableCellElement | undefined)[][] {
  const grid: (HTMLTableCellElement | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      while (grid[r]![column]) column++;
      // rowspan="0" spans to the table's end; the HTML limits are 65534 rows and 1000 columns.
      const down = Math.min(cell.rowSpan === 0 ? rows.length - r : Math.max(1, cell.rowSpan), rows.length - r);
      const across = Math.min(Math.max(1, cell.colSpan), 1000);
      for (let dr = 0; dr < down; dr++) for (let dc = 0; dc < across; dc++) grid[r + dr]![column + dc] = cell;
      column += across;
    }
  });
  // Filled by index, a row may have holes where a row above spanned past its end: empty cells.
  return grid.map((row) => Array.from(row));
}

/** Reads a `<table>` element's text into cells. The only DOM this layer touches, and only its text (`cellText`). */
export function readTable(table: HTMLTableElement): TableCells {
  const all = Array.from(table.rows);
  const grid = gridOf(all);
  // Each cell read once, however many places it spans and however often its row is looked at.
  const texts = new Map<Element, string>();
  const textOf = (cell: HTMLTableCellElement | undefined) => (cell ? cached(texts, cell, () => cellText(cell)) : '');
  const first = grid[0];
  const headIndex = table.tHead?.rows[0]
    ? all.indexOf(table.tHead.rows[0])
    : first && (first.every((cell) => cell?.tagName === 'TH') || namesOnly(first.map(textOf)))
      ? 0
      : -1;
  const headCells = headIndex >= 0 ? grid[headIndex]! : [];
  const body = grid.filter((_, index) => index !== headIndex && all[index]!.parentElement !== table.tFoot);
  const baselineColumn = headCells.findIndex((cell) => cell?.hasAttribute('data-baseline'));
  const derivedColumns = headCells.flatMap((cell, i) => (cell?.hasAttribute('data-derived') ? [i] : []));
  return {
    head: headCells.map(textOf),
    rows: body.map((row) => row.map(textOf)),
    baselineColumn,
    derivedColumns,
  };
}

/** The input of the first `<table>` inside `host` (the chart's fallback and data), if it has one. */
export function tableInputOf(host: Element): RawInput | undefined {
  const table = host.querySelector('table');
  return table ? tableToInput(readTable(table)) : undefined;
}
