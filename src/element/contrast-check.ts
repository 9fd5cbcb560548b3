import { contrast, type Rgb } from '../model/colour.js';
import { COLOR_TOKENS, formatRatio, GRAPHIC_CONTRAST, over } from '../model/contrast.js';
import { context2d } from './canvas.js';
import { mediaQuery } from './platform.js';

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour the browser knows (hex, rgb(), oklch(), color-mix(), names) as sRGB 0–1 and an alpha: the
 * canvas parses it with the engine that paints the chart. Null when the text is not a colour.
 */
export function resolveColor(text: string): { rgb: Rgb; alpha: number } | null {
  if (context === undefined) context = context2d({ willReadFrequently: true });
  if (!context || !text) return null;
  const sentinel = '#010203';
  context.fillStyle = sentinel;
  context.fillStyle = text;
  if (context.fillStyle === sentinel && text.replace(/\s/g, '').toLowerCase() !== sentinel) return null;
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  // Canvas pixels are premultiplied-then-unpremultiplied bytes; good to a unit in 255, plenty for a warning.
  return { rgb: [r / 255, g / 255, b / 255], alpha: a / 255 };
}

/** What the chart's background looks like: its own colour over the first opaque one behind it (else white). */
function backdrop(host: HTMLElement, own: ReturnType<typeof resolveColor>): Rgb {
  const layers = own ? [own] : [];
  for (let node: Element | null = host.parentElement; node; node = node.parentElement) {
    const color = resolveColor(getComputedStyle(node).backgroundColor);
    if (color && color.alpha > 0) layers.push(color);
    if (color && color.alpha === 1) break;
  }
  return layers.reduceRight<Rgb>((below, layer) => over(layer.rgb, layer.alpha, below), [1, 1, 1]);
}

const seen = new Set<string>();

/** What a token that is no colour leaves, as the styles fall back (a stroke to none, a fill to black). */
function unused(token: string): string {
  if (/series|baseline/.test(token)) return 'its line is not drawn and its markers are black';
  if (token === '--_grid') return 'the rings and spokes are not drawn';
  // An outline of no colour is no outline: keyboard users lose the focus indicator (WCAG 2.4.7).
  if (token === '--_focus') return 'buttons and areas show no focus indicator';
  return "its text takes the page's colour (black in the radar)";
}

/**
 * Author colours that fail contrast against the chart's background, or are no colour at all, as console lines
 * (each said once per page).
 * A token is checked when the author set it, or when the author set the background (then every default is judged
 * against it). Series beyond those drawn are skipped. Forced colours are the system's, so nothing is said then.
 */
export function contrastWarnings(host: HTMLElement, seriesCount: number): string[] {
  if (mediaQuery(window, '(forced-colors: active)').matches) return [];
  const style = getComputedStyle(host);
  const read = (name: string) => style.getPropertyValue(name).trim();
  const authorBackground = read('--eprofile-background') !== '';
  // The defaults pass (test/palette.test.ts): only authored colours, or an authored background, need judging, and
  // only then is the backdrop (a walk up the page) worth working out.
  let background: Rgb | undefined;
  const lines: string[] = [];
  const say = (line: string) => {
    if (seen.has(line)) return;
    seen.add(line);
    lines.push(line);
  };
  for (const { token, property, minimum } of COLOR_TOKENS) {
    const series = /^--_series-(\d)$/.exec(token);
    if (series && Number(series[1]) > seriesCount) continue;
    const authored = read(property);
    if (!authored && !authorBackground) continue;
    background ??= backdrop(host, resolveColor(read('--_background')));
    const value = read(token);
    const color = resolveColor(/^currentcolor$/i.test(value) ? style.color : value);
    if (!color) {
      // A typo ("#05a8c", "grey50"): the series' or the comparison's line vanished without a word. Judged by CSS
      // itself, not the canvas, which may not know every colour CSS does.
      if (authored && !CSS.supports('color', value))
        say(`${property} ${value} is not a CSS colour, so ${unused(token)}.`);
      continue;
    }
    const ratio = contrast(over(color.rgb, color.alpha, background), background);
    if (ratio >= minimum) continue;
    const graphic = minimum === GRAPHIC_CONTRAST;
    const line =
      `${authored ? property : `${property} (default)`} ${value} has contrast ${formatRatio(ratio)} against the ` +
      `background ${read('--_background')}; ${graphic ? 'lines, markers and focus' : 'text'} need ` +
      `${minimum}:1 (WCAG 2.1 ${graphic ? '1.4.11' : '1.4.3'}).`;
    say(line);
  }
  return lines;
}

const queue = new Map<HTMLElement, number>();

/**
 * Checks a chart's colours when the page is idle, together with every other chart waiting: reading computed styles
 * right after each chart renders would recalculate the page's styles once per chart (hundreds of times on an overview
 * page). A diagnostic can wait; `warn` gets each line.
 */
export function checkContrastLater(host: HTMLElement, seriesCount: number, warn: (line: string) => void): void {
  if (queue.size === 0) {
    const run = () => {
      const hosts = [...queue];
      queue.clear();
      // A diagnostic must never break the page: a canvas that refuses to be read only skips the check.
      try {
        for (const [chart, count] of hosts) if (chart.isConnected) contrastWarnings(chart, count).forEach(warn);
      } catch {
        /* no check without a readable canvas */
      }
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 200);
  }
  queue.set(host, seriesCount);
}
