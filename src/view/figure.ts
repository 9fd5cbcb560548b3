import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import type { ChartWords } from '../model/chart.js';
import type { TextModel } from '../model/describe.js';
import type { DotPlot } from '../model/dotplot.js';
import type { Geometry } from '../model/layout.js';
import { differenceLabel, howToRead, tableCaption, type TableText } from '../model/rows.js';
import { listsAreas, maySkip } from '../model/drawing.js';
import { areaList } from './area-list.js';
import { credits } from './credits.js';
import { cssomStyle } from './cssom-style.js';
import { dotPlotView } from './dotplot.js';
import type { Layer } from './layer.js';
import { legend } from './legend.js';
import { areaKey, radar, radarPlaceholder } from './radar.js';
import { dataTable } from './table.js';
import { tooltip } from './tooltip.js';

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
  /** Rendered on the server or hydrating its HTML: parts otherwise copied from masters come from their templates. */
  fromServer: boolean;
  /**
   * Whether the plot may be skipped off screen (content-visibility: auto, its height reserved). Not in the
   * server's render: it cannot reserve the height in a way a strict Content-Security-Policy allows (no inline
   * style), and a skipped plot without one would be painted 0 px high, then push everything under it down.
   * Nor later in a chart hydrated from it (see the element).
   */
  mayBeSkipped: boolean;
  /** The radar's SVG is built (not a lazy chart still away from the viewport). */
  built: boolean;
  /** The browser renders the plot now (it skips it far off screen). */
  onScreen: boolean;
  /** The area the reader is on (-1: none), and whether its box of values shows. */
  active: number;
  boxShown: boolean;
  /** The plot's listeners: area focus (keys, pointer, focus) and the browser's rendering state. */
  focus: EventListenerObject;
  visibility: EventListenerObject;
  /** `none` drops the buttons and the disclosure and keeps the table for screen readers only. */
  mode: 'none' | 'compact' | 'full';
  controls: unknown;
  howToReadOpen: boolean;
  onHowToRead: (event: Event) => void;
  /** The table's words while it is open (or kept for screen readers), and its Esc handler. */
  table?: TableText;
  onTableKey: (event: KeyboardEvent) => void;
  dots?: DotPlot;
  lineHeight: number;
  markerSize: number;
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
  const skips = parts.mayBeSkipped && maySkip(parts.width);
  const reserve: Record<string, string> = geometry
    ? { 'contain-intrinsic-block-size': `auto ${geometry.frame.height}px` }
    : {};
  const focus = parts.focus;
  // The takeaway is seen under the heading and heard after the areas, as their summary, so a listener reaches the
  // first value within a few words (README, What a listener hears). Two copies rather than CSS order: the DOM
  // order is the order on screen, so a page streamed from a server never paints the plot first and then pushes it
  // down when the takeaway arrives.
  return html`${parts.markers}
    <p class="takeaway" part="takeaway" aria-hidden="true">${text.takeaway}</p>
    <div
      class=${skips ? 'plot skips' : 'plot'}
      part="plot"
      ${cssomStyle(reserve)}
      @contentvisibilityautostatechange=${parts.visibility}
      @keydown=${focus}
      @pointermove=${focus}
      @pointerdown=${focus}
      @pointerleave=${focus}
      @focusin=${focus}
      @focusout=${focus}
    >
      ${drawn ? radar(drawn, text, parts.active, parts.layer, parts.lineHeight) : radarPlaceholder(geometry?.frame.height ?? 0)}
      ${
        drawn && parts.active >= 0
          ? tooltip(drawn, text, parts.active, !parts.boxShown, differenceLabel(text, strings))
          : nothing
      }
    </div>
    ${listsAreas(!!drawn, parts.onScreen, parts.width) ? areaList(text) : nothing}
    <p class="sr-only summary">${text.takeaway}</p>
    ${geometry?.frame.numbered ? areaKey(text) : nothing} ${legend(text, parts.fromServer)}
    ${chart.authorTakeaway && text.missingNote ? html`<p class="note">${text.missingNote}</p>` : nothing}
    ${credits(chart.credits)} ${parts.controls} ${mode === 'none' ? nothing : howToReadDisclosure(parts, strings)}
    <div id="table" class=${mode === 'none' ? 'sr-only' : ''} ?hidden=${!parts.table} @keydown=${parts.onTableKey}>
      ${parts.table ? dataTable(parts.table, mode !== 'none') : nothing}
    </div>
    <div id="dotplot" ?hidden=${!parts.dots}>
      ${
        parts.dots
          ? dotPlotView(parts.dots, text, tableCaption(text, strings), parts.lineHeight, parts.markerSize)
          : nothing
      }
    </div>
    <div class="sr-only" aria-live="polite">${parts.announcement}</div>`;
}

/** "Så läser du diagrammet": its text is rendered only while open. */
function howToReadDisclosure(parts: FigureParts, strings: Strings): TemplateResult {
  return html`<details part="how-to-read" @toggle=${parts.onHowToRead}>
    <summary>${strings.howToRead}</summary>
    ${
      parts.howToReadOpen
        ? html`<p>${howToRead(parts.chart.text, strings)}</p>
            <p>${strings.keyboardHelp}</p>`
        : nothing
    }
  </details>`;
}
