import { svg, html, nothing, type TemplateResult } from 'lit';
import type { Geometry } from '../model/layout.js';
import type { TextModel } from '../model/describe.js';
import { cssomStyle } from './cssom-style.js';
import { axesTemplate, axisNodes, gridTemplate, type Layer } from './layer.js';
import { ringValueNodes, ringValuesTemplate } from './ring-values.js';
import { seriesNodes, type SeriesMarks } from './series-nodes.js';
import { markerPath, SERIES_CLASSES, SERIES_PARTS, type MarkerShape } from '../model/markers.js';

/** One marker: its shape as a class too, so styles and tests can tell the shapes apart without parsing paths. */
export function marker(shape: MarkerShape, x: number, y: number, size: number): TemplateResult {
  return svg`<path class="marker ${shape}" d=${markerPath(shape, x, y, size)}></path>`;
}

/** The baseline under the series (the series is what the reader came for), each with its class and parts. */
function seriesMarks(geometry: Geometry): SeriesMarks[] {
  return [
    ...(geometry.baseline ? [{ series: geometry.baseline, className: 'baseline', part: 'baseline' }] : []),
    ...geometry.series.map((series, i) => ({ series, className: SERIES_CLASSES[i]!, part: SERIES_PARTS[i]! })),
  ];
}

/**
 * A series' line, hidden from assistive technology, and its markers: the SVG markers its class names (see
 * marker-defs.ts), which the browser draws at each point of an unstroked copy of the line. Not on the line itself:
 * WebKit paints a marker with the dashes of the line that carries it, so the comparison's hollow diamonds would be
 * dashed too.
 */
function marks({ series, className, part }: SeriesMarks): TemplateResult {
  return svg`<g class=${className} part=${part} aria-hidden="true">
    <path class=${series.closed ? 'line' : 'line open'} d=${series.path}></path>
    <path class="points" d=${series.path}></path>
  </g>`;
}

/**
 * Under a lettered chart: the area names by letter, so the letters around the plot can be read. Hidden from screen
 * readers, as the letters are: each area already says its whole name, and would be heard a second time here.
 * Lettered by the list's own `type`, so it stays lettered where a page's policy keeps the styles out.
 */
export function areaKey(text: TextModel): TemplateResult {
  return html`<ol class="area-key" part="area-key" type="A" aria-hidden="true">
    ${text.radarLabels.map((label) => html`<li>${label}</li>`)}
  </ol>`;
}

/**
 * The radar: grid, baseline under the series (the series is what the reader came for), then one node per axis
 * in clockwise DOM order, so a virtual cursor reads them in the chart's order. Each axis node carries the axis'
 * full name; what it draws (label, highlight) is hidden from assistive technology. Grid and axis nodes come from
 * the shared layer (see layer.ts) and the ring values from nodes of their own (ring-values.ts); without a layer
 * (server rendering, and a chart hydrated from it) all three come from templates. Pointer and focus events are
 * handled once, on the plot around it.
 */
export function radar(
  geometry: Geometry,
  text: TextModel,
  active: number,
  layer: Layer | undefined,
  lineHeight: number,
  /** The most it may take in height (px): scaled as a whole to it. */
  fit = Infinity,
): TemplateResult {
  const { width, height, cx, cy } = geometry.frame;
  const scale = Math.min(1, fit / height);
  return html`<svg
    class="radar${geometry.series.length > 1 ? ' multi' : ''}${geometry.frame.lettered ? ' lettered' : ''}"
    part="radar"
    viewBox="0 0 ${width} ${height}"
    width=${width * scale}
    height=${height * scale}
    role="group"
    aria-roledescription=${text.chartKind}
    aria-label=${text.chartName}
  >
    <g transform="translate(${cx},${cy})">
      ${layer ? layer.grid : gridTemplate(geometry.frame)}
      ${layer ? seriesNodes(seriesMarks(geometry)) : seriesMarks(geometry).map(marks)}
      ${
        layer
          ? ringValueNodes(geometry.ringValues, text.tickLabels)
          : ringValuesTemplate(geometry.ringValues, text.tickLabels)
      }
      ${active >= 0 ? highlight(geometry.frame.highlights[active]!) : nothing}
      ${
        layer
          ? axisNodes(layer.axes, text.axisNames, active)
          : axesTemplate(geometry.frame, lineHeight, text.axisNames, active)
      }
    </g>
  </svg>`;
}

/** The active area's spoke, and the ring around its name that shows while the chart has keyboard focus. */
function highlight({ spoke, ring }: { spoke: string; ring: string }): TemplateResult {
  return svg`<g class="highlight" aria-hidden="true">
    <path class="spoke-highlight" d=${spoke}></path>
    <path class="focus-ring" d=${ring}></path>
  </g>`;
}

/**
 * An entry of the legend or of the hover box: the series' glyph (a short line with its marker in the middle, the
 * very marks the chart draws: colour, dash and shape) and its text.
 */
export function keyEntry(className: string, text: string): TemplateResult {
  return html`<li>
    <svg class="glyph" viewBox="0 0 28 14" aria-hidden="true">
      <g class=${className}>
        <path class="line" d="M1,7L27,7"></path>
        <path class="points" d="M1,7L14,7L27,7"></path>
      </g>
    </svg>
    <span>${text}</span>
  </li>`;
}

/**
 * The radar's place before it is drawn (a lazy chart away from the viewport): its height, so nothing moves. Not yet
 * laid out (hidden on screen, 0 px wide), about a radar's height for the chart's width, so that a page printing it has
 * counted its pages with room for it (with none, the radar drawn for paper pushed the rest of the page off its last
 * page), and one opened on screen moves little when its radar draws.
 */
export function radarPlaceholder(height: number | undefined): TemplateResult {
  return height === undefined
    ? html`<div class="placeholder unsized"></div>`
    : html`<div class="placeholder" ${cssomStyle({ height: `${height}px` })}></div>`;
}
