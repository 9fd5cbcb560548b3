import { html, nothing, type TemplateResult } from 'lit';
import type { TableText } from '../model/rows.js';
import { cssomStyle } from './cssom-style.js';

/**
 * A long word a phone's column of numbers may have no room for ("kommunstyrelseförvaltningen", "Riksgenomsnitt"):
 * it may break anywhere, hyphenated where the browser hyphenates the chart's language. Kept whole, it made a table of
 * one municipality and the average scroll sideways at 320 px; the shorter words around it stay whole ("Falkenberg"
 * was split when a whole header could break, to share the room out evenly).
 */
const LONG_WORD = /(\p{L}{12,})/u;

/** A header's text, its long words each in a span that may break (controls.styles.ts, `.long`). */
function headerText(text: string): string | (string | TemplateResult)[] {
  if (!LONG_WORD.test(text)) return text;
  return text.split(LONG_WORD).map((part, i) => (i % 2 ? html`<span class="long">${part}</span>` : part));
}

/**
 * The data as a real table: caption, column and row headers with scope, numbers in the locale. Shown, its visible
 * title sits above the box it scrolls sideways in when wider than the card (never scrolled or clipped with it),
 * and the table itself takes focus (opening the view moves focus to it, so a screen reader reads it next; its
 * arrow keys scroll the box). It is named by its caption alone, visually hidden: no region around it to say the
 * caption a second time.
 */
export function dataTable(table: TableText): TemplateResult {
  // More than three columns of numbers (several municipalities): a column up to 40rem lists each area's numbers
  // one per line after their column's name (controls.styles.ts, `.many`), where five columns scrolled sideways.
  const many = table.head.length > 4;
  // The roles restate the elements' own: a narrow card lays the rows out as a grid (controls.styles.ts).
  return html`<p class="table-caption" aria-hidden="true">${table.caption}</p>
    <div class="table-wrap">
      <table
        part="table"
        class=${many ? 'many' : ''}
        role="table"
        tabindex="0"
        ${cssomStyle({ '--_columns': String(table.head.length - 1) })}
      >
        <caption class="sr-only">
          ${table.caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${table.head.map((cell) => html`<th scope="col" role="columnheader">${headerText(cell)}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${table.rows.map(
            ([area, ...cells]) =>
              html`<tr role="row">
                <th scope="row" role="rowheader">${area}</th>
                ${cells.map((cell, i) => html`<td role="cell" data-label=${many ? table.head[i + 1]! : nothing}>${cell}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
