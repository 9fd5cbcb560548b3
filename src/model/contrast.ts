/** An sRGB colour with 0–255 channels and 0–1 alpha. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** WCAG 2.1 relative luminance of an opaque sRGB colour. */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.1 contrast ratio (1 to 21) between two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A colour over an opaque background, as the eye sees it (so a translucent author colour is judged fairly). */
export function over(top: Rgba, background: Rgba): Rgba {
  const mix = (a: number, b: number) => a * top.a + b * (1 - top.a);
  return { r: mix(top.r, background.r), g: mix(top.g, background.g), b: mix(top.b, background.b), a: 1 };
}

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

/** Ratios shown with two decimals, truncated, so 2.996 never reads as "3.00" and passes on paper. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
