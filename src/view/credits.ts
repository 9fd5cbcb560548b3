import { html, nothing, type TemplateResult } from 'lit';

/**
 * Under the legend: a note the takeaway could not say (an author's takeaway says nothing of missing values), then
 * the source, notes and byline, each a line as the author wrote it.
 */
export function credits(lines: readonly string[], note?: string | null): TemplateResult | typeof nothing {
  const byline =
    lines.length > 0
      ? html`<div class="credits" part="credits">${lines.map((line) => html`<p>${line}</p>`)}</div>`
      : nothing;
  return note
    ? html`<p class="note">${note}</p>
        ${byline}`
    : byline;
}
