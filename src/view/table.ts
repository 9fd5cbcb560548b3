import { html, type TemplateResult } from 'lit';
import type { TableText } from '../model/rows.js';

/** The data as a real table: caption, column and row headers with scope, numbers in the locale. */
export function dataTable(table: TableText): TemplateResult {
  // A wide table scrolls inside its box; the box is focusable so keyboard users can scroll it too.
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${table.caption}>
    <table part="table">
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
