import { html, svg, nothing, type TemplateResult } from 'lit';
import type { DotPlot } from '../model/dotplot.js';
import type { TextModel } from '../model/describe.js';
import { BASELINE_SHAPE, SERIES_CLASSES, SERIES_SHAPES } from '../model/markers.js';
import { marker } from './radar.js';

/**
 * The dot plot: one row per area on the radar's own scale, with the radar's marks. Screen readers get its rows as
 * text, never an opaque image: a list named like the table, one item per row with the words the radar's area
 * says ("IT-plattform, …: 3,2, medel 2,1, +1,1"); the drawing itself is hidden from them. A row's "uppgift saknas"
 * is drawn under its marks: where no gap has room for it (model/dotplot.ts), they stay whole over it.
 */
export function dotPlotView(plot: DotPlot, text: TextModel, caption: string, lineHeight: number): TemplateResult {
  return html`<div class="dotplot-wrap">
    <svg
      class="dotplot"
      part="dotplot"
      viewBox="0 0 ${plot.width} ${plot.height}"
      width=${plot.width}
      height=${plot.height}
      role="list"
      aria-label=${caption}
    >
      <g class="grid" aria-hidden="true">
        ${gridSpans(plot, lineHeight).map(([top, bottom]) =>
          plot.ticks.map((tick) => svg`<line x1=${tick.x} x2=${tick.x} y1=${top} y2=${bottom}></line>`),
        )}
      </g>
      <g aria-hidden="true">
        ${plot.ticks.map((tick, i) => svg`<text class="tick" x=${tick.x} y=${plot.height - 4} text-anchor="middle">${i === 0 ? text.minLabel : text.tickLabels[i - 1]}</text>`)}
      </g>
      ${plot.rows.map(
        (row, r) => svg`<g role="listitem" aria-label=${text.axisNames[r]!}>
          <text class="axis-label" aria-hidden="true" text-anchor=${plot.stacked ? 'start' : 'end'}>
            ${row.lines.map((line, l) => svg`<tspan x=${plot.stacked ? 12 : plot.labelWidth + 8} y=${row.labelY + (l + 0.8) * lineHeight}>${line}</tspan>`)}
          </text>
          <g aria-hidden="true">
            <line class="row-rule" x1=${plot.x0} x2=${plot.x1} y1=${row.y} y2=${row.y}></line>
            ${row.note ? svg`<text class="tick missing ${row.note.anchor}" x=${row.note.x} y=${row.y}>${text.missingWord}</text>` : nothing}
            ${row.baseline === null ? nothing : svg`<g class="baseline">${marker(BASELINE_SHAPE, row.baseline, row.y, plot.markSize)}</g>`}
            ${row.series.map((x, s) => (x === null ? nothing : svg`<g class=${SERIES_CLASSES[s]!}>${marker(SERIES_SHAPES[s]!, x, row.y + row.offsets[s]!, plot.markSize)}</g>`))}
          </g>
        </g>`,
      )}
    </svg>
  </div>`;
}

/**
 * Where the scale's lines run: the whole height beside names set to the left of the rows; between the names where
 * each name sits above its row (a narrow plot), so no line runs through a name at any text size.
 */
function gridSpans(plot: DotPlot, lineHeight: number): [number, number][] {
  const bottom = plot.height - 20;
  if (!plot.stacked) return [[0, bottom]];
  return plot.rows.map((row, r) => [
    row.labelY + row.lines.length * lineHeight + 2,
    plot.rows[r + 1]?.labelY ?? bottom,
  ]);
}
