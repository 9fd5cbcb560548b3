/** Headings of a page: HTML's, and elements given the heading role with a level. */
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"][aria-level]';

/**
 * The level a chart's heading takes in the page's outline when the author gives none: one below the nearest heading
 * before it in its document or shadow root (h2 under an h1, h3 under an h2), or 2 when there is none above it (a
 * page's h1 is its title). Read once when the chart is connected: headings above a chart seldom change.
 */
export function levelAfterPreceding(element: Element): number {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!('querySelectorAll' in root)) return 2;
  let level = 0;
  for (const heading of root.querySelectorAll(HEADINGS)) {
    // Headings come in document order: stop at the first one that is not before the chart.
    if (!(heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (heading.contains(element)) continue;
    level = Number(heading.getAttribute('aria-level')) || Number(heading.tagName.slice(1)) || level;
  }
  return level ? Math.min(6, level + 1) : 2;
}

/**
 * The level an author's `heading-level` gives, rounded into 1–6; undefined for none (absent, 0, not a number), where
 * the page's outline decides ({@link levelAfterPreceding}).
 */
export function givenLevel(value: unknown): number | undefined {
  const level = Math.round(Number(value));
  return level ? Math.min(6, Math.max(1, level)) : undefined;
}
