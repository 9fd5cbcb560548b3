/**
 * One ResizeObserver and one MutationObserver for every chart on the page, instead of one each: 290 charts on an
 * overview page then cost two observers. Module state, not globals: nothing is written to window.
 */
type Resizable = Element & { onResize(width: number): void };
type LangAware = Element & { onLangChange(): void };

let resizeObserver: ResizeObserver | undefined;
/** Which chart an observed element sizes. */
const owners = new WeakMap<Element, Resizable>();
const langWatchers = new Set<LangAware>();
let langObserver: MutationObserver | undefined;

/** Tells `owner` the content width of `target` now and whenever it changes. */
export function observeSize(target: Element, owner: Resizable): void {
  resizeObserver ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.contentBoxSize?.[0];
      owners.get(entry.target)?.onResize(box ? box.inlineSize : entry.contentRect.width);
    }
  });
  owners.set(target, owner);
  resizeObserver.observe(target);
}

export function unobserveSize(target: Element): void {
  resizeObserver?.unobserve(target);
  owners.delete(target);
}

/**
 * The `lang` of the nearest ancestor that has one, crossing shadow roots (a chart inside another component takes
 * that component's language), else the document's; '' when none is set.
 */
export function nearestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const next: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    if (next?.hasAttribute('lang')) return next.getAttribute('lang')!;
    node = next;
  }
  return document.documentElement.lang;
}

/** Follows `lang` changes anywhere above a chart (a page switching language), for charts without their own. */
export function watchLang(element: LangAware): void {
  langWatchers.add(element);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langWatchers.forEach((watcher) => watcher.onLangChange()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unwatchLang(element: LangAware): void {
  langWatchers.delete(element);
  if (langWatchers.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}
