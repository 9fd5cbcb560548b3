import type { EprofileRadar } from '../../src/radar-element.js';
import type { Contender } from './types.js';

/**
 * `<eprofile-radar>` from dist/eprofile-radar.js (loaded by the page before this glue runs). Drawn means: its
 * shadow root holds the radar's SVG with the series path in it, and lit has no update pending. The element
 * renders a shell first (a placeholder, no SVG) and draws the SVG only once the shared ResizeObserver has reported
 * its width, so an SVG is always at the final width.
 */
export const element: Contender<EprofileRadar> = {
  draw(container, data) {
    const chart = document.createElement('eprofile-radar');
    chart.setAttribute('lang', 'sv');
    chart.setAttribute('label', data.label);
    chart.setAttribute('heading', `E-profil ${data.label}`);
    chart.scores = data.scores;
    chart.baseline = data.baseline;
    container.append(chart);
    return chart;
  },
  update(chart, data) {
    chart.scores = data.scores;
    chart.baseline = data.baseline;
  },
  drawn: (_container, chart) =>
    !chart.isUpdatePending && !!chart.shadowRoot?.querySelector('svg.radar .series path.line'),
};
