import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseInput, type RawInput } from './input/parse.js';
import { readTable, tableToInput } from './input/table.js';
import type { Area, ChartData, Problem, ScoresInput, SeriesInput } from './input/types.js';
import { fill, localeOf, locales, mergeStrings, type Strings } from './i18n/strings.js';
import { creditLines, problemLines } from './model/credits.js';
import { describe, type TextModel } from './model/describe.js';
import { dotPlot, type DotPlot } from './model/dotplot.js';
import { ticks } from './model/geometry.js';
import { axisAt } from './model/hit.js';
import { frameLayout, plot, type Geometry } from './model/layout.js';
import { differenceLabel, howToRead, tableText, toCsv, type TableText } from './model/rows.js';
import { styles } from './radar.styles.js';
import { checkContrastLater } from './view/contrast-check.js';
import { ControlsController, type DownloadKind, type ViewName } from './view/controls.js';
import { controlStyles } from './view/controls.styles.js';
import { credits } from './view/credits.js';
import { cssomStyle } from './view/cssom-style.js';
import { escapeWhile } from './view/dismiss.js';
import { dotPlotView } from './view/dotplot.js';
import { exportSvg, fileName, readLook, save, toPng } from './view/export.js';
import { cloneLayer, type Layer } from './view/layer.js';
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
import { areaList } from './view/area-list.js';
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

  /** The municipality's scores, one per area in axis order: `"3,0 3,2 3,0 3,0 3,1"`, `"3.0;3.2;…"`, a JSON array, or (property) an array or an object keyed by area key. `-` or `null` marks a missing value. */
  @property({ converter: raw }) scores?: ScoresInput;

  /** The comparison series, in the same forms as `scores`. Optional. */
  @property({ converter: raw }) baseline?: ScoresInput;

  /** Name of the series (e.g. the municipality). */
  @property() label = '';

  /** Name of the comparison; defaults to "Medel samtliga kommuner" / "Average of all municipalities". */
  @property({ attribute: 'baseline-label' }) baselineLabel = '';

  /** Visible title, also the accessible name of the figure. */
  @property() heading = '';

  /** Level of the heading for the page's outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Scale minimum (centre of the chart). */
  @property({ converter: raw }) min: number | string = 0;

  /** Scale maximum (outer ring). */
  @property({ converter: raw }) max: number | string = 4;

  /** `sv` or `en`; when absent, the nearest `lang` of the page. Numbers follow it (3,2 / 3.2). */
  @property() override lang = '';

  /** `auto` (follows the reader's colour scheme), `light` or `dark`. */
  @property({ reflect: true, converter: themeAttribute }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Replaces the generated one-sentence takeaway. */
  @property() takeaway = '';

  /** Where the data comes from, shown under the chart as "Källa: …" / "Source: …" and kept in downloads. */
  @property() source = '';

  /** Notes on the data (method, caveats), shown under the chart and kept in downloads. */
  @property() notes = '';

  /** Who made the chart (e.g. "Grafik: Anna Berg"), shown under the chart as typed and kept in downloads. */
  @property() byline = '';

  /** Axis definitions replacing the five SKL areas: `{key, label}[]`, 3 to 12. */
  @property({ attribute: false }) areas?: Area[];

  /** Several compared series (up to four), `{label, scores}[]`; when set, it replaces `scores` and `label`. */
  @property({ attribute: false }) series?: SeriesInput[];

  /** Strings for another language, or to reword the built-in ones; merged over the Swedish or English set. */
  @property({ attribute: false }) strings?: Partial<Strings>;

  /** `eager` draws the radar at once; `lazy` (for pages with many charts) draws it only when it comes near the viewport or focus enters it, keeping the text, legend and buttons and reserving the radar's height until then. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  @state() private _table?: RawInput;
  @state() private _pageLang = '';
  @state() private _width = 0;
  @state() private _font?: Font;
  @state() private _active = -1;
  @state() private _tipShown = false;
  @state() private _tableOpen = false;
  @state() private _dotsOpen = false;
  @state() private _howOpen = false;
  /** The chart knows its width (or that it has none): until then it draws nothing but the sizer it measures. */
  @state() private _measured = false;
  /** A lazy chart has come near the viewport (or taken focus): it draws from now on. */
  @state() private _near = !SKIPS_OFFSCREEN;

  private _data: ChartData | null = null;
  private _problems: Problem[] = [];
  private _text?: TextModel;
  private _geometry?: Geometry;
  /** The shared layer's copy this chart draws, and what it was cloned for. */
  private _layer?: Layer & { key: unknown[] };
  private _tableText?: TableText;
  private _dots?: DotPlot;
  private _strings: Strings = locales.sv;
  private _numberLang = 'sv';
  private _internals?: ElementInternals;
  /** The problems last reported (null: nothing reported yet), so each distinct set warns once. */
  private _warned: string | null = null;
  private _announced = '';
  private _announcement = '';
  /**
   * Whether the browser draws the radar (it skips radars far off screen). Until it says, a radar counts as
   * skipped, as most are on a page of many: only the few it draws then change, not all the others.
   */
  @state() private _onScreen = !SKIPS_OFFSCREEN;
  private _colorsChecked = '';
  private _controls = new ControlsController(this, {
    toggleView: (view) => this._toggle(view),
    download: (kind) => void this._download(kind),
    listen: () => this._data && playTones(this._data),
  });

  constructor() {
    super();
    // The host is the figure; its name is set on the internals, so no ID reference crosses the shadow boundary.
    try {
      this._internals = this.attachInternals();
      this._internals.role = 'figure';
    } catch {
      this._internals = undefined;
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
    unwatchChildren(this);
    unwatchFonts(this);
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer) unobserveSize(sizer);
    escapeWhile(false, this, this._hideTip);
  }

  /** @internal Called by the shared ResizeObserver with the content width. Reads styles here, while layout is clean. */
  onResize(width: number): void {
    const probe = this.renderRoot.querySelector('.probe');
    if (probe) this._font = readFont(probe);
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

  /** @internal Called when web fonts have loaded: every width is measured again. */
  onFontsLoaded(): void {
    const probe = this.renderRoot.querySelector('.probe');
    if (probe) this._font = readFont(probe);
  }

  /** The browser started or stopped skipping the radar's rendering (content-visibility: auto, far off screen). */
  private _onVisibility = (event: Event): void => {
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
      ({ data: this._data, problems: this._problems } = parseInput(input));
    }
    const data = this._data;
    if (textChanged) {
      const lang = this.lang || this._pageLang;
      const base = locales[localeOf(lang)];
      this._strings = this.strings ? mergeStrings(base, this.strings) : base;
      this._numberLang = this.strings ? lang || 'sv' : localeOf(lang);
      // Removing an attribute sets its property to null, and a property may be given anything: text is a string.
      const heading = typeof this.heading === 'string' ? this.heading : '';
      const takeaway = typeof this.takeaway === 'string' ? this.takeaway.trim() : '';
      this._text = data ? describe(data, this._strings, this._numberLang, heading) : undefined;
      if (this._text && takeaway) this._text = { ...this._text, takeaway };
      if (this._internals) this._internals.ariaLabel = this._text?.figureName ?? (heading || this._strings.errorPrefix);
      this._announce();
    }
    const text = this._text;
    const font = this._font;
    const laidOut = textChanged || has(['_width', '_font']);
    if (!data || !text) {
      this._geometry = undefined;
    } else if (font && this._width > 0 && laidOut) {
      const frame = frameLayout(text.areaLabels, data.min, data.max, measureFor(font), {
        width: this._width,
        labelLineHeight: font.lineHeight,
        tickFontSize: 12,
      });
      this._geometry = plot(data, frame, font.markerSize);
    }
    const geometry = this._geometry;
    // The layer is a copy of the frame's, taken when the chart draws and again only when the frame changes.
    if (geometry && text && font && this._drawn()) {
      const key = [geometry.frame, text.tickLabels.join(' '), font.lineHeight];
      if (!this._layer || key.some((part, i) => part !== this._layer!.key[i]))
        this._layer = { ...cloneLayer(geometry.frame, text.tickLabels, font.lineHeight), key };
    }
    // The table and the dot plot are derived only while open, and again only when what they show changed.
    this._tableText =
      this._tableOpen && text
        ? textChanged || !this._tableText
          ? tableText(text, this._strings)
          : this._tableText
        : undefined;
    if (!this._dotsOpen || !data || !text || !font || this._width <= 0) {
      this._dots = undefined;
    } else if (!this._dots || laidOut || has(['_dotsOpen'])) {
      const { min, max } = data;
      this._dots = dotPlot(data, text.areaLabels, ticks(min, max), measureFor(font), this._width, font.lineHeight);
    }
  }

  /** Whether the radar itself is drawn now: always, unless lazy and not yet near the viewport (a radar in a box too narrow for the browser to skip it is drawn at once). */
  private _drawn(): boolean {
    return this.loading !== 'lazy' || this._near || this._width < 160;
  }

  protected override firstUpdated(): void {
    // The sizer, not the host: the host's height changes when the chart draws, and observing it would re-notify
    // in the same frame ("ResizeObserver loop" errors on the page). The sizer only ever changes with the width.
    // Only while connected: a chart removed before its first render must not stay observed (and alive) forever;
    // connectedCallback observes it when it comes back.
    if (this.isConnected) observeSize(this.renderRoot.querySelector('.sizer')!, this);
  }

  protected override updated(): void {
    this._report();
    this._checkColors();
    escapeWhile(this._tipShown, this, this._hideTip);
  }

  private _hideTip = (): void => {
    this._tipShown = false;
  };

  /** Author colours that fail contrast: a console warning, soon after the chart first draws and when the theme changes. */
  private _checkColors(): void {
    const key = `${this.theme}|${this._data?.series.length}`;
    if (!this._geometry || key === this._colorsChecked) return;
    this._colorsChecked = key;
    checkContrastLater(this, this._data!.series.length, (line) => console.warn(`<eprofile-radar>: ${line}`));
  }

  /** Rejected input: one console warning per distinct problem set, and one `eprofile-error` per problem. */
  private _report(): void {
    const lines = this._problemLines();
    const key = lines.join('\n');
    if (key === this._warned) return;
    this._warned = key;
    if (lines.length === 0) {
      if (!this.heading && !this.label && this._data)
        console.warn(
          '<eprofile-radar>: no heading or label; the chart is named only generically. Set heading="…" or label="…".',
        );
      return;
    }
    console.warn(`<eprofile-radar>: ${this._strings.errorPrefix}. ${lines.join(' ')}`);
    this._problems.forEach((problem, index) => {
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
  private _announce(): void {
    const takeaway = this._text?.takeaway ?? '';
    if (this._announced && takeaway !== this._announced && (this._onScreen || this.matches(':focus-within'))) {
      this._announcement = fill(this._strings.announceUpdate, { takeaway });
    }
    this._announced = takeaway || this._announced;
  }

  private _problemLines(): string[] {
    return problemLines(this._problems, this._strings, this._data?.areas.length ?? 5);
  }

  private _setActive(index: number, show: boolean): void {
    const count = this._data?.areas.length ?? 0;
    if (count === 0) return;
    const next = ((index % count) + count) % count;
    if (next !== this._active) {
      const area = this._data!.areas[next]!;
      this.dispatchEvent(
        new CustomEvent('eprofile-focus-area', {
          bubbles: true,
          composed: true,
          detail: { index: next, key: area.key, label: this._text!.areaLabels[next] },
        }),
      );
    }
    this._active = next;
    this._tipShown = show;
  }

  /** The area node an event happened in, and its index; -1 outside every area. */
  private _axisOf(event: Event): number {
    const axis = (event.target as Element).closest?.('.axis') as SVGGElement | null;
    return axis ? Number(axis.dataset.index) : -1;
  }

  /** The pointer over an area (its name, or the wedge around its spoke) shows that area, as focus does. */
  private _onPointer = (event: PointerEvent): void => {
    const svg = this.renderRoot.querySelector('svg.radar');
    const frame = this._geometry?.frame;
    // Over the box with the values the reader may be moving onto it: it stays as it is (WCAG 1.4.13).
    if (!svg || !frame || (event.target as Element).closest('.tooltip')) return;
    // The SVG scales with its box (width 100 %, height auto): one factor maps page pixels to chart units.
    const box = svg.getBoundingClientRect();
    const scale = frame.width / (box.width || 1);
    const x = (event.clientX - box.left) * scale - frame.cx;
    const y = (event.clientY - box.top) * scale - frame.cy;
    const index = axisAt(frame, x, y);
    if (index >= 0 && (index !== this._active || !this._tipShown)) this._setActive(index, true);
  };

  private _onPlotFocus = (event: FocusEvent): void => {
    const index = this._axisOf(event);
    if (index >= 0) this._setActive(index, true);
  };

  private _onKeyDown = (event: KeyboardEvent): void => {
    const count = this._data?.areas.length ?? 0;
    const current = Math.max(0, this._active);
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: count - 1,
    };
    if (event.key === 'Escape') {
      if (this._tipShown) {
        this._tipShown = false;
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this._setActive(target, true);
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<SVGGElement>('.axis')[this._active]?.focus());
  };

  private _onPlotLeave = (): void => {
    if (!this.renderRoot.querySelector('.plot')?.matches(':focus-within')) this._tipShown = false;
  };

  private _onFocusOut = (event: FocusEvent): void => {
    const plot = this.renderRoot.querySelector('.plot');
    if (!plot?.contains(event.relatedTarget as Node | null)) this._tipShown = false;
  };

  private _onHowToRead = (event: Event): void => {
    this._howOpen = (event.target as HTMLDetailsElement).open;
  };

  private _toggle(view: ViewName): void {
    const open = view === 'table' ? (this._tableOpen = !this._tableOpen) : (this._dotsOpen = !this._dotsOpen);
    this.dispatchEvent(new CustomEvent('eprofile-view', { bubbles: true, composed: true, detail: { view, open } }));
  }

  private _credits(): string[] {
    return creditLines(this, this._strings);
  }

  /** The chart as a self-contained SVG, as the SVG download writes it; null while nothing is drawn. */
  private _figure() {
    if (!this._geometry || !this._text) return null;
    const root = this.renderRoot;
    const look = readLook(this, root.querySelector('.probe'), root.querySelector('.heading'));
    return exportSvg(this._geometry, this._text, look, this._font?.lineHeight ?? 17, this._credits());
  }

  private async _download(kind: DownloadKind): Promise<void> {
    if (!this._text || !this._data) return;
    const name = (extension: string) => fileName(this._text!.figureName, extension);
    if (kind === 'csv') {
      // A byte-order mark so Excel reads å, ä and ö as UTF-8. Source, notes and byline follow the data.
      const notes = this._credits().map((line) => `\r\n"${line.replace(/"/g, '""')}"`);
      const csv = toCsv(this._data, this._text, this._strings);
      save(new Blob(['\ufeff', csv, ...notes], { type: 'text/csv;charset=utf-8' }), name('csv'));
      return;
    }
    const figure = this._figure();
    if (!figure) return;
    if (kind === 'svg') {
      save(new Blob([figure.svg], { type: 'image/svg+xml' }), name('svg'));
      return;
    }
    try {
      save(await toPng(figure, 2), name('png'));
    } catch (error) {
      console.warn(`<eprofile-radar>: PNG download failed (${(error as Error).message}).`);
    }
  }

  protected override render() {
    const strings = this._strings;
    const text = this._text;
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
      <div class="frame" dir=${dir} lang=${this._numberLang} ?hidden=${!this._measured}>
        <div
          class="heading"
          part="heading"
          role="heading"
          aria-level=${Math.min(6, Math.max(1, this.headingLevel || 3))}
          ?hidden=${!heading}
        >
          ${heading}
        </div>
        ${
          !this._measured
            ? nothing
            : text
              ? this._chart(text, strings)
              : message(strings.errorPrefix, this._problemLines())
        }
      </div>`;
  }

  private _chart(text: TextModel, strings: Strings) {
    const markerSize = this._font?.markerSize ?? 8;
    const geometry = this._geometry;
    // A lazy chart away from the viewport keeps its radar's place (the layout is computed as usual), not its SVG.
    const drawn = geometry && this._drawn() && this._layer ? geometry : undefined;
    const active = this._active;
    // The browser skips drawing radars far off screen (content-visibility: auto) at their exact height, so a page
    // of 290 profiles draws the few in view. The heading, takeaway, legend and buttons are never skipped: Chromium
    // leaves skipped content out of the accessibility tree, so while the radar is skipped (or not drawn yet) its
    // list of areas stands beside it for screen readers. Not in boxes so narrow that labels may overflow the
    // radar, which the containment that comes with skipping would clip.
    const skips = this._width >= 160;
    const reserve: Record<string, string> = geometry
      ? { 'contain-intrinsic-block-size': `auto ${geometry.frame.height}px` }
      : {};
    const dots = this._dots;
    return html`<p class="takeaway" part="takeaway">${text.takeaway}</p>
      <div
        class=${skips ? 'plot skips' : 'plot'}
        ${cssomStyle(reserve)}
        @contentvisibilityautostatechange=${this._onVisibility}
        @keydown=${this._onKeyDown}
        @pointermove=${this._onPointer}
        @pointerdown=${this._onPointer}
        @pointerleave=${this._onPlotLeave}
        @focusin=${this._onPlotFocus}
        @focusout=${this._onFocusOut}
      >
        ${drawn ? radar(drawn, text, active, this._layer!) : radarPlaceholder(geometry?.frame.height ?? 0)}
        ${
          drawn && active >= 0
            ? tooltip(drawn, text, active, !this._tipShown, markerSize, differenceLabel(text, strings))
            : nothing
        }
      </div>
      ${drawn && (this._onScreen || !skips) ? nothing : areaList(text)}
      ${geometry?.frame.numbered ? areaKey(text) : nothing} ${legend(text, strings.legend, markerSize)}
      ${text.missingNote ? html`<p class="note">${text.missingNote}</p>` : nothing} ${credits(this._credits())}
      ${this._controls.render(strings, this._tableOpen, this._dotsOpen)}
      <details part="how-to-read" @toggle=${this._onHowToRead}>
        <summary>${strings.howToRead}</summary>
        ${
          this._howOpen
            ? html`<p>${howToRead(text, strings)}</p>
                <p>${strings.keyboardHelp}</p>`
            : nothing
        }
      </details>
      <div id="table" ?hidden=${!this._tableText}>${this._tableText ? dataTable(this._tableText) : nothing}</div>
      <div id="dotplot" ?hidden=${!dots}>
        ${dots ? dotPlotView(dots, text, tableText(text, strings).caption, this._font!.lineHeight, markerSize) : nothing}
      </div>
      <div class="sr-only" aria-live="polite">${this._announcement}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eprofile-radar': EprofileRadar;
  }
}
