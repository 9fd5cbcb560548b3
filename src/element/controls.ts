import { html, noChange, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { Strings } from '../i18n/strings.js';
import { cached } from '../internal/cache.js';
import { renderMaster } from '../view/master.js';
import { emit } from './events.js';
import type { EprofileRadarApi } from './radar-api.js';

import type { DownloadKind } from '../export/download.js';
export type ViewName = 'table' | 'dotplot';
/** How the buttons show: `compact` one quiet line of words, `full` boxed buttons, `none` not at all. */
export type ControlsMode = EprofileRadarApi['controls'];
/** The modes, the default first: what `controls` takes, and what a console warning lists (diagnostics.ts). */
export const CONTROLS_MODES = ['compact', 'full', 'none'] as const satisfies readonly ControlsMode[];

/** The mode the `controls` attribute asks for; anything else is the default, `compact`. */
export function controlsMode(value: string | undefined): ControlsMode {
  return CONTROLS_MODES.find((mode) => mode === value) ?? CONTROLS_MODES[0];
}

/** What the row of buttons asks of the chart; the views it opens and closes itself. */
export interface ControlActions {
  download(kind: DownloadKind): void;
  listen(): void;
}

/** Whether `words` stand as whole words in `name` ("Tabell" in "Visa som tabell", not in "Als Tabelle zeigen"). */
function wordsOf(name: string, words: string): boolean {
  const escaped = words.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return escaped !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(name);
}

/**
 * A view's toggle, named by what it shows: its whole name ("Visa som tabell"), or in the compact line its short
 * word ("Tabell"). The word is the whole accessible name too: with `aria-expanded` a reader says "Tabell, knapp,
 * hopfälld", which says what it does in two words instead of four on each of a page's charts, and a voice user
 * says what they see. Strings for another language may give a name without its short word among its words (a
 * German "Als Tabelle zeigen" with the Swedish "Tabell"): then the whole name shows.
 */
function viewButton(view: ViewName, open: boolean, name: string, short: string, compact: boolean): TemplateResult {
  const shown = compact && wordsOf(name, short) ? short : name;
  // The view exists only while open (view/figure.ts), and so does the reference to it.
  return html`<button
    type="button"
    part="button"
    data-view=${view}
    aria-expanded=${open}
    aria-controls=${open ? view : nothing}
  >
    ${shown}
  </button>`;
}

/**
 * The buttons under the chart: the table and dot-plot toggles, "Ladda ner" / "Download" with its list,
 * "Lyssna" / "Listen", and on a line of its own "Hjälp" / "Help", which opens how to read the chart under the row.
 * Hjälp is a button rather than a `<details>`: Chromium gives each `<details>` a shadow tree of its own and a
 * hidden content box to style and lay out, about 5 % of the time to draw an overview page.
 *
 * The download list is a disclosure of plain buttons, not an ARIA menu: a short list of buttons is what screen
 * reader users expect from a disclosure, and needs no roving focus. It is in the flow, not floating, so an iframe
 * or a CMS's overflow never clips it. Opening it moves focus to the first choice, arrows move between
 * choices, Esc closes it back on its button, focus leaving it closes it, and a choice closes it before it runs.
 *
 * The buttons have no listeners of their own: one click, one keydown and one focusout listener on the row serve
 * them all, so a page of many charts does not hold five per chart.
 */
export class ControlsController implements ReactiveController, EventListenerObject {
  /** Whether the table, the dot plot and the "how to read" text are open. */
  table = false;
  dots = false;
  howToRead = false;
  /** Whether the list of downloads is open. */
  #open = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly actions: ControlActions,
  ) {
    host.addController(this);
  }

  /** A chart taken out of the page comes back with the list closed. */
  hostDisconnected(): void {
    this.#open = false;
  }

  /**
   * Opens or closes a view and tells the page. The opened table takes focus, so a screen reader reads it next
   * rather than what lies between it and the button; Esc in it closes it, back on its button (see onTableKey).
   */
  toggleView(view: ViewName): void {
    const open = view === 'table' ? (this.table = !this.table) : (this.dots = !this.dots);
    this.host.requestUpdate();
    if (view === 'table' && open) this.#focusWhenRendered('#table table');
    emit(this.host, 'eprofile-view', { view, open });
  }

  /** Closes what the buttons opened, telling the page, when the buttons go (`controls` set to none). */
  closeViews(): void {
    if (this.table) this.toggleView('table');
    if (this.dots) this.toggleView('dotplot');
    this.howToRead = false;
  }

  /** Esc in the open table closes it and puts focus back on its button. */
  onTableKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.table) return;
    event.preventDefault();
    this.toggleView('table');
    this.host.renderRoot.querySelector<HTMLElement>('[data-view="table"]')?.focus();
  };

  /**
   * `mode`: `compact` (one quiet line of short names), `full` (boxed buttons with whole names); `playing`: the sound
   * plays, and "Lyssna" shows as pressed; pressing it again stops it. `fromTemplate`: rendered from the template
   * (on the server, and in a chart hydrated from it); otherwise a clone of the row for these words and mode, on
   * which only the open, closed and pressed states are written (see {@link controlsRow}).
   */
  render(strings: Strings, mode: ControlsMode = 'compact', playing = false, fromTemplate = false): unknown {
    const state: RowState = { table: this.table, dots: this.dots, open: this.#open, help: this.howToRead, playing };
    return fromTemplate
      ? controlsTemplate(strings, mode === 'compact', state, this)
      : controlsRow(masterRow(strings, mode === 'compact'), state, this);
  }

  /** The row's listener for clicks, keys and focus leaving: one object, not a function per event type. */
  handleEvent(event: Event): void {
    if (event.type === 'click') this.#onClick(event);
    else if (event.type === 'keydown') this.#onKeyDown(event as KeyboardEvent);
    else this.#onFocusOut(event as FocusEvent);
  }

  #onClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    const { view, kind, action } = button.dataset;
    if (view) this.toggleView(view as ViewName);
    else if (action === 'listen') this.actions.listen();
    else if (action === 'how-to-read') {
      // Its text is rendered only while open (view/figure.ts).
      this.howToRead = !this.howToRead;
      this.host.requestUpdate();
    } else if (button.classList.contains('download-toggle'))
      this.#set(!this.#open, this.#open ? null : '.download-menu button');
    else if (kind) {
      this.#set(false, '.download-toggle');
      this.actions.download(kind as DownloadKind);
    }
  }

  #onFocusOut(event: FocusEvent): void {
    const menu = this.host.renderRoot.querySelector('.download');
    if (this.#open && event.relatedTarget && !menu?.contains(event.relatedTarget as Node)) this.#set(false, null);
  }

  /** Opens or closes the list, then focuses `focus` (a selector in the shadow root) once it has rendered. */
  #set(open: boolean, focus: string | null): void {
    this.#open = open;
    this.host.requestUpdate();
    if (focus) this.#focusWhenRendered(focus);
  }

  /** Focuses `selector` (in the shadow root) once the chart has rendered. */
  #focusWhenRendered(selector: string): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #onKeyDown(event: KeyboardEvent): void {
    const target = event.target as Element;
    // Esc on the button of an open view or of Hjälp closes it, as Esc in the table and the download list does.
    const toggle = target.closest<HTMLElement>('[data-view], [data-action="how-to-read"]');
    if (event.key === 'Escape' && toggle?.getAttribute('aria-expanded') === 'true') {
      event.preventDefault();
      event.stopPropagation();
      toggle.click();
      return;
    }
    if (!this.#open || !target.closest('.download')) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#set(false, '.download-toggle');
      return;
    }
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const root = this.host.renderRoot as ShadowRoot;
    const buttons = Array.from(root.querySelectorAll<HTMLElement>('.download-menu button'));
    const index = buttons.indexOf(root.activeElement as HTMLElement);
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
  }
}

/** What differs between charts with the same words: which views and lists are open, whether the sound plays. */
interface RowState {
  table: boolean;
  dots: boolean;
  open: boolean;
  help: boolean;
  playing: boolean;
}

/**
 * The row of buttons. The list of downloads is always there, hidden while closed, so that a copy of the row holds
 * it too. The row's listener is `listener`; a copy gets it from {@link controlsRow}.
 */
function controlsTemplate(
  strings: Strings,
  compact: boolean,
  state: RowState,
  listener: EventListenerObject | undefined,
): TemplateResult {
  // The compact line shows a word of each name ("Tabell" of "Visa som tabell"), which is also what a screen
  // reader says. Each control is an item; in the compact line the dot before it is its own (controls.styles.ts),
  // so a line that wraps never ends in a dot.
  const items: [DownloadKind, string][] = [
    ['csv', strings.downloadCsv],
    ['svg', strings.downloadSvg],
    ['png', strings.downloadPng],
  ];
  return html`<div
    class=${compact ? 'controls compact' : 'controls'}
    part="controls"
    @click=${listener}
    @keydown=${listener}
    @focusout=${listener}
  >
    <span class="item">${viewButton('table', state.table, strings.showTable, strings.tableShort, compact)}</span>
    <span class="item">${viewButton('dotplot', state.dots, strings.showDotPlot, strings.dotPlotShort, compact)}</span>
    <span class="item">
      <div class="download">
        <button
          type="button"
          part="button"
          class="download-toggle"
          aria-expanded=${state.open}
          aria-controls="download-menu"
        >
          ${strings.download}
        </button>
        <ul id="download-menu" class="download-menu" part="download-menu" ?hidden=${!state.open}>
          ${items.map(([kind, label]) => html`<li><button type="button" part="button" data-kind=${kind}>${label}</button></li>`)}
        </ul>
      </div>
    </span>
    <span class="item">
      <button type="button" part="button" data-action="listen" aria-pressed=${state.playing}>${strings.listen}</button>
    </span>
    <div class="help" part="how-to-read">
      <button
        type="button"
        class="how-to-read-toggle"
        data-action="how-to-read"
        aria-expanded=${state.help}
        aria-controls=${state.help ? 'how-to-read' : nothing}
      >
        ${strings.howToRead}
      </button>
    </div>
  </div>`;
}

/** One row per words and mode, rendered once and copied by every chart that shows them (an overview page shows one). */
const masters = new WeakMap<Strings, Map<boolean, Element>>();

const CLOSED: RowState = { table: false, dots: false, open: false, help: false, playing: false };

function masterRow(strings: Strings, compact: boolean): Element {
  return cached(
    cached(masters, strings, () => new Map<boolean, Element>()),
    compact,
    () => renderMaster(controlsTemplate(strings, compact, CLOSED, undefined)),
  );
}

/**
 * A chart's copy of the row for its words and mode, with its open, closed and pressed states written on. A row of
 * templates held two dozen template parts in every chart, half a megabyte on an overview page (a heap snapshot); a
 * copy holds none. Only what changed is written.
 */
class ControlsRow extends Directive {
  private _master?: Element;
  private _row?: Element;
  private _state?: RowState;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('controlsRow() is a child binding');
  }

  render(_master: Element, _state: RowState, _listener: EventListenerObject): unknown {
    return noChange;
  }

  override update(_part: unknown, [master, state, listener]: [Element, RowState, EventListenerObject]): unknown {
    const fresh = master !== this._master;
    if (fresh) {
      this._master = master;
      this._row = master.cloneNode(true) as Element;
      for (const type of ['click', 'keydown', 'focusout']) this._row.addEventListener(type, listener);
      this._state = undefined;
    }
    const row = this._row!;
    const was = this._state;
    const attribute = (selector: string, name: string, value: boolean) =>
      row.querySelector(selector)?.setAttribute(name, String(value));
    // A view's toggle (and Hjälp's) names what it opens only while open: closed, it is not there.
    const disclosure = (selector: string, id: string, open: boolean) => {
      const button = row.querySelector(selector);
      button?.setAttribute('aria-expanded', String(open));
      if (open) button?.setAttribute('aria-controls', id);
      else button?.removeAttribute('aria-controls');
    };
    if (was?.table !== state.table) disclosure('[data-view="table"]', 'table', state.table);
    if (was?.dots !== state.dots) disclosure('[data-view="dotplot"]', 'dotplot', state.dots);
    if (was?.help !== state.help) disclosure('[data-action="how-to-read"]', 'how-to-read', state.help);
    if (was?.open !== state.open) {
      attribute('.download-toggle', 'aria-expanded', state.open);
      row.querySelector('.download-menu')?.toggleAttribute('hidden', !state.open);
    }
    if (was?.playing !== state.playing) attribute('[data-action="listen"]', 'aria-pressed', state.playing);
    this._state = state;
    return fresh ? row : noChange;
  }
}

const controlsRow = directive(ControlsRow);
