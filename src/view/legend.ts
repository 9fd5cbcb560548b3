import { html, nothing, type TemplateResult } from 'lit';
import type { TextModel } from '../model/describe.js';
import { SERIES_CLASSES } from '../model/markers.js';
import { keyEntry } from './radar.js';

/**
 * The legend: each series' name beside the very glyph the chart draws (colour, dash and marker shape). Hidden from
 * screen readers, which hear the same names, in the same order, in the chart's name.
 */
export function legend(text: TextModel): TemplateResult {
  return html`<ul class="legend" part="legend" aria-hidden="true">
    ${text.seriesLabels.map((label, i) => keyEntry(SERIES_CLASSES[i]!, label))}
    ${text.baselineLabel ? keyEntry('baseline', text.baselineLabel) : nothing}
  </ul>`;
}
