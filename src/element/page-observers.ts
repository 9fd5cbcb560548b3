import { clearMeasurements } from './measure.js';
import { darkQuery, followPageScheme } from './page-scheme.js';
import { mutationObserver } from './platform.js';
import { tell } from '../internal/tell.js';

// One observer of each kind for every chart on the page, instead of one each: an overview page of many charts
// then costs a few observers, not a thousand. Module state, not globals: nothing is written to window.

/** What an observed element's chart does with its width, and where its drawing is (for its height on paper). */
export interface Sized {
  resize(width: number, printed?: Printed): void;
  drawing(): Element | null;
}

/** Printing: how high the chart's drawing is in the page laid out for paper (px), read before any chart changes. */
export interface Printed {
  height: number | undefined;
}

/**
 * One ResizeObserver per window: a chart moved into an iframe or a popup is observed by that window's observer,
 * which follows that document's layout (the page's own would report it in the wrong frame's loop, as errors).
 */
const resizeObservers = new WeakMap<Window, ResizeObserver>();
/** The observer each observed element has, to leave it from whichever document it is in by then. */
const observedBy = new WeakMap<Element, ResizeObserver>();
/** Each observed element's chart (one object, its methods: no closure per chart). */
const owners = new WeakMap<Element, Sized>();
/** Each observed text sample's chart, and the sample's width when last reported. */
const samples = new WeakMap<Element, { owner: { fonts(): void }; width?: number }>();
const langWatchers = new Map<Element, () => void>();
let langObserver: MutationObserver | undefined;

/** The observed elements, for the print media listener to read again. */
const sized = new Set<Element>();
/** The windows whose print media the charts follow. */
const printing = new WeakSet<Window>();

/**
 * Calls `owner.resize` with the content width of `target` now and whenever it changes, printing included: where the
 * browser lays the page out for paper before it tells the print media query's listeners (Chromium), the chart may
 * be laid out at its width on paper (see sizing.ts), told how high its `drawing()` is there, and at its screen
 * width again after.
 */
export function observeSize(target: Element, owner: Sized): void {
  const observer = resizeObserverFor(target);
  owners.set(target, owner);
  sized.add(target);
  const view = target.ownerDocument.defaultView;
  if (view && !printing.has(view) && typeof view.matchMedia === 'function') {
    printing.add(view);
    // Before printing, in every browser: a lazy chart not yet built is built, or it printed as an empty box.
    view.addEventListener('beforeprint', () => readAgain(view, true));
    view.matchMedia('print').addEventListener('change', (event) => readAgain(view, event.matches));
  }
  if (observer) {
    observedBy.set(target, observer);
    observer.observe(target);
  }
  // The first width is read before the frame renders, not left to the observer's first callback: Chromium
  // measures layout shift between the layout before that callback and the one after, so a chart drawn there
  // shifts everything below it (ten charts on a phone: CLS 0.3). Charts connected in one task are read together,
  // all reads before any update, so a page of many charts costs one layout here, not one each; and the charts have
  // drawn nothing yet but their sizers, so that layout is cheap.
  if (pending.push(target) === 1) queueMicrotask(readPending);
}

/** Reads the width of every chart in `view` again, for paper (`print`) or for the screen. */
function readAgain(view: Window, print: boolean): void {
  for (const each of sized) if (each.ownerDocument.defaultView === view) pending.push(each);
  readPending(print);
}

let pending: Element[] = [];
/** The width a chart takes where the browser cannot tell it its own (no ResizeObserver, no width yet). */
const FIXED_WIDTH = 480;
let saidNoObserver = false;

function readPending(print = false): void {
  const targets = pending;
  pending = [];
  // Without an observer this is the only width a chart gets: a hidden one is drawn at a fixed width, not blank.
  const widths = targets.map((target) =>
    !target.isConnected ? 0 : target.getBoundingClientRect().width || (observedBy.has(target) ? 0 : FIXED_WIDTH),
  );
  // The browser counts the pages from the layout it has when it tells the listeners: every height is read before
  // any chart changes it, in that one layout.
  const heights = targets.map((target) => (print ? owners.get(target)?.drawing()?.getBoundingClientRect().height : 0));
  targets.forEach((target, i) => {
    if (target.isConnected) owners.get(target)?.resize(widths[i]!, print ? { height: heights[i] } : undefined);
  });
}

/**
 * The samples whose width changed, their charts laid out again together at the next frame: within the observer's
 * callback, deeper than the sizers, a chart that grew would be reported again where the observer no longer looks
 * ("ResizeObserver loop" errors on the page); and one frame for all reads every chart's font in one layout before
 * any of them renders, where a frame each laid the page out once per chart. A chart gone by then is left alone.
 */
const resampled = new Set<Element>();

function readSamples(): void {
  const targets = [...resampled];
  resampled.clear();
  for (const target of targets) samples.get(target)?.owner.fonts();
}

/**
 * Calls `owner.fonts` whenever the width of `sample`, a text in the labels' font, changes: the page's styles
 * changed what the labels' names measure, which inherits into the chart and which no event announces.
 */
export function observeText(sample: Element, owner: { fonts(): void }): void {
  const observer = resizeObserverFor(sample);
  if (!observer) return;
  samples.set(sample, { owner });
  observedBy.set(sample, observer);
  observer.observe(sample);
}

export function unobserveSize(target: Element): void {
  sized.delete(target);
  observedBy.get(target)?.unobserve(target);
  observedBy.delete(target);
  owners.delete(target);
  samples.delete(target);
}

/** The observer of the window `target` is in, or undefined (and one console message) where there is none. */
function resizeObserverFor(target: Element): ResizeObserver | undefined {
  const view = target.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Observer = view?.ResizeObserver;
  if (view && typeof Observer === 'function') {
    let observer = resizeObservers.get(view);
    if (!observer) {
      observer = new Observer((entries) => {
        for (const entry of entries) {
          const box = entry.contentBoxSize?.[0];
          const width = box ? box.inlineSize : entry.contentRect.width;
          const sample = samples.get(entry.target);
          if (!sample) {
            owners.get(entry.target)?.resize(width);
            continue;
          }
          // A sample of the labels' text: the first report is its width when observed; a later change means a new
          // font, size or spacing (a reader's text-spacing bookmarklet, a page's late stylesheet).
          const before = sample.width;
          sample.width = width;
          if (before === undefined || before === width) continue;
          // The frame of the window the chart is in (an iframe, a popup).
          if (resampled.size === 0)
            (entry.target.ownerDocument.defaultView ?? window).requestAnimationFrame(readSamples);
          resampled.add(entry.target);
        }
      });
      resizeObservers.set(view, observer);
    }
    return observer;
  }
  if (!saidNoObserver) {
    saidNoObserver = true;
    tell(
      'warn',
      `this browser has no ResizeObserver; charts are drawn at the width they first have (${FIXED_WIDTH} px if none) and do not follow later changes.`,
    );
  }
  return undefined;
}

let childObserver: MutationObserver | undefined;
const childWatchers = new Map<Node, () => void>();

/**
 * Calls `onChange` when anything in `element`'s light DOM changes (an author's `<table>` edited, or parsed after the
 * element was upgraded). One MutationObserver for every chart: each record names the chart it came from by its target's
 * ancestry. Observing a node again only replaces its options, so a chart moved around the page is not observed twice; a
 * chart taken out is left out of the set, and its records are dropped.
 */
export function watchChildren(element: Element, onChange: () => void): void {
  childObserver ??= mutationObserver((records) => {
    const changed = new Set<() => void>();
    for (const record of records)
      for (let node: Node | null = record.target; node; node = node.parentNode) {
        const callback = childWatchers.get(node);
        if (callback) changed.add(callback);
      }
    changed.forEach((callback) => callback());
  });
  childWatchers.set(element, onChange);
  childObserver.observe(element, { childList: true, subtree: true, characterData: true });
}

export function unwatchChildren(element: Element): void {
  childWatchers.delete(element);
}

const fontWatchers = new Map<object, { fonts(): void }>();

/** Tells every chart when the page's web fonts finish loading (label widths change): one listener for all. */
export function watchFonts(chart: object, owner: { fonts(): void }): void {
  if (fontWatchers.size === 0) document.fonts?.addEventListener('loadingdone', fontsLoaded);
  fontWatchers.set(chart, owner);
}

export function unwatchFonts(chart: object): void {
  fontWatchers.delete(chart);
  if (fontWatchers.size === 0) document.fonts?.removeEventListener('loadingdone', fontsLoaded);
}

function fontsLoaded(): void {
  clearMeasurements();
  fontWatchers.forEach((owner) => owner.fonts());
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
  return element.ownerDocument.documentElement.lang;
}

/** The documents and shadow roots whose `lang` changes the observer follows. */
let langRoots = new WeakSet<Node>();

/**
 * Follows `lang` changes anywhere above a chart (a page switching language), for charts without their own: in its
 * document and in every shadow root it sits in (a chart inside another component), which a document's observer
 * does not see into.
 */
export function watchLang(element: Element, onChange: () => void): void {
  langWatchers.set(element, onChange);
  langObserver ??= mutationObserver(() => langWatchers.forEach((callback) => callback()));
  for (let root = element.getRootNode(); !langRoots.has(root);) {
    langRoots.add(root);
    const host = (root as ShadowRoot).host;
    langObserver.observe(host ? root : ((root as Document).documentElement ?? root), {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    if (!host) break;
    root = host.getRootNode();
  }
}

export function unwatchLang(element: Element): void {
  langWatchers.delete(element);
  if (langWatchers.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
    langRoots = new WeakSet();
  }
}

const schemeWatchers = new Map<Element, ElementInternals | undefined>();
let schemeObserver: MutationObserver | undefined;
/** The documents whose scheme the observer and a media query listener follow. */
let schemeDocuments = new Set<Document>();
const readScheme = (): void => schemeWatchers.forEach((internals, chart) => followPageScheme(chart, internals));
/**
 * A change that may change the scheme: an attribute of `<html>` or `<body>`, a meta tag's `content`, or a meta tag
 * added or taken out of the head; not the scripts and styles a page adds there.
 */
const isMeta = (node: Node) => node.nodeName === 'META';
const schemeChanged = (records: MutationRecord[]): boolean =>
  records.some((record) => record.type === 'attributes' || [...record.addedNodes, ...record.removedNodes].some(isMeta));

/**
 * Follows a page's colour scheme as it changes: a theme control setting a class, a data attribute or a style on
 * `<html>` or `<body>`, the `<meta name="color-scheme">` in its head, or the reader's own setting (which a page
 * listing both schemes follows). One observer and one listener for every chart, which read each chart's scheme
 * again (one style calculation for all). No callback per chart: the charts hold no closure for it.
 */
export function watchScheme(element: Element, internals: ElementInternals | undefined): void {
  schemeWatchers.set(element, internals);
  schemeObserver ??= mutationObserver((records) => {
    if (schemeChanged(records)) readScheme();
  });
  const document = element.ownerDocument;
  const view = document.defaultView;
  if (schemeDocuments.has(document) || !view) return;
  schemeDocuments.add(document);
  for (const target of [document.documentElement, document.body])
    if (target) schemeObserver.observe(target, { attributes: true });
  if (document.head)
    schemeObserver.observe(document.head, { childList: true, subtree: true, attributeFilter: ['content'] });
  darkQuery(view).addEventListener('change', readScheme);
}

export function unwatchScheme(element: Element): void {
  schemeWatchers.delete(element);
  if (schemeWatchers.size === 0) {
    schemeObserver?.disconnect();
    schemeObserver = undefined;
    for (const document of schemeDocuments)
      if (document.defaultView) darkQuery(document.defaultView).removeEventListener('change', readScheme);
    schemeDocuments = new Set();
  }
}
