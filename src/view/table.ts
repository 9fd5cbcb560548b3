import { html, type TemplateResult } from 'lit';
import type { TableText } from '../model/rows.js';

/**
 * The data as a real table: caption, column and row headers with scope, numbers in the locale. Shown, it scrolls
 * sideways inside its box when wider than the card (the box is focusable so keyboard users can scroll it too);
 * its visible title sits above that box, never scrolled or clipped with the table, and the caption inside stays
 * for screen readers. `shown` false: the table alone, for screen readers only (controls="none").
 */
export function dataTable(table: TableText, shown = true): TemplateResult {
  const body = html`<table part="table">
    <caption class=${shown ? 'sr-only' : ''}>
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
  </table>`;
  if (!shown) return body;
  return html`<p class="table-caption" aria-hidden="true">${table.caption}</p>
    <div class="table-wrap" tabindex="0" role="region" aria-label=${table.caption}>${body}</div>`;
}
