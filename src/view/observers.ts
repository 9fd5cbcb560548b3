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
  // The first width is read before the frame renders, not left to the observer's first callback: Chromium
  // measures layout shift between the layout before that callback and the one after, so a chart drawn there
  // shifts everything below it (ten charts on a phone: CLS 0.3). Charts connected in one task are read together,
  // all reads before any update, so a page of 290 charts costs one layout here, not 290.
  if (pending.push(target) === 1) queueMicrotask(readPending);
}

let pending: Element[] = [];

function readPending(): void {
  const targets = pending;
  pending = [];
  const widths = targets.map((target) => (target.isConnected ? target.getBoundingClientRect().width : 0));
  targets.forEach((target, i) => {
    if (widths[i]! > 0) owners.get(target)?.onResize(widths[i]!);
  });
}

export function unobserveSize(target: Element): void {
  resizeObserver?.unobserve(target);
  owners.delete(target);
}

type Lazy = Element & { onNear(): void };
let nearObserver: IntersectionObserver | undefined;

/**
 * Tells `element` once when it comes within about one viewport of being visible (a lazy chart then draws), and
 * stops watching it. One IntersectionObserver for every lazy chart on the page.
 */
export function observeNear(element: Lazy): void {
  nearObserver ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearObserver!.unobserve(entry.target);
        (entry.target as Lazy).onNear();
      }
    },
    { rootMargin: '100% 0px' },
  );
  nearObserver.observe(element);
}

export function unobserveNear(element: Element): void {
  nearObserver?.unobserve(element);
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
