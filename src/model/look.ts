import { SIZES } from './layout.js';

/**
 * The chart's look as plain values, for drawings made outside the shadow DOM's CSS: the SVG export reads them
 * from the live element (so author overrides carry over), the static renderer takes a theme's defaults. The
 * default colours here are the one source: radar.styles.ts builds its private tokens from them.
 */
export interface Look {
  /** Colours of series 1–4. */
  series: string[];
  baseline: string;
  grid: string;
  text: string;
  muted: string;
  background: string;
  fillOpacity: number;
  lineWidth: number;
  gridWidth: number;
  markerSize: number;
  fontFamily: string;
  /** Base text (the takeaway), area names and legend, heading: px. */
  fontSize: number;
  labelFontSize: number;
  headingFontSize: number;
}

/**
 * The font of drawings that cannot inherit the page's or measure it (the static renderer, server rendering): laid
 * out with DejaVu Sans's metrics (model/font-metrics.ts), so each font after it must be no wider, or a label would
 * run past the box it was given. Linux desktops mostly have DejaVu Sans (or Bitstream Vera Sans, the same Latin
 * metrics): names wrap exactly as the element wraps them in it. Windows and macOS have neither, but both have
 * Tahoma: on every area name, legend, takeaway and source line 7 % narrower or more (13 % typically), so the lines
 * break in the same places and end a little short; its one wider word is "IT" (0.7 px at 12 px). Not Verdana,
 * though it looks closest: up to 5 % wider on a line ("IT-plattform"), more than a full-width line's 8 px padding.
 * Elsewhere (iOS, Android, a Linux without DejaVu) the generic sans-serif: Helvetica, Arial or Liberation Sans,
 * Roboto, Noto Sans, each at least 3 % narrower on those lines (figures: the fonts' own metrics, compared once).
 */
export const STATIC_FONT = "'DejaVu Sans', 'Bitstream Vera Sans', Tahoma, sans-serif";

const sizes = {
  lineWidth: 2.5,
  gridWidth: 1,
  markerSize: SIZES.markerSize,
  fontFamily: STATIC_FONT,
  fontSize: 15,
  labelFontSize: SIZES.labelFontSize,
  headingFontSize: 18,
};

export const LIGHT: Look = {
  series: ['#0064c8', '#ce5600', '#008f64', '#a4407f'],
  baseline: '#515151',
  grid: '#8c8c8c',
  text: '#1b1b1b',
  muted: '#545454',
  background: '#ffffff',
  fillOpacity: 0.12,
  ...sizes,
};

export const DARK: Look = {
  series: ['#69c8ff', '#ef9f2d', '#3fac7d', '#c287b9'],
  baseline: '#b4b4b4',
  grid: '#7c7c7c',
  text: '#f1f1f1',
  muted: '#c4c4c4',
  background: '#161616',
  fillOpacity: 0.18,
  ...sizes,
};

/** The private token each colour of a {@link Look} comes from, for reading them off a live element. */
export const LOOK_TOKENS = {
  series: ['--_series-1', '--_series-2', '--_series-3', '--_series-4'],
  baseline: '--_baseline',
  grid: '--_grid',
  text: '--_text',
  muted: '--_muted',
  background: '--_background',
  fillOpacity: '--_fill-opacity',
} as const;
