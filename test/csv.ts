/** Reading CSV back as a spreadsheet would, for the tests of the CSV download. */

/**
 * Splits CSV into rows of cells as a spreadsheet would (quotes, doubled quotes, line breaks inside quotes). A
 * quoted cell keeps a leading `"` here, so a test can tell it was quoted.
 */
export function readCsv(csv: string, separator: string): string[][] {
  const pattern = new RegExp(`"((?:[^"]|"")*)"|([^"${separator}\\r\\n]*)`, 'y');
  const rows: string[][] = [[]];
  let at = 0;
  for (;;) {
    pattern.lastIndex = at;
    const [whole, quoted, plain] = pattern.exec(csv)!;
    rows.at(-1)!.push(quoted !== undefined ? `"${quoted.replace(/""/g, '"')}` : plain!);
    at += whole.length;
    if (at >= csv.length) return rows;
    if (csv[at] === separator) at += 1;
    else {
      at += csv.startsWith('\r\n', at) ? 2 : 1;
      rows.push([]);
    }
  }
}

/** A cell a spreadsheet would run: it starts (after spaces) with a formula character and is not a plain number. */
export function isFormula(cell: string): boolean {
  const text = cell.startsWith('"') ? cell.slice(1) : cell;
  return (
    /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]/.test(text) && !/^-?\d+([.,]\d+)?(e[+-]?\d+)?$/.test(text)
  );
}
