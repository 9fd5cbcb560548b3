import { html, type TemplateResult } from 'lit';
import type { TableText } from '../model/rows.js';

/**
 * The data as a real table: caption, column and row headers with scope, numbers in the locale. The table itself
 * takes focus (opening the view moves focus to it, so a screen reader reads it next) and is named by its caption
 * alone: no region around it to say the caption a second time. A wide table scrolls inside its box, which the
 * focused table's arrow keys scroll.
 */
export function dataTable(table: TableText): TemplateResult {
  return html`<div class="table-wrap">
    <table part="table" tabindex="0">
      <caption>
        ${table.caption}
      </caption>
      <thead>
        <tr>
          ${table.head.map((cell) => html`<th scope="col">${cell}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
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
