import { describe, expect, it } from 'vitest';
import { readTable } from '../src/input/table.js';

/** A table from an editor's markup (a CMS's or a word processor's), as the chart finds it inside itself. */
function table(html: string): HTMLTableElement {
  return document.adoptNode(new DOMParser().parseFromString(html, 'text/html').querySelector('table')!);
}

describe('readTable', () => {
  it('reads each cell as a reader sees it: line breaks and paragraphs part words, footnote marks and hidden text are not values', () => {
    const cells = readTable(
      table(`<table>
        <thead><tr><th>Område</th><th>Falkenberg<br>2009</th><th data-baseline>Medel<sup>a</sup></th></tr></thead>
        <tbody>
          <tr><th>E-förvaltning<br>totalt</th><td>3,0<sup>1</sup></td><td>2,1</td></tr>
          <tr><th><p>IT-plattform</p><p>hård och mjuk</p></th><td>2<span style="display:none">,9</span></td><td>2<span hidden>,9</span>,1</td></tr>
          <tr><th>Styrning
              och ledning</th><td> 3,1 </td><td>2,0</td></tr>
        </tbody>
      </table>`),
    );
    expect(cells.head).toEqual(['Område', 'Falkenberg 2009', 'Medel']);
    expect(cells.rows).toEqual([
      ['E-förvaltning totalt', '3,0', '2,1'],
      ['IT-plattform hård och mjuk', '2', '2,1'],
      ['Styrning och ledning', '3,1', '2,0'],
    ]);
    expect(cells.baselineColumn).toBe(2);
  });

  it('puts a cell that spans rows or columns in every place it covers', () => {
    // Read row by row, Ale's 3,0 spanning two areas moved the average's 2,1 into Ale's column.
    const cells = readTable(
      table(`<table>
        <tr><th>Område</th><th>Ale</th><th data-baseline>Medel</th></tr>
        <tr><th>E-förvaltning</th><td rowspan="2">3,0</td><td>2,1</td></tr>
        <tr><th>IT-plattform</th><td>2,2</td></tr>
        <tr><th>Förändring</th><td colspan="2">2,0</td></tr>
      </table>`),
    );
    expect(cells.rows).toEqual([
      ['E-förvaltning', '3,0', '2,1'],
      ['IT-plattform', '3,0', '2,2'],
      ['Förändring', '2,0', '2,0'],
    ]);
    expect(cells.baselineColumn).toBe(2);
  });
});
