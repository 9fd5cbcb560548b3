/**
 * The chart's internals, its role set: the host is the figure. It has no name of its own: its title is the heading
 * inside it, and a chart that cannot be drawn says why in its message, so each is heard once. The page's
 * scheme is kept in its custom states (page-scheme.ts).
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
