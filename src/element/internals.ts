/**
 * The chart's internals, its role set: the host is the figure, named by {@link nameFigure}. The page's scheme is
 * kept in its custom states (page-scheme.ts).
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
 * Names the figure by its title, the heading inside it (or "Falkenberg e-profil"): a keyboard user tabbing to its
 * buttons hears which chart they belong to ("E-profil Falkenberg 2009, figur, Tabell"), where a page of six charts
 * had six alike "Tabell" buttons. No ID reference crosses the shadow boundary: the name is the heading's text.
 */
export function nameFigure(internals: ElementInternals | undefined, title: string | undefined): void {
  if (internals && internals.ariaLabel !== (title || null)) internals.ariaLabel = title || null;
}
