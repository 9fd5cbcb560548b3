import { html, svg, type TemplateResult } from 'lit';
import { cached } from '../internal/cache.js';
import { BASELINE_SHAPE, markerPath, SERIES_CLASSES, SERIES_SHAPES, type MarkerShape } from '../model/markers.js';
import { renderMaster } from './master.js';

/**
 * The markers every series draws at its values, as SVG `<marker>`s: a series line names its marker in the styles
 * (`marker: url(#m-s1)`) and the browser draws it at each of the line's points, as the line moves too. So a chart
 * holds no path data for its markers, and the legend's and the hover box's glyphs name the same markers. They
 * are defined once in each chart's shadow root (an id reaches no further), in a hidden SVG of their own, so the
 * legend has them whether or not the radar is drawn. Each marker wears its series' class: the styles colour it.
 */
const masters = new Map<string, Element>();

/** The marker definitions for `series` series (and a comparison), `size` px wide: a chart's, or a master's. */
export function markerDefsTemplate(series: number, baseline: boolean, size: number): TemplateResult {
  const marker = (id: string, className: string, shape: MarkerShape) =>
    svg`<marker id=${id} class=${className} markerUnits="userSpaceOnUse" markerWidth="1" markerHeight="1" overflow="visible">
      <path class="marker ${shape}" d=${markerPath(shape, 0, 0, size)}></path>
    </marker>`;
  return html`<svg class="marker-defs" aria-hidden="true" width="0" height="0">
    <defs>
      ${SERIES_SHAPES.slice(0, series).map((shape, i) => marker(`m-s${i + 1}`, SERIES_CLASSES[i]!, shape))}
      ${baseline ? marker('m-b', 'baseline', BASELINE_SHAPE) : ''}
    </defs>
  </svg>`;
}

function master(series: number, baseline: boolean, size: number): Element {
  return renderMaster(markerDefsTemplate(series, baseline, size));
}

/** A copy of the marker definitions for a chart with `series` series (and a comparison), `size` px wide. */
export function cloneMarkerDefs(series: number, baseline: boolean, size: number): Element {
  const defs = cached(masters, `${series} ${baseline} ${size}`, () => master(series, baseline, size));
  return defs.cloneNode(true) as Element;
}
