import { html, type TemplateResult } from 'lit';
import type { TextModel } from '../model/describe.js';

/** The data as a real table: caption, column and row headers with scope, numbers in the locale. */
export function dataTable(text: TextModel, id: string, hidden: boolean): TemplateResult {
  // A wide table scrolls inside its box; the box is focusable so keyboard users can scroll it too.
  return html`<div
    class="table-wrap"
    id=${id}
    ?hidden=${hidden}
    tabindex="0"
    role="region"
    aria-label=${text.tableCaption}
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
