import type { Rgb } from './colour.js';

/** Minimum contrast by what a token colours: text 4.5:1 (WCAG 1.4.3), lines, marks and focus 3:1 (1.4.11). */
export const TEXT_CONTRAST = 4.5;
export const GRAPHIC_CONTRAST = 3;

/** The colour tokens the chart draws with, the public name an author sets, and the contrast each one needs. */
export const COLOR_TOKENS: readonly { token: string; property: string; minimum: number }[] = [
  { token: '--_text', property: '--eprofile-text-color', minimum: TEXT_CONTRAST },
  { token: '--_muted', property: '--eprofile-muted-color', minimum: TEXT_CONTRAST },
  { token: '--_series-1', property: '--eprofile-series-1', minimum: GRAPHIC_CONTRAST },
  { token: '--_series-2', property: '--eprofile-series-2', minimum: GRAPHIC_CONTRAST },
  { token: '--_series-3', property: '--eprofile-series-3', minimum: GRAPHIC_CONTRAST },
  { token: '--_series-4', property: '--eprofile-series-4', minimum: GRAPHIC_CONTRAST },
  { token: '--_baseline', property: '--eprofile-baseline-color', minimum: GRAPHIC_CONTRAST },
  { token: '--_grid', property: '--eprofile-grid-color', minimum: GRAPHIC_CONTRAST },
  { token: '--_focus', property: '--eprofile-focus-color', minimum: GRAPHIC_CONTRAST },
];

/** A colour with opacity `alpha` over an opaque background, as the eye sees it (a translucent colour judged fairly). */
export function over(top: Rgb, alpha: number, background: Rgb): Rgb {
  return top.map((c, i) => c * alpha + background[i]! * (1 - alpha)) as unknown as Rgb;
}

/** Ratios shown with two decimals, truncated, so 2.996 never reads as "3.00:1" and passes on paper. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
