import { html, nothing, type TemplateResult } from 'lit';
import type { TextModel } from '../model/describe.js';
import { BASELINE_SHAPE, SERIES_SHAPES } from '../model/markers.js';
import { keyEntry } from './radar.js';

/** The legend: each series' name beside the very glyph the chart draws (colour, dash and marker shape). */
export function legend(text: TextModel, title: string, markerSize: number): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${title}>
    ${text.seriesLabels.map((label, i) => keyEntry(SERIES_SHAPES[i]!, `series s${i + 1}`, markerSize, label))}
    ${text.baselineLabel ? keyEntry(BASELINE_SHAPE, 'baseline', markerSize, text.baselineLabel) : nothing}
  </ul>`;
}
