import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { RawInput } from '../input/parse.js';
import { tableInputOf } from '../input/table.js';
import type { Strings } from '../i18n/strings.js';
import { chartPipeline, type ChartWords } from '../model/chart.js';
import type { DotPlot } from '../model/dotplot.js';
import type { Geometry } from '../model/layout.js';
import { printedGeometry } from '../model/paper.js';
import type { TableText } from '../model/rows.js';
import { Memo } from '../internal/memo.js';
import { download } from '../export/download.js';
import { cloneLayer } from '../view/layer.js';
import { cloneMarkerDefs, markerDefsTemplate } from '../view/marker-defs.js';
import { figure } from '../view/figure.js';
import { message, withoutChart } from '../view/message.js';
import { AnnouncerController } from './announcer.js';
import { AreaFocusController } from './area-focus.js';
import { ControlsController, controlsMode } from './controls.js';
import { controlStyles } from './controls.styles.js';
import { DiagnosticsController } from './diagnostics.js';
import { DocumentStylesController } from './document-styles.js';
import { givenLevel, levelAfterPreceding } from './heading-level.js';
import { LazyRadarController } from './lazy-radar.js';
import { measurer } from './measure.js';
import { ListenController } from './listen.js';
import { ObserversController } from './observers.js';
import { figureInternals, nameFigure } from './internals.js';
import { nearestLang } from './page-observers.js';
import { EprofileRadarApi } from './radar-api.js';
import { styles } from '../view/radar.styles.js';
import { SERVER_WIDTH, ServerRender, serverFont } from './server.js';
import { SizingController } from './sizing.js';
import { tell } from '../internal/tell.js';

/**
 * A radar chart of a municipality's e-profile: its scores on the survey's areas (0–4) against a comparison
 * such as the average of all municipalities. Accessible (one tab stop, arrow keys between areas, a table and a
 * dot-plot view), themeable, Swedish or English. Its properties, events, parts and custom properties are
 * declared and documented in radar-api.ts; this class draws the chart from them.
 *
 * @summary An accessible, themeable radar chart for Swedish municipalities' e-profiles.
 * @tagname eprofile-radar
 */
export class EprofileRadar extends EprofileRadarApi {
  static override styles = [styles, controlStyles];

  static override properties: PropertyDeclarations = {
    _table: { state: true },
    _pageLang: { state: true },
    _pageLevel: { state: true },
    _failed: { state: true },
  };

  /** The data of the author's `<table>` inside the chart, read whenever the light DOM changes. */
  declare private _table?: RawInput;
  /** The nearest `lang` above the chart. */
  private _pageLang = '';
  /** The heading level the page's outline gives the chart (see heading-level.ts). */
  private _pageLevel = 2;
  /** An update threw (see scheduleUpdate): the chart shows its heading and a message until its input changes. */
  private _failed = false;

  #server = new ServerRender(this);
  #internals = figureInternals(this);
  #pipeline = chartPipeline();
  #chart?: ChartWords;
  #geometry?: Geometry;
  #table?: TableText;
  #dots?: DotPlot;
  /** The frame's grid and labels, and the marker definitions, cloned again only when what they show changes. */
  #layer = new Memo(cloneLayer);
  #markers = new Memo(cloneMarkerDefs);

  #styles = new DocumentStylesController(this, EprofileRadar.elementStyles);
  #lazy = new LazyRadarController(this, () => this.#size.width);
  /** Its width, font and paper; printing, the radar is built and drawn at once, through the update's guard. */
  #size = new SizingController(this, this.#internals, () => {
    this.#lazy.print();
    if (this.isUpdatePending) void this.scheduleUpdate();
  });
  #announcer = new AnnouncerController(this);
  #listen = new ListenController(this, this.#announcer);
  #focus = new AreaFocusController(this, {
    areas: () =>
      (this.#chart?.data?.areas ?? []).map((area, i) => ({ area, label: this.#chart!.text!.areaLabels[i]! })),
    frame: () => this.#geometry?.frame,
  });
  #controls = new ControlsController(this, {
    download: (kind) => void download(kind, { chart: this.#chart, font: this.#size.font, host: this, measurer }),
    listen: () => this.#listen.toggle(this.#chart),
  });
  #diagnostics = new DiagnosticsController(this, () => ({
    chart: this.#chart,
    named: !!(this.heading || this.label),
    theme: this.theme,
    strings: this.strings,
    laidOut: !!this.#geometry,
  }));

  /** The page is parsed: a waiting chart reads its input again, after the page's own listeners (`$(…)`, areas). */
  #parsed = (): void => void setTimeout(() => setTimeout(() => this.isConnected && this.requestUpdate()));
  /** Follows the page's language; an off-screen chart when the page is idle (lazy-radar.ts). */
  #followLang = async (): Promise<boolean> => {
    await this.#server.after(this, () => (this._pageLang = nearestLang(this) || 'sv'));
    return this.updateComplete;
  };

  constructor() {
    super();
    new ObserversController(this, this.#internals, () => this.renderRoot, this.#size, {
      lang: () => this.#lazy.whenSeen(this.#followLang),
      children: () => (this._table = tableInputOf(this)),
    });
    if (!this.#server.fromServer) return;
    this.#size.assume(SERVER_WIDTH, serverFont());
    this.#lazy.assumeOnScreen();
  }

  /** The shadow root, with the styles adopted for the document the chart is in (see document-styles.ts). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // The server's HTML (declarative shadow DOM): lit's hydration support takes it over as it is, styles adopted
    // too, as a strict CSP blocks the <style> Lit SSR writes; a chart that cannot repeat the server's render (no
    // hydration support, or no server font: README, Server rendering) empties it and renders afresh.
    const hydrating = !!this.shadowRoot && this.#server.fromServer;
    if (!hydrating) this.shadowRoot?.replaceChildren();
    const root = this.shadowRoot ?? this.attachShadow(EprofileRadar.shadowRootOptions);
    this.#styles.adopt(root);
    if (hydrating) return super.createRenderRoot();
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#server.after(this, () => (this._pageLevel = levelAfterPreceding(this)));
  }

  /** The first update of a chart hydrating the server's HTML takes it over, or renders afresh (server.ts). */
  protected override update(changed: PropertyValues<this>): void {
    this.#server.update(this.renderRoot as ShadowRoot, () => super.update(changed));
  }

  /** Focuses the chart's tab stop (its radar's current area), as a skip link to the chart would: `chart.focus()`. */
  override focus(options?: FocusOptions): void {
    this.#focus.enter(options);
  }

  /**
   * The last line of defence: anything an update throws (a bug, or a page whose platform misbehaves in a way not
   * foreseen) is logged and leaves the heading and a message, never an uncaught error on the page.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      if (this._failed) return;
      this._failed = true;
      tell('error', 'the chart could not be drawn.', error);
    }
  }

  /** Derives the chart from its inputs through the pipeline (model/chart.ts); each stage only when its input changed. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    // After a failed update, only new input tries again (the data that failed may be the cause): a property, the
    // author's table or the page's language, not the failure itself or the page's heading level.
    if (this._failed && [...changed.keys()].every((key) => key === '_failed' || key === '_pageLevel')) return;
    this._failed = false;
    this.#diagnostics.options(changed);
    // On a server the light DOM is out of sight: a chart given no data may be fed by a table there, so it waits.
    const parsing = isServer ? ('server' as const) : this.ownerDocument.readyState === 'loading';
    const place = { table: this._table, pageLang: this._pageLang, parsing };
    const chart = this.#pipeline.words(this, place, changed as Map<string, unknown>);
    this.#chart = chart;
    nameFigure(this.#internals, chart.text?.figureName ?? this.heading);
    if (chart.waiting && !isServer)
      this.ownerDocument.addEventListener('DOMContentLoaded', this.#parsed, { once: true });
    this.#announcer.update(chart.text, this.#lazy.seen(), chart.locale.strings);
    const { font, width, print } = this.#size;
    // Printing: which radar goes on paper (model/paper.ts); on screen, the one at the chart's width, asked directly.
    this.#geometry = !font
      ? undefined
      : print
        ? printedGeometry(print, width, (at) => this.#pipeline.geometry(chart, font, at))
        : this.#pipeline.geometry(chart, font, width);
    // Views open when the buttons go (`controls` set to none) close with them: no button would close them.
    if (controlsMode(this.controls) === 'none') this.#controls.closeViews();
    this.#table = this.#controls.table ? this.#pipeline.table(chart) : undefined;
    this.#dots = this.#controls.dots && font ? this.#pipeline.dots(chart, font, width) : undefined;
  }

  protected override render(): TemplateResult {
    const [chart, strings] = [this.#chart, this.#chart?.locale.strings];
    const heading = chart?.text?.figureName ?? this.heading;
    const measured = this.#size.width >= 0;
    const level = givenLevel(this.headingLevel) ?? this._pageLevel;
    // Probe and sizer sit outside the frame: reading them lays out nothing the browser skips. Nothing else is laid
    // out before the width is known: the charts connected in one task are measured in one layout (page-observers).
    return html`<div class="sizer"></div>
      <span class="probe" part="axis-label" aria-hidden="true"><span class="sample">Ag 1</span></span>
      <div
        class="frame"
        dir=${chart?.locale.dir ?? 'ltr'}
        lang=${chart?.locale.numberLang ?? 'sv'}
        ?hidden=${!measured && !this._failed}
      >
        <div class="heading" part="heading" role="heading" aria-level=${level} ?hidden=${!heading}>${heading}</div>
        ${
          this._failed || !chart || !strings
            ? message(strings?.errorPrefix ?? '', [])
            : !measured || chart.waiting
              ? nothing
              : chart.text
                ? this.#figure({ ...chart, text: chart.text }, strings)
                : withoutChart(chart, strings)
        }
      </div>
      ${this.#server.fromServer ? html`<slot class="light"></slot>` : nothing}`;
  }

  #figure(chart: ChartWords & { text: NonNullable<ChartWords['text']> }, strings: Strings) {
    const [geometry, { font, width, print }] = [this.#geometry, this.#size];
    const [controls, mode] = [this.#controls, controlsMode(this.controls)];
    const built = !!geometry && !!font && this.#lazy.built(this.loading);
    const marks = [chart.data!.series.length, !!chart.data!.baseline, font?.markerSize ?? 0] as const;
    return figure(
      {
        chart,
        geometry,
        layer: built && !this.#server.fromServer ? this.#layer.get(geometry.frame, font.lineHeight) : undefined,
        markers: font && (this.#server.fromServer ? markerDefsTemplate(...marks) : this.#markers.get(...marks)),
        width,
        printHeight: print?.height,
        fromServer: this.#server.fromServer,
        built,
        focus: this.#focus,
        visibility: this.#lazy,
        mode,
        controls:
          mode === 'none' ? nothing : controls.render(strings, mode, this.#listen.playing, this.#server.fromServer),
        views: controls,
        table: this.#table,
        dots: this.#dots,
        font,
        announcement: this.#announcer.text,
      },
      strings,
    );
  }
}
