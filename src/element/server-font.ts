/**
 * Sets the font charts are laid out with where no canvas can measure (element/server.ts). A module of its own so
 * that `eprofile-radar/ssr` can import it before the element is defined: a chart upgraded then reads it at once.
 */
import { lineHeightOf, SIZES } from '../model/layout.js';
import { fontMeasure } from '../model/font-metrics.js';
import { setServerFont } from './server.js';

setServerFont(
  Object.freeze({
    measure: fontMeasure(SIZES.labelFontSize),
    size: SIZES.labelFontSize,
    lineHeight: lineHeightOf(SIZES.labelFontSize),
    markerSize: SIZES.markerSize,
  }),
);
