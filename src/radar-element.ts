import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { parseInput, shorten, type RawInput } from './input/parse.js';
import { readTable, tableToInput } from './input/table.js';
import type { Area, ChartData, Problem, ScoresInput, SeriesInput } from './input/types.js';
import { fill, localeOf, locales, mergeStrings, type Strings } from './i18n/strings.js';
import { creditLines, problemLines } from './model/credits.js';
import { describe, type TextModel } from './model/describe.js';
import { dotPlot, type DotPlot } from './model/dotplot.js';
import { ticks } from './model/geometry.js';
import { flat } from './model/flat.js';
import { frameLayout, plot, type Geometry } from './model/layout.js';
import { differenceLabel, howToRead, tableCaption, tableText, type TableText } from './model/rows.js';
import { emit } from './events.js';
import { styles } from './radar.styles.js';
import { AreaFocusController } from './view/area-focus.js';
import { areaList } from './view/area-list.js';
import { checkContrastLater } from './view/contrast-check.js';
import { ControlsController, type ControlsMode, type ViewName } from './view/controls.js';
import { controlStyles } from './view/controls.styles.js';
import { credits } from './view/credits.js';
import { cssomStyle } from './view/cssom-style.js';
import { adoptDocumentStyles } from './view/document-styles.js';
import { dotPlotView } from './view/dotplot.js';
import { download } from './view/download.js';
import { cloneLayer, type Layer } from './view/layer.js';
import { cloneMarkerDefs } from './view/marker-defs.js';
import { levelAfterPreceding } from './view/heading-level.js';
import { legend } from './view/legend.js';
import { measureFor, readFont, type Font } from './view/measure.js';
import { message } from './view/message.js';
import {
  nearestLang,
  observeSize,
  unobserveSize,
  unwatchChildren,
  unwatchFonts,
  unwatchLang,
  watchChildren,
  watchFonts,
  watchLang,
} from './view/observers.js';
import { runNow, whenIdle } from './view/idle-queue.js';
import { areaKey, radar, radarPlaceholder } from './view/radar.js';
import { play, type Playback } from './view/sound.js';
import { soundPlan } from './model/sound.js';
import { escapeWhile } from './view/dismiss.js';
import { formatList } from './i18n/format.js';
import { dataTable } from './view/table.js';
import { tooltip } from './view/tooltip.js';

/** Inputs that change the data, and so everything derived from it. */
const DATA_KEYS = ['scores', 'baseline', 'label', 'baselineLabel', 'min', 'max', 'areas', 'series', '_table'] as const;
/** Properties that take one of a few words; anything else is reported, and the first word used. */
const OPTIONS = [
  ['theme', ['auto', 'light', 'dark']],
  ['loading', ['eager', 'lazy']],
] as const;

/** The shortest time between two announcements of one chart's changes, ms. */
const ANNOUNCE_INTERVAL = 1000;

/** Inputs that change only the words. */
const TEXT_KEYS = ['heading', 'lang', 'strings', '_pageLang', 'takeaway'] as const;

/** Attribute text is kept as typed; the input layer parses it (decimal commas, `;`, JSON). */
const raw = {
  fromAttribute: (value: string | null) => value,
  toAttribute: (value: unknown) => (typeof value === 'string' ? value : null),
};

/**
 * A theme set as a property shows as the attribute, which the styles select on; `auto`, the default, leaves the
 * author's markup as it is rather than writing `theme="auto"` onto every chart of a page.
 */
const themeAttribute = {
  fromAttribute: (value: string | null) => value,
  toAttribute: (value: unknown) => (value === 'light' || value === 'dark' ? value : null),
};

/** Whether a property holds anything: a page's getter or Proxy that throws counts as given, for parsing to report. */
function given(value: unknown): boolean {
  try {
    return value !== undefined && value !== null && (value as unknown[]).length > 0;
  } catch {
    return true;
  }
}

/**
 * Whether this browser skips rendering off-screen content under `content-visibility: auto` and says so with an
 * event. Where it does, a lazy chart draws when the browser starts rendering it; elsewhere it draws at once.
 */
const SKIPS_OFFSCREEN = typeof ContentVisibilityAutoStateChangeEvent === 'function';

/**
 * A radar chart of a municipality's e-profile: its scores on the survey's areas (0–4) against a comparison
 * such as the average of all municipalities. Accessible (one tab stop, arrow keys between areas, a table and a
 * dot-plot view), themeable, Swedish or English.
 *
 * @summary An accessible, themeable radar chart for Swedish municipalities' e-profiles.
 * @tagname eprofile-radar
 *
 * @slot - An optional `<table>` with the data (rows = areas, a column per series, the last or `data-baseline`
 *   column = the comparison). Readers without JavaScript see it; with JavaScript it feeds the chart.
 *
 * @fires {CustomEvent<EprofileErrorDetail>} eprofile-error - Input was rejected: one per rejected attribute, `detail: {message, attribute, value}`. Bubbles, composed.
 * @fires {CustomEvent<EprofileFocusAreaDetail>} eprofile-focus-area - The reader moved to an area (keyboard or pointer). `detail: {index, key, label}`.
 * @fires {CustomEvent<EprofileViewDetail>} eprofile-view - The reader opened or closed the table or dot-plot view. `detail: {view, open}`.
 *
 * @csspart heading - The visible title.
 * @csspart takeaway - The one-sentence summary under the title.
 * @csspart plot - The box around the radar and its hover box. Far off screen the browser skips drawing it
 *   (`content-visibility: auto`); `content-visibility: visible` on this part draws every radar at once.
 * @csspart radar - The radar chart's `<svg>`.
 * @csspart grid - Rings, spokes and ring values.
 * @csspart axis-label - Each area's name around the chart.
 * @csspart series - Every compared series (line and markers).
 * @csspart series-1 - The first series (line and markers).
 * @csspart series-2 - The second series.
 * @csspart series-3 - The third series.
 * @csspart series-4 - The fourth series.
 * @csspart baseline - The comparison series.
 * @csspart legend - The legend list.
 * @csspart area-key - The numbered list of area names under a narrow chart whose axes carry numbers.
 * @csspart tooltip - The box that shows an area's values on hover or focus.
 * @csspart controls - The row of view buttons.
 * @csspart button - Each view button.
 * @csspart table - The data table.
 * @csspart dotplot - The dot-plot `<svg>`.
 * @csspart how-to-read - The "how to read this chart" disclosure.
 * @csspart message - The message shown instead of the chart when input is rejected.
 * @csspart credits - The source, notes and byline under the chart.
 * @csspart download-menu - The list of downloads (CSV, SVG, PNG) under the "Ladda ner" / "Download" button.
 *
 * Defaults are the light theme's; the README's Theming section gives the dark ones.
 * @cssprop [--eprofile-series-1=#0064c8] - Colour of the first series: line, fill and filled markers.
 * @cssprop [--eprofile-series-2=#ce5600] - Colour of the second series.
 * @cssprop [--eprofile-series-3=#008f64] - Colour of the third series.
 * @cssprop [--eprofile-series-4=#a4407f] - Colour of the fourth series.
 * @cssprop [--eprofile-baseline-color=#515151] - Colour of the comparison's dashed line and hollow markers.
 * @cssprop [--eprofile-grid-color=#8c8c8c] - Rings, spokes and table rules.
 * @cssprop [--eprofile-text-color=#1b1b1b] - All text, button borders.
 * @cssprop [--eprofile-muted-color=#545454] - Ring values and notes.
 * @cssprop [--eprofile-background=#ffffff] - Background of the chart (and the fill behind markers and ring values).
 * @cssprop [--eprofile-focus-color=#1b1b1b] - The keyboard focus indicator.
 * @cssprop [--eprofile-fill-opacity=0.12] - Opacity of a single series' area fill (0 for none).
 * @cssprop [--eprofile-font-family=inherit] - Font; the page's by default.
 * @cssprop [--eprofile-font-size=0.9375rem] - Base text size.
 * @cssprop [--eprofile-label-font-size=0.8125rem] - Area names, legend and area list.
 * @cssprop [--eprofile-heading-font-size=1.125rem] - The heading.
 * @cssprop [--eprofile-line-width=2.5px] - Series line width.
 * @cssprop [--eprofile-grid-width=1px] - Grid line width.
 * @cssprop [--eprofile-marker-size=8px] - Marker size, in the chart and the legend.
 */
export class EprofileRadar extends LitElement {
  static override styles = [styles, controlStyles];

  // Declared here rather than with decorators: the same reactive properties for a smaller bundle. Each one's
  // documentation is on its field below, where custom-elements.json takes it from.
  static override properties: PropertyDeclarations = {
    scores: { converter: raw },
    baseline: { converter: raw },
    label: {},
    baselineLabel: { attribute: 'baseline-label' },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    min: { converter: raw },
    max: { converter: raw },
    lang: {},
    theme: { reflect: true, converter: themeAttribute },
    takeaway: {},
    source: {},
    notes: {},
    byline: {},
    areas: { attribute: false },
    series: { attribute: false },
    strings: { attribute: false },
    loading: {},
    controls: {},
    _table: { state: true },
    _pageLang: { state: true },
    _pageLevel: { state: true },
    _width: { state: true },
    _font: { state: true },
    _tableOpen: { state: true },
    _dotsOpen: { state: true },
    _howOpen: { state: true },
    _measured: { state: true },
    _near: { state: true },
    _onScreen: { state: true },
  };

  /** The municipality's scores, one per area in axis order: `"3,0 3,2 3,0 3,0 3,1"`, `"3.0;3.2;…"`, a JSON array, or (property) an array or an object keyed by area key. `-` or `null` marks a missing value. */
  declare scores?: ScoresInput;

  /** The comparison series, in the same forms as `scores`. Optional. */
  declare baseline?: ScoresInput;

  /** Name of the series (e.g. the municipality). */
  label = '';

  /** Name of the comparison; defaults to "Medel samtliga kommuner" / "Average of all municipalities". */
  baselineLabel = '';

  /** Visible title: the figure's heading, which is how a screen reader hears the title (once). */
  heading = '';

  /** Level of the heading for the page's outline (1–6); when absent, one below the nearest heading before the chart (2 when there is none). */
  declare headingLevel?: number;

  /** Scale minimum (centre of the chart). */
  min: number | string = 0;

  /** Scale maximum (outer ring). */
  max: number | string = 4;

  /** `sv` or `en`; when absent, the nearest `lang` of the page. Numbers follow it (3,2 / 3.2). */
  override lang = '';

  /** `auto` (follows the reader's colour scheme), `light` or `dark`. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Replaces the generated one-sentence takeaway. */
  takeaway = '';

  /** Where the data comes from, shown under the chart as "Källa: …" / "Source: …" and kept in downloads. */
  source = '';

  /** Notes on the data (method, caveats), shown under the chart and kept in downloads. */
  notes = '';

  /** Who made the chart (e.g. "Grafik: Anna Berg"), shown under the chart as typed and kept in downloads. */
  byline = '';

  /** Axis definitions replacing the five SKL areas: `{key, label}[]`, 3 to 12. */
  declare areas?: Area[];

  /** Several compared series (up to four), `{label, scores}[]`; when set, it replaces `scores` and `label`. */
  declare series?: SeriesInput[];

  /** Strings for another language, or to reword the built-in ones; merged over the Swedish or English set. */
  declare strings?: Partial<Strings>;

  /** `eager` builds the radar at once; `lazy` (for pages with many charts, to save memory) builds it only when the browser starts drawing it, about half a viewport before it comes into view, or when focus enters the chart, keeping the text, legend, buttons and the list of areas and reserving the radar's height until then. Either way the browser skips drawing radars far off screen. */
  loading: 'eager' | 'lazy' = 'eager';

  /** The buttons under the chart: `compact` (default) one quiet line of words, "Tabell · Punktdiagram · Ladda ner · Lyssna"; `full` boxed buttons with their whole names and the "how to read" disclosure beside them; `none` no buttons and no disclosure, for a page of small multiples, with the data table kept for screen readers (visually hidden). */
  controls: ControlsMode = 'compact';

  declare private _table?: RawInput;
  private _pageLang = '';
  /** The heading level the page's outline gives the chart (see view/heading-level.ts). */
  private _pageLevel = 2;
  private _width = 0;
  declare private _font?: Font;
  private _tableOpen = false;
  private _dotsOpen = false;
  private _howOpen = false;
  /** The chart knows its width (or that it has none): until then it draws nothing but the sizer it measures. */
  private _measured = false;
  /** A lazy chart has come near the viewport (or taken focus): it draws from now on. */
  private _near = !SKIPS_OFFSCREEN;
  /**
   * Whether the browser draws the radar (it skips radars far off screen). Until it says, a radar counts as
   * skipped, as most are on a page of many: only the few it draws then change, not all the others.
   */
  private _onScreen = !SKIPS_OFFSCREEN;

  #data: ChartData | null = null;
  /** The page is still being parsed and the chart has no data yet: its <table> may still come (see willUpdate). */
  #waiting = false;
  /** The page has been parsed: a chart that was waiting for its table reads its input again. */
  #parsed = (): void => this.requestUpdate('_table');
  #problems: Problem[] = [];
  #text?: TextModel;
  #geometry?: Geometry;
  /** The shared layer's copy this chart draws, and what it was cloned for. */
  #layer?: Layer & { key: unknown[] };
  /** The chart's marker definitions, and what they were made for: number of series, a comparison, their size. */
  #markers?: { node: Element; series: number; baseline: boolean; size: number };
  #tableText?: TableText;
  #dots?: DotPlot;
  #strings: Strings = locales.sv;
  #numberLang = 'sv';
  #internals?: ElementInternals;
  /** The problems reported and still there (as JSON), so each is reported once while it stays. */
  #reported = new Set<string>();
  /** Whether the missing-name warning was given: once per chart. */
  #warnedName = false;
  #announced = '';
  #announcement = '';
  /** The latest announcement not yet made, when it was last made, and the timer that will make it. */
  #pendingAnnouncement = '';
  #announcedAt = -Infinity;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #colorsChecked = -1;
  /** An update threw (see scheduleUpdate): from now on the chart shows its heading and a message only. */
  #failed = false;
  #focus = new AreaFocusController(this);
  #controls = new ControlsController(this, {
    toggleView: (view) => this.#toggle(view),
    download: (kind) => {
      if (this.#data && this.#text)
        void download(kind, {
          data: this.#data,
          text: this.#text,
          strings: this.#strings,
          credits: this.#credits(),
          layoutAt: this.#geometry ? (width) => this.#layoutAt(width) : undefined,
          lineHeight: this._font?.lineHeight ?? 17,
          host: this,
          probe: this.renderRoot.querySelector('.probe'),
          heading: this.renderRoot.querySelector('.heading'),
        });
    },
    listen: () => this.#listen(),
  });
  /** The sound while it plays ("Lyssna"); null when silent. */
  #playback: Playback | null = null;

  constructor() {
    super();
    // The host is the figure, its role set on the internals. It has no name of its own: its title is the heading
    // inside it (the heading, or "Falkenberg e-profil"), and a chart that cannot be drawn says why in its message,
    // so each is heard once rather than as the figure's name and again inside it.
    try {
      this.#internals = this.attachInternals();
      this.#internals.role = 'figure';
    } catch {
      this.#internals = undefined;
    }
    this.addEventListener('focusin', this.onNear);
  }

  /** The shadow root, styled for the document the chart is in (see view/document-styles.ts). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot ?? this.attachShadow(EprofileRadar.shadowRootOptions);
    this.#styleChart(root);
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  /** The document whose sheets the shadow root has adopted. */
  #styledFor?: Document;

  #styleChart(root: ShadowRoot): void {
    this.#styledFor = this.ownerDocument;
    adoptDocumentStyles(root, EprofileRadar.elementStyles);
  }

  override connectedCallback(): void {
    // Moved into another document (an iframe, a popup, Picture-in-Picture) or back: that document's sheets.
    if (this.shadowRoot && this.#styledFor !== this.ownerDocument) this.#styleChart(this.shadowRoot);
    super.connectedCallback();
    if (this.hasUpdated) observeSize(this.renderRoot.querySelector('.sizer')!, this);
    watchLang(this);
    watchChildren(this);
    watchFonts(this);
    this.onLangChange();
    this.onChildrenChange();
    this._pageLevel = levelAfterPreceding(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopSound();
    unwatchLang(this);
    unwatchChildren(this);
    unwatchFonts(this);
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer) unobserveSize(sizer);
  }

  /** @internal Called by the shared ResizeObserver with the content width. Reads styles here, while layout is clean. */
  onResize(width: number): void {
    this.onFontsLoaded();
    this._width = Math.floor(width);
    this._measured = true;
  }

  /** @internal Focus entered the chart: a lazy chart draws from now on. */
  onNear = (): void => {
    this._near = true;
  };

  /**
   * @internal Called when a `lang` changes anywhere above the chart. A chart the browser is not drawing (far off
   * screen, not focused) follows when the page is idle: a page switching language re-words its charts in slices.
   */
  onLangChange(): void {
    const offScreen = this.hasUpdated && this.#skips() && !this._onScreen && !this.matches(':focus-within');
    if (offScreen) whenIdle(this.#followLang);
    else this.#followLang();
  }

  #followLang = (): Promise<boolean> => {
    this._pageLang = nearestLang(this) || 'sv';
    return this.updateComplete;
  };

  /** @internal Called when the light DOM changes: an author's `<table>` is the data when no attribute is. */
  onChildrenChange(): void {
    const table = this.querySelector('table');
    this._table = table ? tableToInput(readTable(table)) : undefined;
  }

  /** @internal Called when web fonts have loaded (and on every resize): the labels' font is read again. */
  onFontsLoaded(): void {
    const probe = this.renderRoot.querySelector('.probe');
    if (probe) this._font = readFont(probe);
  }

  /** @internal The chart's areas with their shown names, for the area-focus controller. */
  areaNames(): { area: Area; label: string }[] {
    const labels = this.#text?.areaLabels ?? [];
    return (this.#data?.areas ?? []).map((area, i) => ({ area, label: labels[i]! }));
  }

  /** @internal The drawn radar's frame, for the area-focus controller. */
  radarFrame() {
    return this.#geometry?.frame;
  }

  /** The browser started or stopped skipping the radar's rendering (content-visibility: auto, far off screen). */
  #onVisibility = (event: Event): void => {
    this._onScreen = !(event as ContentVisibilityAutoStateChangeEvent).skipped;
    if (this._onScreen) {
      this._near = true;
      // Coming into view with a language change still queued: it is needed now.
      runNow(this.#followLang);
    }
  };

  /**
   * The last line of defence: anything an update throws (a bug, or a page whose platform misbehaves in a way not
   * foreseen) is logged once and leaves the heading and a message, never an uncaught error on the page.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      if (this.#failed) return;
      this.#failed = true;
      console.error('<eprofile-radar>: the chart could not be drawn.', error);
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#failed) return;
    for (const [name, allowed] of OPTIONS) {
      const value: unknown = this[name];
      if (
        changed.has(name) &&
        value !== null &&
        value !== undefined &&
        value !== '' &&
        !allowed.includes(value as never)
      )
        console.warn(
          `<eprofile-radar>: ${name}="${shorten(value)}" is not one of ${allowed.join(', ')}; ${allowed[0]} is used.`,
        );
    }
    const has = (keys: readonly string[]) => keys.some((key) => changed.has(key as keyof EprofileRadar));
    const dataChanged = has(DATA_KEYS) || !this.hasUpdated;
    const textChanged = dataChanged || has(TEXT_KEYS);
    if (dataChanged) {
      const fromAttributes = this.scores !== undefined || given(this.series);
      const input: RawInput =
        fromAttributes || !this._table
          ? this
          : { ...this._table, min: this.min, max: this.max, areas: this.areas ?? this._table.areas };
      ({ data: this.#data, problems: this.#problems } = parseInput(input));
      // A chart in the page's HTML, with the script in the head, connects before the parser reaches the <table>
      // inside it, and may see it half parsed: until the document is parsed, a chart fed by its table waits
      // (drawing nothing, reporting nothing) while its table is missing or does not read yet.
      this.#waiting = !fromAttributes && this.#problems.length > 0 && this.ownerDocument.readyState === 'loading';
      if (this.#waiting) {
        ({ data: this.#data, problems: this.#problems } = { data: null, problems: [] });
        this.ownerDocument.addEventListener('DOMContentLoaded', this.#parsed, { once: true });
      }
    }
    const data = this.#data;
    if (textChanged) {
      const lang = this.lang || this._pageLang;
      const base = locales[localeOf(lang)];
      this.#strings = this.strings ? mergeStrings(base, this.strings) : base;
      this.#numberLang = this.strings ? lang || 'sv' : localeOf(lang);
      // Removing an attribute sets its property to null, and a property may be given anything: text is a string.
      const heading = typeof this.heading === 'string' ? this.heading : '';
      const takeaway = typeof this.takeaway === 'string' ? this.takeaway.trim() : '';
      this.#text = data ? describe(data, this.#strings, this.#numberLang, heading) : undefined;
      if (this.#text && takeaway) this.#text = { ...this.#text, takeaway };
      this.#announce();
    }
    const text = this.#text;
    const font = this._font;
    const laidOut = textChanged || has(['_width', '_font']);
    if (!data || !text) {
      this.#geometry = undefined;
    } else if (font && this._width > 0 && laidOut) {
      this.#geometry = this.#layoutAt(this._width);
    }
    const geometry = this.#geometry;
    // The layer is a copy of the frame's, taken when the chart draws and again only when the frame changes.
    if (geometry && text && font && this.#drawn()) {
      const key = [geometry.frame, font.lineHeight];
      if (!this.#layer || key.some((part, i) => part !== this.#layer!.key[i]))
        this.#layer = { ...cloneLayer(geometry.frame, font.lineHeight), key };
    }
    if (data && font) {
      const [series, baseline, size] = [data.series.length, !!data.baseline, font.markerSize];
      const made = this.#markers;
      if (made?.series !== series || made.baseline !== baseline || made.size !== size)
        this.#markers = { node: cloneMarkerDefs(series, baseline, size), series, baseline, size };
    }
    // The table and the dot plot are derived only while open, and again only when what they show changed.
    this.#tableText =
      (this._tableOpen || this.#mode() === 'none') && text
        ? textChanged || !this.#tableText
          ? tableText(text, this.#strings)
          : this.#tableText
        : undefined;
    if (!this._dotsOpen || !data || !text || !font || this._width <= 0) {
      this.#dots = undefined;
    } else if (!this.#dots || laidOut || has(['_dotsOpen'])) {
      const { min, max } = data;
      this.#dots = dotPlot(data, text.areaLabels, ticks(min, max), measureFor(font), this._width, font.lineHeight);
    }
  }

  /** The radar laid out at a width (px) with the chart's data, words and font: the live one, or a download's. */
  #layoutAt(width: number): Geometry {
    const [data, text, font] = [this.#data!, this.#text!, this._font!];
    // Ring values are drawn in the names' size (see .tick in the styles), which follows the reader's text size.
    const options = { width, labelLineHeight: font.lineHeight, tickFontSize: font.size };
    const frame = frameLayout(text.areaLabels, data.min, data.max, measureFor(font), options, text.areaShort);
    return plot(data, frame, { labels: text.tickLabels, fontSize: font.size, markerSize: font.markerSize });
  }

  /** The controls' mode; anything but `none` and `full` is the default, `compact`. */
  #mode(): ControlsMode {
    return this.controls === 'none' || this.controls === 'full' ? this.controls : 'compact';
  }

  /** Whether the radar itself is drawn now: always, unless lazy and not yet near the viewport (a radar the browser never skips, see {@link #skips}, is drawn at once). */
  #drawn(): boolean {
    return this.loading !== 'lazy' || this._near || !this.#skips();
  }

  /**
   * Whether the browser may skip drawing the radar far off screen (content-visibility: auto). Not in boxes so
   * narrow that labels may overflow the radar, which the containment that comes with skipping would clip.
   */
  #skips(): boolean {
    return this._width >= 160;
  }

  protected override firstUpdated(): void {
    // The sizer, not the host: the host's height changes when the chart draws, and observing it would re-notify
    // in the same frame ("ResizeObserver loop" errors on the page). The sizer only ever changes with the width.
    // Only while connected: a chart removed before its first render must not stay observed (and alive) forever;
    // connectedCallback observes it when it comes back.
    if (this.isConnected) observeSize(this.renderRoot.querySelector('.sizer')!, this);
  }

  protected override updated(): void {
    this.#report();
    this.#checkColors();
  }

  /** Author colours that fail contrast: a console warning, soon after the chart first draws and when the theme changes. */
  #checkColors(): void {
    // Theme and number of series in one number: what the check depends on, without a string per chart.
    const key = ['auto', 'light', 'dark'].indexOf(this.theme) * 8 + (this.#data?.series.length ?? 0);
    if (!this.#geometry || key === this.#colorsChecked) return;
    this.#colorsChecked = key;
    checkContrastLater(this, this.#data!.series.length, (line) => console.warn(`<eprofile-radar>: ${line}`));
  }

  /**
   * Rejected input: one console warning and one `eprofile-error` per problem when it first appears, and not again
   * while it stays: a language change re-words the visible message but is no new problem for a page to hear of.
   */
  #report(): void {
    const lines = this.#problemLines();
    const keys = this.#problems.map((problem) => JSON.stringify(problem));
    const fresh = keys.map((key, index) => (this.#reported.has(key) ? -1 : index)).filter((index) => index >= 0);
    this.#reported = new Set(keys);
    if (lines.length === 0) {
      if (!this.#warnedName && !this.heading && !this.label && this.#data) {
        this.#warnedName = true;
        console.warn(
          '<eprofile-radar>: no heading or label; the chart is named only generically. Set heading="…" or label="…".',
        );
      }
      return;
    }
    if (fresh.length === 0) return;
    console.warn(`<eprofile-radar>: ${this.#strings.errorPrefix}. ${fresh.map((index) => lines[index]).join(' ')}`);
    for (const index of fresh) {
      const problem = this.#problems[index]!;
      emit(this, 'eprofile-error', { message: lines[index]!, attribute: problem.attribute, value: problem.value });
    }
  }

  /**
   * A changed chart is announced once, politely, with its new takeaway; never on first render, and not for charts
   * the browser is not drawing (far off screen): a page updating 290 profiles at once must not queue 290
   * announcements. Called from willUpdate, so the announcement goes out in the same render as the change.
   */
  #announce(): void {
    const text = this.#text;
    const takeaway = text?.takeaway ?? '';
    // The takeaway may sum new data up in the same words ("Över medel i alla fem områden, …"): the areas tell.
    const said = text ? [takeaway, ...text.axisNames].join('\n') : '';
    // Input that cannot be drawn says so itself, in its message (role="alert").
    if (text && this.#announced && said !== this.#announced && (this._onScreen || this.matches(':focus-within'))) {
      this.#pendingAnnouncement = flat(fill(this.#strings.announceUpdate, { takeaway, title: text.figureName }));
      this.#coalesce();
    }
    this.#announced = said || this.#announced;
  }

  /**
   * At most one announcement a second, the latest: a page updating a chart 60 times a second would otherwise queue
   * an announcement per frame, and a screen reader would read stale values long after. The first change is said at
   * once (in this render); later ones wait for the interval's end and say only where the data ended up.
   */
  #coalesce(): void {
    if (this.#announceTimer) return;
    const wait = this.#announcedAt + ANNOUNCE_INTERVAL - performance.now();
    if (wait <= 0) {
      this.#announcement = this.#pendingAnnouncement;
      this.#announcedAt = performance.now();
      return;
    }
    this.#announceTimer = setTimeout(() => {
      this.#announceTimer = undefined;
      this.#coalesce();
      this.requestUpdate();
    }, wait);
  }

  #problemLines(): string[] {
    return problemLines(this.#problems, this.#strings, this.#data?.areas.length ?? 5);
  }

  #onHowToRead = (event: Event): void => {
    this._howOpen = (event.target as HTMLDetailsElement).open;
  };

  #toggle(view: ViewName): void {
    const open = view === 'table' ? (this._tableOpen = !this._tableOpen) : (this._dotsOpen = !this._dotsOpen);
    // The opened table takes focus, so a screen reader reads it next rather than what lies between it and the
    // button; Esc in it closes it, back on its button (see #onTableKey).
    if (view === 'table' && open)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#table table')?.focus());
    emit(this, 'eprofile-view', { view, open });
  }

  #onTableKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this._tableOpen) return;
    event.preventDefault();
    this.#toggle('table');
    this.renderRoot.querySelector<HTMLElement>('[data-view="table"]')?.focus();
  };

  /**
   * "Lyssna": plays every area as a pair of tones (the series, then the comparison), says what the tones are and,
   * politely, each area's name as it begins. Pressed again, or Esc anywhere, it stops.
   */
  #listen(): void {
    if (this.#playback) return this.#stopSound();
    const data = this.#data;
    const text = this.#text;
    if (!data || !text) return;
    const plan = soundPlan(
      data.series.map((series) => series.values),
      data.baseline?.values ?? null,
      data.min,
      data.max,
    );
    const intro = text.baselineLabel
      ? fill(this.#strings.listenIntro, {
          series: formatList(text.seriesLabels, text.lang),
          baseline: text.baselineShort,
        })
      : '';
    this.#playback = play(
      plan,
      (area) => this.#say(area === 0 && intro ? `${intro} ${text.areaLabels[0]}` : text.areaLabels[area]!),
      () => this.#stopSound(),
    );
    if (!this.#playback) return;
    escapeWhile(true, this.#playback, this.#stopSound);
    this.requestUpdate();
  }

  #stopSound = (): void => {
    const playback = this.#playback;
    if (!playback) return;
    this.#playback = null;
    playback.stop();
    // Emptied, so the next play announces its first area again.
    this.#announcement = '';
    escapeWhile(false, playback, this.#stopSound);
    this.requestUpdate();
  };

  /** Says a short text through the chart's polite live region. */
  #say(words: string): void {
    this.#announcement = words;
    this.requestUpdate();
  }

  #credits(): string[] {
    return creditLines(this, this.#strings);
  }

  protected override render() {
    const strings = this.#strings;
    const text = this.#text;
    const heading = text?.figureName ?? this.heading;
    // Swedish and English read left to right on any page, an rtl one too; other languages (custom strings) follow
    // their own text.
    const dir = this.strings ? 'auto' : 'ltr';
    // The probe wears the labels' part, so a page's ::part(axis-label) font rules reach the font that is measured;
    // it and the sizer sit outside the frame, so reading them never forces a layout of what the browser skips.
    // Nothing else is laid out before the width is known: every chart connected in one task is measured in one
    // layout (view/observers.ts), which is cheap only while they hold nothing to lay out, and all of that happens
    // before the first frame is painted.
    return html`<div class="sizer"></div>
      <span class="probe" part="axis-label" aria-hidden="true"></span>
      <div class="frame" dir=${dir} lang=${this.#numberLang} ?hidden=${!this._measured && !this.#failed}>
        <div
          class="heading"
          part="heading"
          role="heading"
          aria-level=${Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || this._pageLevel))}
          ?hidden=${!heading}
        >
          ${heading}
        </div>
        ${
          this.#failed
            ? message(strings.errorPrefix, [])
            : !this._measured
              ? nothing
              : text
                ? this.#chart(text, strings)
                : this.#waiting
                  ? nothing
                  : message(strings.errorPrefix, this.#problemLines())
        }
      </div>`;
  }

  #chart(text: TextModel, strings: Strings) {
    const markerSize = this._font?.markerSize ?? 8;
    const geometry = this.#geometry;
    // A lazy chart away from the viewport keeps its radar's place (the layout is computed as usual), not its SVG.
    const drawn = geometry && this.#drawn() && this.#layer ? geometry : undefined;
    const focus = this.#focus;
    const active = focus.active;
    // The browser skips drawing radars far off screen (content-visibility: auto) at their exact height, so a page
    // of 290 profiles draws the few in view. The heading, takeaway, legend and buttons are never skipped: Chromium
    // leaves skipped content out of the accessibility tree, so while the radar is skipped (or not drawn yet) its
    // list of areas stands beside it for screen readers.
    const skips = this.#skips();
    const reserve: Record<string, string> = geometry
      ? { 'contain-intrinsic-block-size': `auto ${geometry.frame.height}px` }
      : {};
    const dots = this.#dots;
    // The generated takeaway says which areas lack a value; an author's own takeaway may not, so the note does.
    const authorTakeaway = typeof this.takeaway === 'string' && this.takeaway.trim() !== '';
    const mode = this.#mode();
    return html`${this.#markers?.node}
      <div
        class=${skips ? 'plot skips' : 'plot'}
        part="plot"
        ${cssomStyle(reserve)}
        @contentvisibilityautostatechange=${this.#onVisibility}
        @keydown=${focus}
        @pointermove=${focus}
        @pointerdown=${focus}
        @pointerleave=${focus}
        @focusin=${focus}
        @focusout=${focus}
      >
        ${drawn ? radar(drawn, text, active, this.#layer!) : radarPlaceholder(geometry?.frame.height ?? 0)}
        ${
          drawn && active >= 0
            ? tooltip(drawn, text, active, !this.#focus.shown, differenceLabel(text, strings))
            : nothing
        }
      </div>
      ${drawn && (this._onScreen || !skips) ? nothing : areaList(text)}
      <p class="takeaway" part="takeaway">${text.takeaway}</p>
      ${geometry?.frame.numbered ? areaKey(text) : nothing} ${legend(text)}
      ${authorTakeaway && text.missingNote ? html`<p class="note">${text.missingNote}</p>` : nothing}
      ${credits(this.#credits())}
      ${mode === 'none' ? nothing : this.#controls.render(strings, this._tableOpen, this._dotsOpen, mode, !!this.#playback)}
      ${
        mode === 'none'
          ? nothing
          : html`<details part="how-to-read" @toggle=${this.#onHowToRead}>
              <summary>${strings.howToRead}</summary>
              ${
                this._howOpen
                  ? html`<p>${howToRead(text, strings)}</p>
                      <p>${strings.keyboardHelp}</p>`
                  : nothing
              }
            </details>`
      }
      <div
        id="table"
        class=${mode === 'none' ? 'sr-only' : ''}
        ?hidden=${!this.#tableText}
        @keydown=${this.#onTableKey}
      >
        ${this.#tableText ? dataTable(this.#tableText, mode !== 'none') : nothing}
      </div>
      <div id="dotplot" ?hidden=${!dots}>
        ${dots ? dotPlotView(dots, text, tableCaption(text, strings), this._font!.lineHeight, markerSize) : nothing}
      </div>
      <div class="sr-only" aria-live="polite">${this.#announcement}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eprofile-radar': EprofileRadar;
  }
}
