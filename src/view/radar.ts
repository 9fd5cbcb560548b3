import { svg, html, nothing, type TemplateResult } from 'lit';
import { isClosed, type Geometry, type SeriesGeometry } from '../model/layout.js';
import type { TextModel } from '../model/describe.js';
import { cssomStyle } from './cssom-style.js';
import { BASELINE_SHAPE, markerPath, SERIES_SHAPES, type MarkerShape } from '../model/markers.js';

/** Handlers the radar's axis nodes call; the element owns the state. */
export interface AxisHandlers {
  onPointerEnter: (index: number) => void;
  onFocus: (index: number) => void;
}

/** One marker: its shape as a class too, so styles and tests can tell the shapes apart without parsing paths. */
export function marker(shape: MarkerShape, x: number, y: number, size: number): TemplateResult {
  return svg`<path class="marker ${shape}" d=${markerPath(shape, x, y, size)}></path>`;
}

function marks(
  geometry: SeriesGeometry,
  shape: MarkerShape,
  size: number,
  className: string,
  part: string,
  closed: boolean,
): TemplateResult {
  return svg`<g class=${className} part=${part} aria-hidden="true">
    <path class=${closed ? 'line' : 'line open'} d=${geometry.path}></path>
    ${geometry.points.map((point) => (point ? marker(shape, point.x, point.y, size) : nothing))}
  </g>`;
}

/** The grid: rings (polygons through the spokes) with their values, and one spoke per axis. Decorative. */
function grid(geometry: Geometry, text: TextModel): TemplateResult {
  return svg`<g class="grid" part="grid" aria-hidden="true">
    ${geometry.rings.map((ring) => svg`<path d=${ring.path}></path>`)}
    ${geometry.spokes.map((end) => svg`<line x1="0" y1="0" x2=${end.x} y2=${end.y}></line>`)}
    ${geometry.rings.map((ring, i) => svg`<text class="tick" x=${ring.x} y=${ring.y}>${text.tickLabels[i]}</text>`)}
  </g>`;
}

/**
 * One node per axis, in clockwise DOM order so a virtual cursor reads them in the chart's order. Each carries the
 * axis' full name; its visible label and shapes are hidden from assistive technology (the name says it all).
 * Roving tabindex: only the active axis is in the tab order, so the chart is one tab stop.
 */
function axes(
  geometry: Geometry,
  text: TextModel,
  active: number,
  handlers: AxisHandlers,
  lineHeight: number,
): TemplateResult {
  const current = active < 0 ? 0 : active;
  return svg`<g role="list" class="axes">
    ${geometry.labels.map((box, i) => {
      const tip = geometry.tips[i]!;
      return svg`<g
        role="listitem"
        class=${i === active ? 'axis active' : 'axis'}
        tabindex=${i === current ? 0 : -1}
        aria-label=${text.axisNames[i]}
        data-index=${i}
        @pointerenter=${() => handlers.onPointerEnter(i)}
        @focus=${() => handlers.onFocus(i)}
      >
        <path class="hit" d=${geometry.hits[i]} aria-hidden="true"></path>
        <line class="spoke-highlight" x1="0" y1="0" x2=${tip.x} y2=${tip.y} aria-hidden="true"></line>
        <rect class="focus-ring" aria-hidden="true" rx="4" x=${box.left - 4} y=${box.top - 2} width=${box.width + 8} height=${box.height + 4}></rect>
        <text class="axis-label" part="axis-label" aria-hidden="true" text-anchor=${box.textAnchor}>
          ${box.lines.map((line, l) => svg`<tspan x=${box.anchorX} y=${box.top + (l + 0.78) * lineHeight}>${line}</tspan>`)}
        </text>
      </g>`;
    })}
  </g>`;
}

/** Under a numbered chart: the area names by number, so the numbers around the plot can be read. */
export function areaKey(text: TextModel): TemplateResult {
  return html`<ol class="area-key" part="area-key">
    ${text.areaLabels.map((label) => html`<li>${label}</li>`)}
  </ol>`;
}

/** The radar: grid, baseline under the series (the series is what the reader came for), axis nodes on top. */
export function radar(
  geometry: Geometry,
  text: TextModel,
  active: number,
  handlers: AxisHandlers,
  lineHeight: number,
  markerSize: number,
): TemplateResult {
  const { width, height, cx, cy } = geometry;
  return html`<svg
    class=${geometry.series.length > 1 ? 'radar multi' : 'radar'}
    part="radar"
    viewBox="0 0 ${width} ${height}"
    width=${width}
    height=${height}
    role="group"
    aria-label=${text.chartName}
  >
    <g transform="translate(${cx},${cy})">
      ${grid(geometry, text)}
      ${geometry.baseline ? marks(geometry.baseline, BASELINE_SHAPE, markerSize, 'baseline', 'baseline', isClosed(geometry.baseline)) : nothing}
      ${geometry.series.map((series, i) => marks(series, SERIES_SHAPES[i]!, markerSize, `series s${i + 1}`, `series series-${i + 1}`, isClosed(series)))}
      ${axes(geometry, text, active, handlers, lineHeight)}
    </g>
  </svg>`;
}

/** A legend glyph: a short line with the series' marker on it, the same marks the chart uses. */
export function glyph(shape: MarkerShape, className: string, markerSize: number): TemplateResult {
  return html`<svg class="glyph" viewBox="0 0 28 14" aria-hidden="true">
    <g class=${className}>
      <path class="line open" d="M1,7L27,7"></path>
      ${marker(shape, 14, 7, markerSize)}
    </g>
  </svg>`;
}

/**
 * A lazy chart's radar before it is drawn: the radar's height, so nothing moves when it draws, and for screen
 * readers the same group and list of areas (names and values, as labels) the radar's SVG gives them. Labels, not
 * text, so new data changes attributes only and lays nothing out again.
 */
export function radarPlaceholder(geometry: Geometry, text: TextModel): TemplateResult {
  return html`<div
    class="placeholder"
    role="group"
    aria-label=${text.chartName}
    ${cssomStyle({ height: `${geometry.height}px` })}
  >
    <div role="list" class="sr-only">
      ${text.axisNames.map((name) => html`<div role="listitem" aria-label=${name}></div>`)}
    </div>
  </div>`;
}
