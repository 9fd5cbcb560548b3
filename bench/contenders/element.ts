import type { EprofileRadar } from '../../src/element/radar-element.js';
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
  settled: (chart) => chart.updateComplete,
};

/** The chart's radar is drawn, or it is out of the first viewport and its radar's height is reserved. */
function shown(chart: EprofileRadar): boolean {
  const root = chart.shadowRoot;
  if (chart.isUpdatePending || !root) return false;
  if (root.querySelector('svg.radar .series path.line')) return true;
  const placeholder = root.querySelector<HTMLElement>('.placeholder');
  return !!placeholder?.style.height && chart.getBoundingClientRect().top >= innerHeight;
}

/**
 * The same element with `loading="lazy"`, as a page of 290 charts would use it. Drawn means: every chart in the
 * first viewport has drawn its radar (as above), and every other chart has rendered its shell with the radar's
 * height reserved (the page's final height). Charts further down draw only when scrolled near, which the
 * benchmark does not do.
 */
export const lazy: Contender<EprofileRadar> = {
  draw(container, data) {
    const chart = element.draw(container, data);
    chart.loading = 'lazy';
    return chart;
  },
  update: element.update,
  drawn: (_container, chart) => shown(chart),
  settled: element.settled,
};
