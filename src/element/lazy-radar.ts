import type { ReactiveController, ReactiveElement } from 'lit';
import { maySkip, radarBuilt } from '../model/drawing.js';
import { runNow, whenIdle } from './idle-queue.js';

/**
 * Whether this browser skips rendering off-screen content under `content-visibility: auto` and says so with an
 * event. Where it does, a lazy chart builds its radar when the browser starts rendering it; elsewhere at once.
 */
const SKIPS_OFFSCREEN = typeof ContentVisibilityAutoStateChangeEvent === 'function';

type Task = () => Promise<unknown> | void;

/**
 * What the browser is drawing of a chart (model/drawing.ts decides from it): whether its radar has come near the
 * viewport or taken focus (`near`), and whether the browser renders it now (`onScreen`). Until the browser says, a
 * radar counts as skipped, as most are on a page of many: only the few it draws then change, not all the others.
 *
 * It listens on the plot for `contentvisibilityautostatechange` (`handleEvent`) and on the host for focus.
 */
export class LazyRadarController implements ReactiveController, EventListenerObject {
  near = !SKIPS_OFFSCREEN;
  onScreen = !SKIPS_OFFSCREEN;
  /** Work put off until the chart is seen, run as soon as it is (see {@link whenSeen}); made when first needed. */
  #waiting?: Set<Task>;

  constructor(
    private readonly host: ReactiveElement,
    /** The chart's width, px. */
    private readonly width: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this);
  }

  handleEvent(event: Event): void {
    if (event.type === 'focusin') return this.#set(true, this.onScreen);
    const onScreen = !(event as ContentVisibilityAutoStateChangeEvent).skipped;
    this.#set(this.near || onScreen, onScreen);
    // Coming into view with work still queued: it is needed now.
    if (onScreen) for (const task of this.#waiting ?? []) runNow(task);
  }

  /** Takes the radar as drawn on screen until the browser says otherwise, as the server renders it. */
  assumeOnScreen(): void {
    this.near = this.onScreen = true;
  }

  /** The page is printing: the radar is built, as paper shows every chart (unbuilt, it printed as an empty box). */
  print(): void {
    this.#set(true, this.onScreen);
  }

  /** Whether the radar is built now (model/drawing.ts). */
  built(loading: unknown): boolean {
    return radarBuilt(loading, this.near, this.width());
  }

  /** Whether the reader may be looking at the chart: the browser draws it, or it holds focus. */
  seen(): boolean {
    return this.onScreen || this.host.matches(':focus-within');
  }

  /**
   * Runs `task` now, or when the page is idle if the chart is off screen (see idle-queue.ts), and at once if it
   * comes into view before then: a page switching language re-words its off-screen charts in slices.
   */
  whenSeen(task: Task): void {
    if (!this.host.hasUpdated || !maySkip(this.width()) || this.seen()) {
      void task();
      return;
    }
    (this.#waiting ??= new Set()).add(task);
    whenIdle(task);
  }

  #set(near: boolean, onScreen: boolean): void {
    if (near === this.near && onScreen === this.onScreen) return;
    this.near = near;
    this.onScreen = onScreen;
    this.host.requestUpdate();
  }
}
