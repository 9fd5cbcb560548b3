import { describe, expect, it } from 'vitest';
import { readPaste } from '../demo/paste.js';

/** The builder's paste, as a spreadsheet, a CSV file, the chart's own table view or a typed list gives it. */
describe('a paste into the score fields', () => {
  const read = (text: string) => readPaste(text);

  it('takes a row, a column, or the first column of the chart’s own table', () => {
    expect(read('3,0\t3,2\t3,0\t3,0\t3,1\r\n').cells).toEqual(['3,0', '3,2', '3,0', '3,0', '3,1']);
    expect(read('3,0 3,2 3,0 3,0 3,1').cells).toEqual(['3,0', '3,2', '3,0', '3,0', '3,1']);
    expect(read('3,0\r\n3,2\r\n\r\n3,0\r\n3,1\r\n')).toMatchObject({
      cells: ['3,0', '3,2', '', '3,0', '3,1'],
      column: true,
    });
    expect(read('3.0,3.2,,3.0,3.1\r\n2.1,2.1,2.0,2.0,2.0')).toMatchObject({
      cells: ['3.0', '3.2', '', '3.0', '3.1'],
      rows: 2,
    });
  });

  it('keeps a spreadsheet cell whole: an area name with spaces is one cell, not values', () => {
    // The chart's table view copied whole: caption, header, five areas with the average and the difference.
    const table = [
      'E-profil Falkenberg 2009: värden per område, skala 0–4',
      'Område\tFalkenberg\tMedel samtliga kommuner\tSkillnad mot medel',
      'E-förvaltning totalt\t3,0\t2,1\t+0,9',
      'IT-plattform, hård och mjuk infrastruktur\t3,2\t2,1\t+1,1',
      'Förändringsledning och kommunikation\t3,0\t2,0\t+1,0',
      'Samverkan och IT-ekonomi\t3,0\t2,0\t+1,0',
      'Styrning och ledning\t3,1\t2,0\t+1,1',
    ].join('\r\n');
    expect(read(table)).toMatchObject({
      cells: ['3,0', '3,2', '3,0', '3,0', '3,1'],
      headers: 2,
      column: true,
      wide: true,
    });
    expect(read('E-förvaltning totalt\t3,5\t2,1').cells).toEqual(['3,5', '2,1']);
    // Into the comparison's fields: the column its header names as the comparison (it took the municipality's).
    expect(readPaste(table, true)).toMatchObject({
      cells: ['2,1', '2,1', '2,0', '2,0', '2,0'],
      columnName: 'Medel samtliga kommuner',
    });
    expect(read(table).columnName).toBe('Falkenberg');
    // Its own missing mark, first or later, is a value's cell, not a header.
    const missing = table.replace('\t3,0\t2,1', '\tuppgift saknas\t2,1').replace('\t3,2\t', '\tuppgift saknas\t');
    expect(read(missing)).toMatchObject({
      cells: ['uppgift saknas', 'uppgift saknas', '3,0', '3,0', '3,1'],
      headers: 2,
    });
  });

  it('passes over headers and a name, and never takes the first area with an empty value for one', () => {
    expect(read('Falkenberg\r\n3,0\r\n3,2\r\n3,0\r\n2,0\r\n3,1')).toMatchObject({
      cells: ['3,0', '3,2', '3,0', '2,0', '3,1'],
      headers: 1,
    });
    expect(read('Falkenberg 2024\r\n3,0\r\n3,2\r\n3,0\r\n2,0\r\n3,1').headers).toBe(1);
    expect(read('Län\r\nJärfälla\r\n3,5\r\n3,8\r\n3,1\r\n3,2\r\n3,5')).toMatchObject({
      cells: ['3,5', '3,8', '3,1', '3,2', '3,5'],
      headers: 2,
    });
    const named = ['IT-plattform\t3,2\t2,1', 'Förändring\t3,0\t2,0', 'Samverkan\t3,0\t2,0', 'Styrning\t3,3\t2,0'];
    expect(read(['E-förvaltning\t', ...named].join('\r\n'))).toMatchObject({
      cells: ['', '3,2', '3,0', '3,0', '3,3'],
      headers: 0,
    });
    expect(read('Järfälla\t3,5\t3,8\t3,1\t3,2\t3,5')).toMatchObject({
      cells: ['3,5', '3,8', '3,1', '3,2', '3,5'],
      name: 'Järfälla',
    });
    expect(
      read('Kommun\tE-förvaltning\tIT-plattform\tFörändring\tSamverkan\tStyrning\r\nJärfälla\t3,5\t3,8\t3,1\t3,2\t3,5'),
    ).toMatchObject({
      cells: ['3,5', '3,8', '3,1', '3,2', '3,5'],
      headers: 1,
      name: 'Järfälla',
    });
  });

  it('passes over a year over a column, and a name typed with spaces (and a year) before its values', () => {
    expect(read('Kommun 2024 3,5 3,8 3,4 3,6 3,7')).toMatchObject({ cells: ['3,5', '3,8', '3,4', '3,6', '3,7'] });
    expect(read('uppgift saknas 3,2 3,0 3,0 3,1')).toMatchObject({
      cells: ['uppgift saknas', '3,2', '3,0', '3,0', '3,1'],
      name: '',
    });
    expect(read('2009\r\n3,0\r\n3,2\r\n3,0\r\n3,0\r\n3,1')).toMatchObject({
      cells: ['3,0', '3,2', '3,0', '3,0', '3,1'],
      headers: 1,
    });
    expect(read('Upplands Väsby 3,5 3,8 3,4 3,6 3,7')).toMatchObject({
      cells: ['3,5', '3,8', '3,4', '3,6', '3,7'],
      name: 'Upplands Väsby',
    });
  });

  it('of several municipalities’ rows takes the first, not the first value of each', () => {
    const block = ['3,0 3,2 3,0 3,0 3,1', '2,9 3,4 2,6 3,0 2,8', '2,1 2,1 2,0 2,0 2,0'].map((row) =>
      row.replaceAll(' ', '\t'),
    );
    expect(read(block.join('\r\n'))).toMatchObject({
      cells: ['3,0', '3,2', '3,0', '3,0', '3,1'],
      rows: 3,
      column: false,
    });
  });

  it('gives the municipality’s name and a comparison named as one, for the builder to fill in', () => {
    const across =
      'Kommun\tE-förvaltning\tIT-plattform\tFörändring\tSamverkan\tStyrning\r\n' +
      'Ale\t3,2\t2,8\t3,5\t2,1\t3,9\r\nMedel samtliga kommuner\t1,9\t2,3\t1,8\t2,2\t1,7\r\n';
    expect(read(across)).toMatchObject({
      cells: ['3,2', '2,8', '3,5', '2,1', '3,9'],
      name: 'Ale',
      comparison: { name: 'Medel samtliga kommuner', cells: ['1,9', '2,3', '1,8', '2,2', '1,7'] },
    });
    const down = 'Område\tHärryda\tRiket\r\nE-förvaltning\t2,2\t1,8\r\nIT-plattform\t2,4\t2,0\r\n';
    expect(read(down)).toMatchObject({ cells: ['2,2', '2,4'], columnName: 'Härryda', comparison: { name: 'Riket' } });
    // Another municipality is not a comparison; nor is anything pasted into the comparison's own fields.
    expect(read('Ale\t3,2\t2,8\t3,5\t2,1\r\nLerum\t2,0\t2,0\t2,0\t2,0').comparison).toBeNull();
    expect(readPaste(across, true).comparison).toBeNull();
  });

  it('reads the chart’s own table of several municipalities down, and a comparison wherever its row stands', () => {
    // The demo's four nominees and the average, copied from the table view: read as a row, the first area's five
    // values went into five areas' fields under the name "E-förvaltning totalt".
    const four = [
      'Område\tFalkenberg\tJärfälla\tStockholm\tTäby\tMedel samtliga kommuner',
      'E-förvaltning totalt\t3,0\t3,5\t4,0\t3,8\t2,1',
      'IT-plattform, hård och mjuk infrastruktur\t3,2\t3,8\t4,0\t3,8\t2,1',
      'Förändringsledning och kommunikation\t3,0\t3,1\t3,8\t3,8\t2,0',
      'Samverkan och IT-ekonomi\t3,0\t3,2\t4,0\t3,8\t2,0',
      'Styrning och ledning\t3,1\t3,5\t4,0\t3,9\t2,0',
    ].join('\r\n');
    expect(read(four)).toMatchObject({
      cells: ['3,0', '3,2', '3,0', '3,0', '3,1'],
      name: 'Falkenberg',
      column: true,
      comparison: { name: 'Medel samtliga kommuner', cells: ['2,1', '2,1', '2,0', '2,0', '2,0'] },
    });
    expect(readPaste(four, true)).toMatchObject({ cells: ['2,1', '2,1', '2,0', '2,0', '2,0'] });
    // The comparison's row first: the municipality is the row after it, the comparison still the comparison.
    const riket = 'Riket\t1,8\t2,0\t1,9\t2,1\t2,2\r\nAle\t3,2\t2,8\t3,5\t2,1\t3,9';
    expect(read(riket)).toMatchObject({ name: 'Ale', cells: ['3,2', '2,8', '3,5', '2,1', '3,9'] });
    expect(read(riket).comparison).toMatchObject({ name: 'Riket', cells: ['1,8', '2,0', '1,9', '2,1', '2,2'] });
    // Into the comparison's fields: the row named as one, and its name.
    const across = 'Ale\t3,2\t2,8\t3,5\t2,1\t3,9\r\nMedel samtliga kommuner\t1,9\t2,3\t1,8\t2,2\t1,7';
    expect(readPaste(across, true)).toMatchObject({
      name: 'Medel samtliga kommuner',
      cells: ['1,9', '2,3', '1,8', '2,2', '1,7'],
    });
    const down = 'Område\tHärryda\tRiket\r\nE-förvaltning\t2,2\t1,8\r\nIT-plattform\t2,4\t2,0\r\nFörändring\t2,6\t1,9';
    expect(readPaste(down, true)).toMatchObject({ name: 'Riket', cells: ['1,8', '2,0', '1,9'] });
  });

  it('names a municipality without the year beside it', () => {
    expect(read('Ale\t2009\t3,2\t2,8\t3,5\t2,1\t3,9').name).toBe('Ale');
    expect(read('Område\tHärryda 2009\r\nE-förvaltning\t2,2\r\nIT-plattform\t2,4\r\nFörändring\t2,6').name).toBe(
      'Härryda',
    );
    // A comparison keeps its year: "Medel 2024" is not last year's.
    expect(readPaste('Område\tMedel 2024\r\nE-förvaltning\t2,2\r\nIT-plattform\t2,4', true).name).toBe('Medel 2024');
  });

  it('takes no area, comparison or year alone for a municipality’s name', () => {
    // One row of the chart's own table: "Styrning" is an area, not who the values are of.
    expect(read('Styrning och ledning\t3,1\t2,0\t+1,1\t3,0\t2,9').name).toBe('');
    // The comparison's row pasted alone into the municipality's fields does not rename the municipality.
    expect(read('Medel samtliga kommuner\t2,1\t2,1\t2,0\t2,0\t2,0').name).toBe('');
    // A year alone over the comparison's column names no one.
    expect(readPaste('2009\r\n3,0\r\n2,5\r\n3,1', true).name).toBe('');
  });
});
