import type { ReactiveElement } from 'lit';
import type { ChartFont } from '../model/chart.js';
import { paperLayout, type PaperLayout } from '../model/paper.js';
import { readFont } from './measure.js';
import type { SizeChanges } from './observers.js';
import type { Printed } from './page-observers.js';
import { followPageScheme } from './page-scheme.js';

/**
 * What a chart is laid out at, as its page gives it: its content width, its labels' font as the page styles it
 * and, while printing, its layout on paper (model/paper.ts). The page-wide observers tell it (observers.ts:
 * {@link SizingController.resize}, {@link SizingController.fonts}, {@link SizingController.drawing}); a change
 * updates the chart.
 */
export class SizingController implements SizeChanges {
  /** The content width, px; -1 until measured (the chart draws nothing but the sizer it measures until then). */
  width = -1;
  /** The labels' font as the page styles it, with its measurer. */
  font?: ChartFont;
  /** Printing, laid out again for paper. */
  print?: PaperLayout;

  constructor(
    private readonly host: ReactiveElement & { readonly renderRoot: ParentNode },
    /** Where the chart keeps its state for the page's colour scheme, read with the width (page-scheme.ts). */
    private readonly internals: ElementInternals | undefined,
    /**
     * The page prints: the chart is drawn now, as the browser prints when the print listeners return (Firefox
     * runs no microtask first).
     */
    private readonly printing: () => void,
  ) {}

  /** Takes the chart as laid out at `width` with `font` (a server's render, which has nothing to measure). */
  assume(width: number, font: ChartFont | undefined): void {
    [this.width, this.font] = [width, font];
  }

  /**
   * Its content width changed (px), read while layout is clean, before the frame renders: the page's scheme is read
   * with it. `printed`: the page prints at that width, its drawing that high when the pages were counted.
   */
  resize(width: number, printed?: Printed): void {
    width = Math.max(0, Math.floor(width));
    if (printed) {
      // Updated only when the layout on paper changes (printing from a desktop leaves it as on screen), then drawn.
      this.#set(this.width, paperLayout(this.width, width, printed.height) ?? this.print, this.font);
      return this.printing();
    }
    followPageScheme(this.host, this.internals);
    this.#set(width, undefined, this.#read());
  }

  /**
   * What the names measure may have changed: the page's web fonts finished loading, or its styles changed the
   * labels' font, size or spacing. The font is read again, and the names laid out again where it changed.
   */
  fonts(): void {
    this.#set(this.width, this.print, this.#read());
  }

  /** The element its drawing is in, whose height on paper the browser counted the pages with. */
  drawing(): Element | null {
    return this.host.renderRoot.querySelector('svg.radar, .placeholder');
  }

  #read(): ChartFont | undefined {
    return readFont(this.host.renderRoot.querySelector('.probe')) ?? this.font;
  }

  #set(width: number, print: PaperLayout | undefined, font: ChartFont | undefined): void {
    if (width === this.width && print === this.print && font === this.font) return;
    [this.width, this.print, this.font] = [width, print, font];
    this.host.requestUpdate();
  }
}
