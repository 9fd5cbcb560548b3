import type { ReactiveController, ReactiveElement } from 'lit';
import type { Area } from '../input/types.js';
import { axisAt } from '../model/hit.js';
import type { Frame } from '../model/layout.js';
import { emit } from './events.js';
import { escapeWhile, hideBoxes } from './dismiss.js';

/** What the controller reads from its chart. */
export interface AreaFocusSource {
  /** The chart's areas and their shown names, in axis order; none while nothing is drawn. */
  areas(): { area: Area; label: string }[];
  /** The drawn radar's frame, for matching the pointer to an area. */
  frame(): Frame | undefined;
}

/** How long after focus was lost in a chart showing a message it is put back when the chart draws, ms. */
const LOST_FOR = 2000;

/**
 * Which area the reader is on, and whether its box of values shows: by keyboard (one tab stop, arrow keys move
 * and wrap, Home and End jump, Esc hides the box), by pointer (over an area's name or the wedge around its spoke)
 * and by focus. The box shows on hover exactly as on focus, stays while the pointer moves onto it, and Esc hides
 * it even when focus is elsewhere (WCAG 1.4.13). Every move fires `eprofile-focus-area`.
 *
 * It is the plot's event listener itself (`handleEvent`), for every kind of event it takes: one object per chart,
 * not one function per event type, on a page of many charts.
 */
export class AreaFocusController implements ReactiveController, EventListenerObject {
  /** The current area, -1 before the reader has been to any. */
  active = -1;
  /** Whether the box with the current area's values shows. */
  shown = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: AreaFocusSource,
  ) {
    host.addController(this);
  }

  /** The area whose node had focus when this render began: -1 for nothing in the chart, -2 for another node. */
  #focused = -1;
  /**
   * When focus was in the chart as it came to show nothing to focus (a message): it goes back if the chart draws
   * within {@link LOST_FOR} ms, as when an app sets its areas and, a task later, its scores; later, the reader
   * may have gone on (browse mode and scrolling leave focus on the page's body).
   */
  #lostAt = -Infinity;
  /** Focus put back by this controller: the reader did not move, so no area is shown or reported. */
  #restoring = false;
  /** The box was last opened by focus that may scroll (Tab, an app's `focus()`): it is brought into view. */
  #reveal = false;
  /** Focus being moved by this controller without scrolling (see {@link #focus}). */
  #quiet = false;

  hostUpdate(): void {
    // Fewer areas now than the one the reader was on (an app's new data): on none, as before any visit.
    if (this.active >= 0 && this.active >= this.source.areas().length) [this.active, this.shown] = [-1, false];
    const focused = (this.host.renderRoot as ShadowRoot).activeElement;
    this.#focused = !focused
      ? -1
      : focused.classList.contains('axis')
        ? Number((focused as SVGGElement).dataset.index)
        : -2;
  }

  hostUpdated(): void {
    escapeWhile(this.shown, this, this.hide);
    if (this.#reveal) this.#revealBox();
    this.#reveal = false;
    // Focus asked for before the chart had drawn, now that it has (or holds nothing to focus: a message).
    const entering = this.#entering;
    if (entering && this.host.renderRoot.querySelector('.frame:not([hidden])')) {
      this.#entering = undefined;
      this.#focus(this.#tabStop(), entering);
    }
    // Laid out again (another width: a window resized, a reader zooming in) the areas' nodes are new ones, and
    // focus left with the old: back on the same area, or a keyboard user would be thrown to the page's start.
    // With fewer areas now than the one focused, or the node gone, on the chart's tab stop; while the chart shows
    // only a message (an app setting its areas and then, a task later, its scores), back in once it draws again.
    const root = this.host.renderRoot as ShadowRoot;
    if (this.#focused !== -1 && !root.activeElement) {
      // An area's node: back on it. Another node (a view's, whose own controller moves focus on) is left alone.
      const tabStop = this.#tabStop();
      if (!tabStop) this.#lostAt = performance.now();
      if (this.#focused >= 0)
        this.#focus(root.querySelectorAll<SVGGElement>('.axis')[this.#focused] ?? tabStop, { preventScroll: true });
    } else if (this.#lostAt > -Infinity) {
      const tabStop = this.#tabStop();
      if (!tabStop) return;
      const page = this.host.ownerDocument.activeElement;
      // Unless the reader has gone elsewhere meanwhile.
      if (performance.now() - this.#lostAt < LOST_FOR && (!page || page === this.host.ownerDocument.body)) {
        this.#restoring = true;
        this.#focus(tabStop, { preventScroll: true });
        this.#restoring = false;
      }
      this.#lostAt = -Infinity;
    }
  }

  /**
   * A keyboard user's box under a phone's plot, into view: it opened below the screen's edge, where Tab had
   * scrolled only far enough for the focused name, and every arrow showed a focus ring and no numbers.
   */
  #revealBox(): void {
    this.host.renderRoot.querySelector('.box-below .tooltip')?.scrollIntoView({ block: 'nearest' });
  }

  /** Focuses a node; the area its focus shows brings its box into view, unless asked not to scroll. */
  #focus(target: HTMLElement | SVGElement | null | undefined, options?: FocusOptions): void {
    this.#quiet = options?.preventScroll === true;
    target?.focus(options);
    this.#quiet = false;
  }

  hostDisconnected(): void {
    escapeWhile(false, this, this.hide);
    this.#lostAt = -Infinity;
  }

  hide = (): void => {
    this.#set(this.active, false);
  };

  handleEvent(event: Event): void {
    switch (event.type) {
      case 'keydown':
        return this.#onKeyDown(event as KeyboardEvent);
      case 'focusin':
        return this.#onFocusIn(event as FocusEvent);
      case 'focusout':
        return this.#onFocusOut(event as FocusEvent);
      case 'pointerleave':
        return this.#onLeave(event as PointerEvent);
      default:
        return this.#onPointer(event as PointerEvent);
    }
  }

  /**
   * Moves to an area (wrapping around) and shows its box; tells the page when the area changed. `reveal`: moved by
   * focus that may scroll (Tab, an app's `focus()`), so the box is brought into view once drawn.
   */
  #moveTo(index: number, reveal = false): void {
    const names = this.source.areas();
    if (names.length === 0) return;
    const next = ((index % names.length) + names.length) % names.length;
    if (next !== this.active) {
      const { area, label } = names[next]!;
      emit(this.host, 'eprofile-focus-area', { index: next, key: area.key, label });
    }
    this.#set(next, true, reveal);
  }

  #set(active: number, shown: boolean, reveal = false): void {
    if (active === this.active && shown === this.shown) return;
    this.active = active;
    this.shown = shown;
    this.#reveal = reveal;
    this.host.requestUpdate();
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.shown) {
        // Kept from the page (a dialog the chart is in stays open), so the other charts' boxes are hidden here.
        this.hide();
        hideBoxes();
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    const current = Math.max(0, this.active);
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: this.source.areas().length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.#moveTo(target);
    const root = this.host.renderRoot;
    // Focus first, then the box: focus scrolls to the name, and the box, which names the area too, has the last say.
    void this.host.updateComplete.then(() => {
      root.querySelectorAll<SVGGElement>('.axis')[this.active]?.focus();
      this.#revealBox();
    });
  }

  /**
   * Moves focus to the chart's one tab stop, its radar's current area, where Tab would land (a lazy radar not yet
   * built: its first button), as a skip link or an app's `chart.focus()` expects.
   */
  enter(options?: FocusOptions): void {
    const target = this.#tabStop();
    // A chart just added has drawn nothing yet (it waits for its width, the next frame): focus goes in once it has,
    // unless what it draws holds nothing to focus (a message about its input).
    if (target) this.#focus(target, options);
    else this.#entering = options ?? {};
  }

  /** Where Tab lands in the chart: its radar's current area, else (a lazy radar not yet built) its first button. */
  #tabStop(): HTMLElement | SVGElement | null {
    const root = this.host.renderRoot;
    return root.querySelector<SVGGElement>('.axis[tabindex="0"]') ?? root.querySelector('button');
  }

  /** Focus asked for before the chart had drawn (see {@link enter}). */
  #entering?: FocusOptions;

  /** Focus on an area's node (Tab, a click, an app's `focus()`) shows that area. */
  #onFocusIn(event: FocusEvent): void {
    const axis = (event.target as Element).closest?.<SVGGElement>('.axis');
    if (axis && !this.#restoring) this.#moveTo(Number(axis.dataset.index), !this.#quiet);
  }

  /** The pointer over an area's name, or the wedge around its spoke, shows that area. */
  #onPointer(event: PointerEvent): void {
    const svg = this.host.renderRoot.querySelector('svg.radar');
    const frame = this.source.frame();
    // Over the box with the values the reader may be moving onto it: it stays as it is.
    if (!svg || !frame || (event.target as Element).closest('.tooltip')) return;
    // The SVG scales with its box (width 100 %, height auto): one factor maps page pixels to chart units.
    const box = svg.getBoundingClientRect();
    const scale = frame.width / (box.width || 1);
    const index = axisAt(
      frame,
      (event.clientX - box.left) * scale - frame.cx,
      (event.clientY - box.top) * scale - frame.cy,
    );
    if (index >= 0) this.#moveTo(index);
  }

  /**
   * The pointer leaving the plot, or the box under a small plot, hides the box: unless it goes from one to the
   * other, or the plot has focus (then the box is focus's).
   */
  #onLeave(event: PointerEvent): void {
    const to = event.relatedTarget as Element | null;
    if (to?.closest?.('.plot, .tooltip')) return;
    if (!this.host.renderRoot.querySelector('.plot')?.matches(':focus-within')) this.hide();
  }

  /** Focus leaving the plot hides the box. */
  #onFocusOut(event: FocusEvent): void {
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.hide();
  }
}
