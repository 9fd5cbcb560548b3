import { cached } from '../internal/cache.js';
import { context2d } from './canvas.js';
import type { ChartFont } from '../model/chart.js';
import type { Measure } from '../model/labels.js';
import { lineHeightOf, SIZES } from '../model/layout.js';

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
/** One measurer per font, so the model can memoize on it (model/layout.ts); all dropped when fonts load. */
const measurers = new Map<string, Measure>();

/**
 * A cached text measurer for one CSS font (e.g. `13px "Source Sans", sans-serif`). Every chart on a page shares
 * the cache, so the charts of a page with the same five labels measure each word once.
 */
export function measurer(font: string, size: number): Measure {
  if (context === undefined) context = context2d();
  // No canvas (very old engines, or one refused by the browser): an estimate that errs wide, as labels must fit.
  if (!context) return (text) => text.length * size * 0.7;
  const ctx = context;
  return cached(measurers, font, () => {
    const widths = new Map<string, number>();
    return (text) =>
      cached(widths, text, () => {
        ctx.font = font;
        return ctx.measureText(text).width;
      });
  });
}

/** Forgets every measurement: called when the page's web fonts finish loading and widths change. */
export function clearMeasurements(): void {
  measurers.clear();
  fonts.clear();
}

/**
 * A measurer that adds CSS letter- and word-spacing (px), which the canvas font does not carry: a reader's
 * text-spacing override (WCAG 1.4.12) inherits into the chart and widens every label, so layout must know.
 */
export function spaced(measure: Measure, letter: number, word: number): Measure {
  if (!letter && !word) return measure;
  // The same function for the same spacing: the layout memoizes label placement on the measurer's identity.
  const bySpacing = cached(spacedMeasurers, measure, () => new Map<string, Measure>());
  return cached(
    bySpacing,
    `${letter} ${word}`,
    () => (text) => measure(text) + letter * [...text].length + word * (text.match(/ /g)?.length ?? 0),
  );
}

const spacedMeasurers = new WeakMap<Measure, Map<string, Measure>>();

/** Font metrics read from the rendered styles, so geometry matches what CSS draws; its measurer included. */
export interface Font extends ChartFont {
  css: string;
  size: number;
  lineHeight: number;
  markerSize: number;
  /** Inherited letter- and word-spacing in px (a reader's text-spacing override), 0 when normal. */
  letterSpacing: number;
  wordSpacing: number;
}

/** One object per distinct font, so charts that look alike share it (and the layouts memoized on it). */
const fonts = new Map<string, Font>();

/**
 * The labels' font as the page styles it: read from a probe that wears the labels' part, so `::part(axis-label)`
 * rules are measured too, and whose width is the marker size. None before the chart has rendered its probe.
 */
export function readFont(probe: Element | null): Font | undefined {
  if (!probe) return undefined;
  const style = getComputedStyle(probe);
  const size = parseFloat(style.fontSize) || SIZES.labelFontSize;
  const markerSize = parseFloat(style.width) || SIZES.markerSize;
  const css = `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`;
  const letterSpacing = parseFloat(style.letterSpacing) || 0;
  const wordSpacing = parseFloat(style.wordSpacing) || 0;
  const key = `${css}|${markerSize}|${letterSpacing}|${wordSpacing}`;
  const lineHeight = lineHeightOf(size);
  return cached(
    fonts,
    key,
    () => ({
      css,
      size,
      lineHeight,
      markerSize,
      letterSpacing,
      wordSpacing,
      measure: spaced(measurer(css, size), letterSpacing, wordSpacing),
    }),
    50,
  );
}
