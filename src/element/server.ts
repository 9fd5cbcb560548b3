import type { ChartFont } from '../model/chart.js';
import { lineHeightOf, SIZES } from '../model/layout.js';
import { estimator } from '../model/text-width.js';

/**
 * The content width (px) a chart is laid out at where nothing can be measured: on the server, and in the first
 * render of a chart hydrated from the server's HTML, which must repeat the server's render exactly. Its SVG
 * scales with its container (viewBox) until the browser measures the chart and lays it out at its own width.
 */
export const SERVER_WIDTH = 600;

/** The area names' font on the server, measured from shipped metrics (no canvas there). */
export const SERVER_FONT: ChartFont = Object.freeze({
  measure: estimator(SIZES.labelFontSize),
  size: SIZES.labelFontSize,
  lineHeight: lineHeightOf(SIZES.labelFontSize),
  markerSize: SIZES.markerSize,
});
