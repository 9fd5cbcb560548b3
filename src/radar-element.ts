import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { parseInput, type RawInput } from './input/parse.js';
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
import { styles } from './radar.styles.js';
import { AreaFocusController } from './view/area-focus.js';
import { areaList } from './view/area-list.js';
import { checkContrastLater } from './view/contrast-check.js';
import { ControlsController, type ControlsMode, type ViewName } from './view/controls.js';
import { controlStyles } from './view/controls.styles.js';
import { credits } from './view/credits.js';
import { cssomStyle } from './view/cssom-style.js';
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
import { areaKey, radar, radarPlaceholder } from './view/radar.js';
import { playTones } from './view/sound.js';
import { dataTable } from './view/table.js';
import { tooltip } from './view/tooltip.js';

/** Inputs that change the data, and so everything derived from it. */
const DATA_KEYS = ['scores', 'baseline', 'label', 'baselineLabel', 'min', 'max', 'areas', 'series', '_table'] as const;
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
 * @fires eprofile-error - Input was rejected. `detail: {message, attribute, value}`. Bubbles, composed.
 * @fires eprofile-focus-area - The reader moved to an area (keyboard or pointer). `detail: {index, key, label}`.
 * @fires eprofile-view - The reader opened or closed the table or dot-plot view. `detail: {view, open}`.
 *
 * @csspart heading - The visible title.
 * @csspart takeaway - The one-sentence summary under the title.
 * @csspart radar - The radar chart's `<svg>`.
 * @csspart grid - Rings, spokes and ring values.
 * @csspart axis-label - Each area's name around the chart.
 * @csspart series - Every compared series (line and markers); also `series-1` … `series-4` for one of them.
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
 * @cssprop --eprofile-series-1 - Colour of the first series (default: blue). Also `-2`, `-3`, `-4`.
 * @cssprop --eprofile-series-2 - Colour of the second series (default: orange).
 * @cssprop --eprofile-series-3 - Colour of the third series (default: green).
 * @cssprop --eprofile-series-4 - Colour of the fourth series (default: purple).
 * @cssprop --eprofile-baseline-color - Colour of the comparison's dashed line and hollow markers.
 * @cssprop --eprofile-grid-color - Rings and spokes.
 * @cssprop --eprofile-text-color - All text.
 * @cssprop --eprofile-muted-color - Ring values and notes.
 * @cssprop --eprofile-background - Background of the chart (and the fill behind markers).
 * @cssprop --eprofile-focus-color - The keyboard focus indicator.
 * @cssprop --eprofile-font-family - Font; inherits the page's by default.
 * @cssprop --eprofile-font-size - Base text size.
 * @cssprop --eprofile-label-font-size - Area names and legend.
 * @cssprop --eprofile-heading-font-size - The heading.
 * @cssprop --eprofile-line-width - Series line width.
 * @cssprop --eprofile-grid-width - Grid line width.
 * @cssprop --eprofile-marker-size - Marker size.
 * @cssprop --eprofile-fill-opacity - Opacity of the series' area fill (0 for none).
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

  /** Visible title, also the accessible name of the figure. */
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
  /** The problems last reported (null: nothing reported yet), so each distinct set warns once. */
  #warned: string | null = null;
  #announced = '';
  #announcement = '';
  #colorsChecked = -1;
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
    listen: () => this.#data && playTones(this.#data),
  });

  constructor() {
    super();
    // The host is the figure; its name is set on the internals, so no ID reference crosses the shadow boundary.
    try {
      this.#internals = this.attachInternals();
      this.#internals.role = 'figure';
    } catch {
      this.#internals = undefined;
    }
    this.addEventListener('focusin', this.onNear);
  }

  override connectedCallback(): void {
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

  /** @internal Called when a `lang` changes anywhere above the chart. */
  onLangChange(): void {
    this._pageLang = nearestLang(this) || 'sv';
  }

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
    if (this._onScreen) this._near = true;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    const has = (keys: readonly string[]) => keys.some((key) => changed.has(key as keyof EprofileRadar));
    const dataChanged = has(DATA_KEYS) || !this.hasUpdated;
    const textChanged = dataChanged || has(TEXT_KEYS);
    if (dataChanged) {
      const fromAttributes = this.scores !== undefined || (this.series !== undefined && this.series.length > 0);
      const input: RawInput =
        fromAttributes || !this._table
          ? this
          : { ...this._table, min: this.min, max: this.max, areas: this.areas ?? this._table.areas };
      ({ data: this.#data, problems: this.#problems } = parseInput(input));
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
      if (this.#internals) this.#internals.ariaLabel = this.#text?.figureName ?? (heading || this.#strings.errorPrefix);
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

  /** Rejected input: one console warning per distinct problem set, and one `eprofile-error` per problem. */
  #report(): void {
    const lines = this.#problemLines();
    const key = lines.join('\n');
    if (key === this.#warned) return;
    this.#warned = key;
    if (lines.length === 0) {
      if (!this.heading && !this.label && this.#data)
        console.warn(
          '<eprofile-radar>: no heading or label; the chart is named only generically. Set heading="…" or label="…".',
        );
      return;
    }
    console.warn(`<eprofile-radar>: ${this.#strings.errorPrefix}. ${lines.join(' ')}`);
    this.#problems.forEach((problem, index) => {
      this.dispatchEvent(
        new CustomEvent('eprofile-error', {
          bubbles: true,
          composed: true,
          detail: { message: lines[index], attribute: problem.attribute, value: problem.value },
        }),
      );
    });
  }

  /**
   * A changed chart is announced once, politely, with its new takeaway; never on first render, and not for charts
   * the browser is not drawing (far off screen): a page updating 290 profiles at once must not queue 290
   * announcements. Called from willUpdate, so the announcement goes out in the same render as the change.
   */
  #announce(): void {
    const takeaway = this.#text?.takeaway ?? '';
    if (this.#announced && takeaway !== this.#announced && (this._onScreen || this.matches(':focus-within'))) {
      this.#announcement = flat(fill(this.#strings.announceUpdate, { takeaway }));
    }
    this.#announced = takeaway || this.#announced;
  }

  #problemLines(): string[] {
    return problemLines(this.#problems, this.#strings, this.#data?.areas.length ?? 5);
  }

  #onHowToRead = (event: Event): void => {
    this._howOpen = (event.target as HTMLDetailsElement).open;
  };

  #toggle(view: ViewName): void {
    const open = view === 'table' ? (this._tableOpen = !this._tableOpen) : (this._dotsOpen = !this._dotsOpen);
    this.dispatchEvent(new CustomEvent('eprofile-view', { bubbles: true, composed: true, detail: { view, open } }));
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
      <div class="frame" dir=${dir} lang=${this.#numberLang} ?hidden=${!this._measured}>
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
          !this._measured
            ? nothing
            : text
              ? this.#chart(text, strings)
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
    const mode = this.#mode();
    return html`${this.#markers?.node}
      <p class="takeaway" part="takeaway">${text.takeaway}</p>
      <div
        class=${skips ? 'plot skips' : 'plot'}
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
      ${geometry?.frame.numbered ? areaKey(text) : nothing} ${legend(text, strings.legend)}
      ${text.missingNote ? html`<p class="note">${text.missingNote}</p>` : nothing} ${credits(this.#credits())}
      ${mode === 'none' ? nothing : this.#controls.render(strings, this._tableOpen, this._dotsOpen, mode)}
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
      <div id="table" class=${mode === 'none' ? 'sr-only' : ''} ?hidden=${!this.#tableText}>
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
