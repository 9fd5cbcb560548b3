import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import type { ChartFont, ChartWords } from '../model/chart.js';
import type { TextModel } from '../model/describe.js';
import type { DotPlot } from '../model/dotplot.js';
import { lineHeightOf, SIZES, type Geometry } from '../model/layout.js';
import { differenceLabel, dotPlotCaption, howToRead, type TableText } from '../model/rows.js';
import { listsAreas, maySkip } from '../model/drawing.js';
import { areaList } from './area-list.js';
import { credits } from './credits.js';
import { cssomStyle } from './cssom-style.js';
import { dotPlotView } from './dotplot.js';
import type { Layer } from './layer.js';
import { legend } from './legend.js';
import { listeners } from './listeners.js';
import { areaKey, radar, radarPlaceholder } from './radar.js';
import { dataTable } from './table.js';
import { tooltip, tooltipBelow } from './tooltip.js';

/** Everything the figure under the heading shows, as the element has derived it for this render. */
export interface FigureParts {
  chart: ChartWords & { text: TextModel };
  /** The radar laid out, when the chart knows its width and font. */
  geometry?: Geometry;
  /**
   * The radar's grid and labels cloned from the frame's master, and its marker definitions; without them (server
   * rendering, and a chart hydrated from it) both are rendered from their templates.
   */
  layer?: Layer;
  markers?: Element | TemplateResult;
  /** The chart's width, px. */
  width: number;
  /** Printing: the most the radar may take in height (px), the pages being counted (see radar-element.ts). */
  printHeight?: number;
  /**
   * Rendered on the server or hydrating its HTML: parts otherwise copied from masters come from their templates,
   * and the plot is never skipped off screen. The server cannot reserve its height in a way a strict
   * Content-Security-Policy allows (no inline style), and a skipped plot without one is painted 0 px high, then
   * pushes everything under it down; and turning skipping on later, for a plot already on screen, lets Chromium
   * skip it for a frame, which moves everything under it too (the layout shift the server's HTML is there to avoid).
   */
  fromServer: boolean;
  /** The radar's SVG is built (not a lazy chart still away from the viewport). */
  built: boolean;
  /**
   * The area the reader is on (-1: none) and whether its box of values shows; it listens to the plot's keys,
   * pointer and focus (element/area-focus.ts).
   */
  focus: EventListenerObject & { readonly active: number; readonly shown: boolean };
  /** Whether the browser renders the plot now (it skips it far off screen), told by the plot's rendering state. */
  visibility: EventListenerObject & { readonly onScreen: boolean };
  /** `none` drops the buttons and the disclosure: the radar's list of areas says every value, once. */
  mode: 'none' | 'compact' | 'full';
  controls: unknown;
  /** Whether "how to read" is open, and the handler of the table's Esc (element/controls.ts). */
  views: {
    readonly howToRead: boolean;
    onTableKey(event: KeyboardEvent): void;
  };
  /** The table's words while it is open. */
  table?: TableText;
  dots?: DotPlot;
  /** The labels' font, once read: its line height and marker size size the views. */
  font?: ChartFont;
  /** What the polite live region says now. */
  announcement: string;
}

/**
 * The figure under the heading: takeaway, radar (or its reserved place), legend, credits, buttons, the views they
 * open and the live region.
 *
 * The browser skips drawing radars far off screen (`content-visibility: auto`) at their exact height, so a page of
 * many charts draws the few in view. The heading, takeaway, legend and buttons are never skipped: Chromium leaves
 * skipped content out of the accessibility tree, so while the radar is skipped (or not built) its list of areas
 * stands beside it for screen readers.
 */
export function figure(parts: FigureParts, strings: Strings): TemplateResult {
  const { chart, geometry, mode } = parts;
  const text = chart.text;
  const drawn = geometry && parts.built ? geometry : undefined;
  const skips = !parts.fromServer && maySkip(parts.width);
  // The font is read before anything is drawn; the default is the styles' own size.
  const lineHeight = parts.font?.lineHeight ?? lineHeightOf(SIZES.labelFontSize);
  const reserve = labelSize(parts.font);
  if (geometry) reserve['contain-intrinsic-block-size'] = `auto ${geometry.frame.height}px`;
  const { focus, visibility } = parts;
  // The box of the current area's values: inside the plot, or under it where the plot is too small for it.
  // Under it, from a wrapper of no height: the frame is a flexbox, where a box placed absolutely in its own flow
  // would go to the frame's top.
  const textScale = (parts.font?.size ?? SIZES.labelFontSize) / SIZES.labelFontSize;
  const below = drawn && focus.active >= 0 ? tooltipBelow(drawn, text, focus.active, textScale) : undefined;
  const boxAt = (under: boolean) => {
    if (!drawn || below !== under) return nothing;
    const box = tooltip(drawn, text, focus.active, !focus.shown, differenceLabel(text, strings), focus, under);
    return under ? html`<div class="box-below">${box}</div>` : box;
  };
  // What most charts do not show shares a part of the template with what they do (each part is kept by every chart of a
  // page: a heap snapshot of an overview page): the box under the plot with the list of areas, the lettered key with
  // the legend, the note on missing values with the credits, the views the buttons open (see `views`).
  const areas = listsAreas(!!drawn, visibility.onScreen, parts.width) ? areaList(text) : nothing;
  const key = legend(text, parts.fromServer);
  // The takeaway is seen under the heading and heard after the areas, as their summary, so a listener reaches the
  // first value within a few words (README, What a listener hears). Two copies rather than CSS order: the DOM
  // order is the order on screen, so a page streamed from a server never paints the plot first and then pushes it
  // down when the takeaway arrives.
  return html`${parts.markers}
    <p class="takeaway" part="takeaway" aria-hidden="true">${text.takeaway}</p>
    <div class="stretch"></div>
    <div
      class=${skips ? 'plot skips' : 'plot'}
      part="plot"
      ${cssomStyle(reserve)}
      ${listeners({
        contentvisibilityautostatechange: visibility,
        keydown: focus,
        pointermove: focus,
        pointerdown: focus,
        pointerleave: focus,
        focusin: focus,
        focusout: focus,
      })}
    >
      ${drawn ? radar(drawn, text, focus.active, parts.layer, lineHeight, parts.printHeight) : radarPlaceholder(geometry?.frame.height)}
      ${boxAt(false)}
    </div>
    ${below ? html`${boxAt(true)} ${areas}` : areas}
    <p class="sr-only summary">${text.takeaway}</p>
    ${geometry?.frame.lettered ? html`${areaKey(text)} ${key}` : key}
    ${credits(chart.credits, chart.authorTakeaway ? text.missingNote : undefined)} ${parts.controls}
    ${parts.table || parts.dots || (mode !== 'none' && parts.views.howToRead) ? views(parts, strings, lineHeight) : nothing}
    <div class="sr-only" aria-live="polite">${parts.announcement}</div>`;
}

/**
 * The size the names were laid out at, in px, for the drawing's text (radar.styles.ts `--_label-px`): read from the
 * probe, an HTML element, and written out because WebKit's text-only zoom (Safari's Zoom Text Only) enlarges HTML
 * text but not the size an SVG text is given in rem, which left the names small in a layout made for larger ones.
 */
function labelSize(font: ChartFont | undefined): Record<string, string> {
  return font ? { '--_label-px': `${font.size}px` } : {};
}

/**
 * What the row of buttons opens (element/controls.ts): "Hjälp", the table and the dot plot, each written only while
 * open. One part of the figure for the three, as most charts of a page have none of them open: each part of a
 * template is kept by every chart (a heap snapshot of an overview page).
 */
function views(parts: FigureParts, strings: Strings, lineHeight: number): TemplateResult {
  const { mode, table, dots } = parts;
  const text = parts.chart.text;
  return html`${
    mode !== 'none' && parts.views.howToRead
      ? html`<div id="how-to-read" class="how-to-read" part="how-to-read">
          <p>${howToRead(text, strings)}</p>
          <p>${strings.keyboardHelp}</p>
        </div>`
      : nothing
  }
  ${table ? html`<div id="table" @keydown=${parts.views.onTableKey}>${dataTable(table)}</div>` : nothing}
  ${
    dots
      ? html`<div id="dotplot" ${cssomStyle(labelSize(parts.font))}>
          ${dotPlotView(dots, text, dotPlotCaption(text, strings), lineHeight)}
        </div>`
      : nothing
  }`;
}
