/**
 * The chart's internals, its role set: the host is the figure. It has no name of its own: its title is the heading
 * inside it, and a chart that cannot be drawn says why in its message, so each is heard once. Also where the
 * chart's state for the page's scheme is kept (below).
 */
export function figureInternals(host: HTMLElement): ElementInternals | undefined {
  try {
    const internals = host.attachInternals();
    internals.role = 'figure';
    return internals;
  } catch {
    return undefined; // an engine without ElementInternals: the heading still titles the chart
  }
}

/**
 * Whether a chart whose theme is auto may follow the reader's dark setting: only where the page supports a dark
 * scheme, its `color-scheme` naming `dark` (`<meta name="color-scheme" content="light dark">`, or
 * `:root { color-scheme: light dark }`), as the browser's own form controls and scrollbars do. On a page made for
 * light only, a dark chart was a black box in a white article. Read from the chart's parent, whose value the chart
 * inherits (the chart's own rules set its scheme, so reading the chart would read back what it decided).
 *
 * The answer is the custom state `dark-page`, which the automatic dark rules require (radar.styles.ts). An engine
 * without custom states keeps a chart whose theme is auto light, which every page can read.
 */
export function followPageScheme(host: Element, internals: ElementInternals | undefined): void {
  const parent = host.parentElement ?? ((host.getRootNode() as ShadowRoot).host as Element | undefined);
  const dark = !!parent && /\bdark\b/.test(getComputedStyle(parent).colorScheme ?? '');
  // The state set is made on first use: a page made for light only never makes one for its 290 charts.
  if (!internals || dark === darkPages.has(internals)) return;
  try {
    if (dark) internals.states.add('dark-page');
    else internals.states.delete('dark-page');
  } catch {
    return; // no custom states, or only the older `--name` ones: the chart stays light
  }
  if (dark) darkPages.add(internals);
  else darkPages.delete(internals);
}

/** The charts (their internals) whose page supports dark now. */
const darkPages = new WeakSet<ElementInternals>();
