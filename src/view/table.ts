import { html, type TemplateResult } from 'lit';
import type { TextModel } from '../model/describe.js';

/**
 * The data as a real table: caption, column and row headers with scope, numbers in the locale. Its wrapper scrolls
 * sideways when the table is wider than a narrow screen or a 400 % zoom, so it is a named region in the tab order:
 * keyboard readers can scroll it too.
 */
export function dataTable(text: TextModel, id: string, hidden: boolean): TemplateResult {
  return html`<div
    class="table-wrap"
    id=${id}
    ?hidden=${hidden}
    role="region"
    aria-label=${text.tableCaption}
    tabindex="0"
  >
    <table part="table">
      <caption>
        ${text.tableCaption}
      </caption>
      <thead>
        <tr>
          ${text.tableHead.map((cell) => html`<th scope="col">${cell}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${text.tableRows.map(
          ([area, ...cells]) =>
            html`<tr>
              <th scope="row">${area}</th>
              ${cells.map((cell) => html`<td>${cell}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
