/**
 * When a radar is drawn. A page of many charts draws the few in view: the browser skips rendering radars far off
 * screen (`content-visibility: auto`), and a `loading="lazy"` chart does not even build its radar until the
 * browser starts rendering it or focus enters it. Decided here, from plain facts, so it can be tested without a
 * browser.
 */

/**
 * Narrower than this (px), a radar is never skipped or left unbuilt: in boxes this small its labels may overflow
 * the radar's box, and the containment that comes with skipping would clip them.
 */
export const MIN_SKIPPABLE_WIDTH = 160;

/** Whether the browser may skip rendering the radar far off screen, at this width. */
export function maySkip(width: number): boolean {
  return width >= MIN_SKIPPABLE_WIDTH;
}

/**
 * Whether the radar's SVG is built now: always, unless the chart is lazy and has not yet come near the viewport
 * (or taken focus). A radar the browser may never skip (see {@link maySkip}) is built at once.
 */
export function radarBuilt(loading: unknown, near: boolean, width: number): boolean {
  return loading !== 'lazy' || near || !maySkip(width);
}

/**
 * Whether the list of areas stands beside the radar for screen readers: Chromium leaves content it skips out of
 * the accessibility tree, so while the radar is not drawn, or is skipped off screen, its values are listed as text.
 */
export function listsAreas(drawn: boolean, onScreen: boolean, width: number): boolean {
  return !drawn || (!onScreen && maySkip(width));
}
