import { html, type TemplateResult } from 'lit';

/** What shows where the chart would be when input is rejected: short, localized, naming attribute and value. */
export function message(title: string, lines: string[]): TemplateResult {
  return html`<div class="message" part="message" role="alert">
    <strong>${title}</strong>
    <ul>
      ${lines.map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
}

/**
 * Where a chart without a drawing says why: what was rejected, or, while it has been given no data at all, a note
 * rather than an alert, since an app may set the data once it has fetched it (readers would otherwise see an error
 * flash by while it loads).
 */
export function withoutChart(
  chart: { empty: boolean; problemLines: readonly string[] },
  strings: { errorPrefix: string; noValues: string },
): TemplateResult {
  return chart.empty
    ? html`<p class="note" part="message">${strings.noValues}</p>`
    : message(strings.errorPrefix, [...chart.problemLines]);
}
