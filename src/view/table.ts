import { html, type TemplateResult } from 'lit';
import type { TextModel } from '../model/describe.js';

/** The data as a real table: caption, column and row headers with scope, numbers in the locale. */
export function dataTable(text: TextModel, id: string, hidden: boolean): TemplateResult {
  return html`<div class="table-wrap" id=${id} ?hidden=${hidden}>
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
