import { isServer, type ReactiveElement } from 'lit';
import type { ChartFont } from '../model/chart.js';

/**
 * The content width (px) a chart is laid out at where nothing can be measured: on the server, and in the first
 * render of a chart hydrated from the server's HTML, which must repeat the server's render exactly. Its SVG
 * scales with its container (viewBox) until the browser measures the chart and lays it out at its own width.
 */
export const SERVER_WIDTH = 600;

/**
 * The area names' font where no canvas can measure, from metrics the project ships. Not part of the element's
 * own module: the metrics weigh 4 KB gzip, which a page that never renders on a server should not load. The
 * `eprofile-radar/ssr` entry (src/ssr.ts) sets it, on the server and, through `eprofile-radar/hydrate`, in the
 * browser that hydrates the server's HTML.
 */
let font: ChartFont | undefined;

export function setServerFont(metrics: ChartFont): void {
  font = metrics;
}

export function serverFont(): ChartFont | undefined {
  return font;
}

/**
 * A chart rendered on the server, or taking over what the server rendered (README, Server rendering). Its first
 * render repeats the server's (its width, font, and a radar drawn on screen), and the radar's layer is rendered from
 * templates, not cloned.
 */
export class ServerRender {
  /** Rendered on the server, or hydrating its HTML (which needs lit's hydration support and the server's font). */
  readonly fromServer: boolean;
  /**
   * Taking the server's HTML over, until the first render has: lit keeps the server's text as that render's, so it
   * must repeat what the server assumed (Swedish, heading level 2); the page's own language and level follow.
   */
  #hydrating: boolean;

  constructor(host: HTMLElement) {
    this.fromServer = (isServer || (!!host.shadowRoot && 'litElementHydrateSupport' in globalThis)) && !!font;
    this.#hydrating = this.fromServer && !isServer;
  }

  /** Runs `step` now, or once the server's HTML is taken over, as it may change what the server assumed. */
  async after(host: ReactiveElement, step: () => unknown): Promise<void> {
    if (this.#hydrating) await host.updateComplete;
    step();
  }

  /**
   * Runs an update (`update`: lit's), the first of a hydrating chart taking the server's HTML over. A chart given
   * more than the server was (a `<table>` inside it, properties the server's page never passed on) cannot repeat
   * the server's render, and lit throws taking it over: then the server's HTML goes and the update runs again,
   * rendering afresh, rather than leaving half of each.
   */
  update(root: ShadowRoot, update: () => void): void {
    if (!this.#hydrating) return update();
    this.#hydrating = false;
    try {
      update();
    } catch {
      // lit's marker of the root's rendered part (a name kept across its versions), which the failed take-over left.
      delete (root as ShadowRoot & { _$litPart$?: unknown })._$litPart$;
      root.replaceChildren();
      update();
    }
  }
}
