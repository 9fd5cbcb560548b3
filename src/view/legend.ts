import { html, nothing, type TemplateResult } from 'lit';
import type { TextModel } from '../model/describe.js';
import { SERIES_CLASSES } from '../model/markers.js';
import { keyEntry } from './radar.js';

/** The legend: each series' name beside the very glyph the chart draws (colour, dash and marker shape). */
export function legend(text: TextModel, title: string): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${title}>
    ${text.seriesLabels.map((label, i) => keyEntry(SERIES_CLASSES[i]!, label))}
    ${text.baselineLabel ? keyEntry('baseline', text.baselineLabel) : nothing}
  </ul>`;
}
