import { html, nothing, type TemplateResult } from 'lit';

/** Source, notes and byline under the chart, each a line as the author wrote it. */
export function credits(lines: readonly string[]): TemplateResult | typeof nothing {
  return lines.length > 0
    ? html`<div class="credits" part="credits">${lines.map((line) => html`<p>${line}</p>`)}</div>`
    : nothing;
}
