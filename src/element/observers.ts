import type { ReactiveController, ReactiveElement } from 'lit';
import {
  observeSize,
  type Printed,
  unobserveSize,
  unwatchChildren,
  unwatchFonts,
  unwatchLang,
  unwatchScheme,
  watchChildren,
  watchFonts,
  watchLang,
  watchScheme,
} from './page-observers.js';

/** What a chart does when its page changes around it. */
export interface PageChanges {
  /**
   * Its content width changed (px): read while layout is clean, before the frame renders (and the page's scheme
   * with it); `printed` when the page is about to print, or laid out for paper, with the height of its drawing.
   */
  resize(width: number, printed?: Printed): void;
  /** The element its drawing is in, whose height on paper the browser has counted pages with. */
  drawing(): Element | null;
  /** A `lang` above it changed. */
  lang(): void;
  /** Its light DOM changed (an author's `<table>`). */
  children(): void;
  /** The page's web fonts finished loading: label widths change. */
  fonts(): void;
}

/**
 * The page-wide observers (page-observers.ts) a chart follows while it is connected: its width, the page's
 * language and colour scheme, its own light DOM and web fonts. On connecting, the language and the light DOM are
 * read at once; the scheme with the width, which all the charts connected in one task read in one layout.
 */
export class ObserversController implements ReactiveController {
  #sized?: Element;

  constructor(
    private readonly host: ReactiveElement,
    /** Where the chart keeps its state for the page's colour scheme (page-scheme.ts), followed while connected. */
    private readonly internals: ElementInternals | undefined,
    /** The element whose width is the chart's: a sizer whose height never changes with the drawing. */
    private readonly sizer: () => Element | null,
    private readonly on: PageChanges,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.host, this.on.lang);
    watchChildren(this.host, this.on.children);
    watchFonts(this.host, this.on.fonts);
    watchScheme(this.host, this.internals);
    this.#observe();
    this.on.lang();
    this.on.children();
  }

  /**
   * The sizer exists from the first render on. It is observed, not the host: the host's height changes when the
   * chart draws, and observing it would re-notify in the same frame ("ResizeObserver loop" errors on the page).
   */
  hostUpdated(): void {
    // The first render's sizer, or a new one where the chart was rendered afresh (a server's HTML it could not
    // take over, whose sizer it observed from the start).
    if (!this.#sized?.isConnected) this.#observe();
  }

  hostDisconnected(): void {
    unwatchLang(this.host);
    unwatchChildren(this.host);
    unwatchFonts(this.host);
    unwatchScheme(this.host);
    if (this.#sized) unobserveSize(this.#sized);
    this.#sized = undefined;
  }

  /** Only while connected: a chart removed before its first render must not stay observed (and alive) forever. */
  #observe(): void {
    const sizer = this.host.isConnected ? this.sizer() : null;
    if (!sizer) return;
    if (this.#sized) unobserveSize(this.#sized);
    this.#sized = sizer;
    observeSize(sizer, this.on.resize, this.on.drawing);
  }
}
