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
