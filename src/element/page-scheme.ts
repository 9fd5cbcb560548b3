import { mediaQuery } from './platform.js';

/**
 * The scheme a page is in, as the browser decides it for its own form controls and scrollbars: the scheme its
 * `color-scheme` lists (the property, else `<meta name="color-scheme">`), the reader's own when both are listed,
 * light when none is (`normal`: a page made for light only). A chart whose theme is auto takes it: on a page made
 * for light only, a chart following the reader's dark setting was a black box in a white article, and on a page
 * switched to dark by its own theme control it stays in step whatever the reader's setting.
 */
export function usedScheme(specified: string, meta: string, readerDark: boolean): 'light' | 'dark' {
  const listed = (text: string) =>
    text
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => word === 'light' || word === 'dark');
  const own = listed(specified);
  const schemes = own.length > 0 ? own : listed(meta);
  const preferred = readerDark ? 'dark' : 'light';
  return schemes.includes(preferred) ? preferred : schemes[0] === 'dark' ? 'dark' : 'light';
}

/** The reader's setting, one query per window. */
const readerDark = new WeakMap<Window, MediaQueryList>();
export function darkQuery(view: Window): MediaQueryList {
  let query = readerDark.get(view);
  if (!query) readerDark.set(view, (query = mediaQuery(view, '(prefers-color-scheme: dark)')));
  return query;
}

/**
 * Gives a chart the custom state `dark-page` while its page is dark ({@link usedScheme}), which the automatic dark
 * rules require (radar.styles.ts). Read from the chart's parent, whose `color-scheme` the chart inherits (the
 * chart's own rules set its scheme, so reading the chart would read back what it decided), and the document's
 * meta tag. An engine without custom states keeps a chart whose theme is auto light, which every page can read.
 */
export function followPageScheme(host: Element, internals: ElementInternals | undefined): void {
  const document = host.ownerDocument;
  const view = document.defaultView;
  if (!internals || !view) return;
  const parent = host.parentElement ?? ((host.getRootNode() as ShadowRoot).host as Element | undefined);
  const specified = parent ? (getComputedStyle(parent).colorScheme ?? '') : '';
  const meta = document.head?.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  const dark = usedScheme(specified, meta, darkQuery(view).matches) === 'dark';
  // The state set is made on first use: a light page never makes one for its charts.
  if (dark === darkPages.has(internals)) return;
  try {
    if (dark) internals.states.add('dark-page');
    else internals.states.delete('dark-page');
  } catch {
    return; // no custom states, or only the older `--name` ones: the chart stays light
  }
  if (dark) darkPages.add(internals);
  else darkPages.delete(internals);
}

/** The charts (their internals) whose page is dark now. */
const darkPages = new WeakSet<ElementInternals>();
