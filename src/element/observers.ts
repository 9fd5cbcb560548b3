import type { ReactiveController, ReactiveElement } from 'lit';
import {
  observeSize,
  observeText,
  type Sized,
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

/**
 * What a chart is laid out at changes (sizing.ts): its content width, read while layout is clean, before the frame
 * renders (and the page's scheme with it), and for paper with the height of its `drawing()` when the page prints
 * (page-observers.ts, `Sized`); or the page's web fonts finished loading, and label widths change.
 */
export interface SizeChanges extends Sized {
  fonts(): void;
}

/** What else a chart does when its page changes around it. */
export interface PageChanges {
  /** A `lang` above it changed. */
  lang(): void;
  /** Its light DOM changed (an author's `<table>`). */
  children(): void;
}

/**
 * The page-wide observers (page-observers.ts) a chart follows while it is connected: its width, the page's
 * language and colour scheme, its own light DOM and web fonts. On connecting, the language and the light DOM are
 * read at once; the scheme with the width, which all the charts connected in one task read in one layout.
 */
export class ObserversController implements ReactiveController {
  #sized?: Element;
  #sample?: Element;

  constructor(
    private readonly host: ReactiveElement,
    /** Where the chart keeps its state for the page's colour scheme (page-scheme.ts), followed while connected. */
    private readonly internals: ElementInternals | undefined,
    /**
     * Where the chart's sizer and text sample are (its render root): the sizer's width is the chart's, and its
     * height never changes with the drawing; the sample is a text in the labels' font.
     */
    private readonly root: () => ParentNode,
    /** What the chart is laid out at (sizing.ts): told of its width, the page's printing and web fonts. */
    private readonly size: SizeChanges,
    private readonly on: PageChanges,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.host, this.on.lang);
    watchChildren(this.host, this.on.children);
    watchFonts(this.host, this.size);
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
    if (this.#sample) unobserveSize(this.#sample);
    this.#sized = this.#sample = undefined;
  }

  /** Only while connected: a chart removed before its first render must not stay observed (and alive) forever. */
  #observe(): void {
    const root = this.root();
    const sizer = this.host.isConnected ? root.querySelector('.sizer') : null;
    if (!sizer) return;
    if (this.#sized) unobserveSize(this.#sized);
    if (this.#sample) unobserveSize(this.#sample);
    this.#sized = sizer;
    this.#sample = root.querySelector('.sample') ?? undefined;
    observeSize(sizer, this.size);
    if (this.#sample) observeText(this.#sample, this.size);
  }
}
