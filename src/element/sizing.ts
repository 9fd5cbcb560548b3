import type { ReactiveElement } from 'lit';
import type { ChartFont } from '../model/chart.js';
import { paperLayout, type PaperLayout } from '../model/paper.js';
import { readFont } from './measure.js';
import type { SizeChanges } from './observers.js';
import { followPageScheme } from './page-scheme.js';

/**
 * What a chart is laid out at, as its page gives it: its content width, its labels' font as the page styles it
 * and, while printing, its layout on paper (model/paper.ts). The page-wide observers tell it (observers.ts:
 * {@link resize}, {@link fonts}, {@link drawing}); any change updates the chart.
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

  resize(width: number, printed?: { height: number | undefined }): void {
    width = Math.max(0, Math.floor(width));
    if (printed) {
      this.print = paperLayout(this.width, width, printed.height) ?? this.print;
      this.host.requestUpdate();
      return this.printing();
    }
    followPageScheme(this.host, this.internals);
    this.#set(width, undefined, this.#read());
  }

  fonts(): void {
    this.#set(this.width, this.print, this.#read());
  }

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
