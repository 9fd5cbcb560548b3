/**
 * What a page's platform may lack, with what the chart does instead: a DOM without `matchMedia` (jsdom, as app
 * tests run the chart), an engine without MutationObserver (and a console that throws: internal/tell.ts). The chart
 * then keeps drawing, with less: none of them is worth an uncaught error on the page.
 */

const NO_MATCH = {
  matches: false,
  addEventListener() {},
  removeEventListener() {},
} as unknown as MediaQueryList;

/** `view.matchMedia(query)`, or a query that never matches and never changes where there is none. */
export function mediaQuery(view: Window, query: string): MediaQueryList {
  return typeof view.matchMedia === 'function' ? view.matchMedia(query) : NO_MATCH;
}

/** A MutationObserver, or one that sees nothing where the engine has none: the chart then follows no changes. */
export function mutationObserver(callback: MutationCallback): MutationObserver {
  return typeof MutationObserver === 'function'
    ? new MutationObserver(callback)
    : ({ observe() {}, disconnect() {}, takeRecords: () => [] } as unknown as MutationObserver);
}
