import { mutationObserver } from './platform.js';

/** Headings of a page: HTML's, and elements given the heading role with a level. */
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"][aria-level]';

/** A root's headings as last read, and what tells that they changed since. */
interface Outline {
  headings: Element[];
  changes: MutationObserver;
  stale: boolean;
}
const outlines = new WeakMap<Node, Outline>();

const isHeading = (node: Node): boolean =>
  node.nodeType === Node.ELEMENT_NODE &&
  ((node as Element).matches(HEADINGS) || !!(node as Element).querySelector(HEADINGS));
const movesHeadings = (records: MutationRecord[]): boolean =>
  records.some(
    (record) =>
      record.type === 'attributes' || [...record.addedNodes, ...record.removedNodes].some((node) => isHeading(node)),
  );

/**
 * A root's headings in document order, read once for every chart connected in the same task: read per chart, an
 * overview page was searched once per chart (quadratic; about 3 % of drawing its charts). A change that adds,
 * removes or re-levels a heading (a page's script writing "h2, chart, h3, chart" in one task) reads them again.
 */
function headingsOf(root: Document | ShadowRoot): Element[] {
  const kept = outlines.get(root);
  if (kept && !kept.stale && !movesHeadings(kept.changes.takeRecords())) return kept.headings;
  kept?.changes.disconnect();
  const outline: Outline = {
    headings: [...root.querySelectorAll(HEADINGS)],
    changes: mutationObserver((records) => (outline.stale ||= movesHeadings(records))),
    stale: false,
  };
  outline.changes.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['role', 'aria-level'],
  });
  outlines.set(root, outline);
  // Kept for this task only: observing a page's every change for longer would cost it for nothing.
  setTimeout(() => {
    outline.changes.disconnect();
    if (outlines.get(root) === outline) outlines.delete(root);
  });
  return outline.headings;
}

/**
 * The level a chart's heading takes in the page's outline when the author gives none: one below the nearest heading
 * before it in its document or shadow root (h2 under an h1, h3 under an h2), or 2 when there is none above it (a
 * page's h1 is its title). Read once when the chart is connected: headings above a chart seldom change.
 */
export function levelAfterPreceding(element: Element): number {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!('querySelectorAll' in root)) return 2;
  const headings = headingsOf(root);
  // Headings in document order: those before the chart (its ancestors among them) come first; find where they end.
  let [low, high] = [0, headings.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (headings[middle]!.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= 0; i--) {
    const heading = headings[i]!;
    if (heading.contains(element)) continue;
    const level = Number(heading.getAttribute('aria-level')) || Number(heading.tagName.slice(1));
    if (level) return Math.min(6, level + 1);
  }
  return 2;
}

/**
 * The level an author's `heading-level` gives, rounded into 1–6; undefined for none (absent, 0, not a number), where
 * the page's outline decides ({@link levelAfterPreceding}).
 */
export function givenLevel(value: unknown): number | undefined {
  const level = Math.round(Number(value));
  return level ? Math.min(6, Math.max(1, level)) : undefined;
}
