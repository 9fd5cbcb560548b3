import { estimator } from '../model/text-width.js';
import type { Measure } from '../model/labels.js';

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
/** One measurer per font, so the model can memoize on it (model/layout.ts); all dropped when fonts load. */
const measurers = new Map<string, Measure>();

/**
 * A cached text measurer for one CSS font (e.g. `13px "Source Sans", sans-serif`). Every chart on a page shares
 * the cache, so 290 charts with the same five labels measure each word once.
 */
export function measurer(font: string, size: number): Measure {
  if (context === undefined) {
    context =
      typeof OffscreenCanvas === 'function'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : document.createElement('canvas').getContext('2d');
  }
  if (!context) return estimator(size); // no canvas (very old engines): an estimate that errs wide
  let measure = measurers.get(font);
  if (!measure) {
    const widths = new Map<string, number>();
    const ctx = context;
    measure = (text) => {
      let width = widths.get(text);
      if (width === undefined) {
        ctx.font = font;
        width = ctx.measureText(text).width;
        widths.set(text, width);
      }
      return width;
    };
    measurers.set(font, measure);
  }
  return measure;
}

/** Forgets every measurement: called when the page's web fonts finish loading and widths change. */
export function clearMeasurements(): void {
  measurers.clear();
}

/**
 * A measurer that adds CSS letter- and word-spacing (px), which the canvas font does not carry: a reader's
 * text-spacing override (WCAG 1.4.12) inherits into the chart and widens every label, so layout must know.
 */
export function spaced(measure: Measure, letter: number, word: number): Measure {
  if (!letter && !word) return measure;
  // The same function for the same spacing: the layout memoizes label placement on the measurer's identity.
  let bySpacing = spacedMeasurers.get(measure);
  if (!bySpacing) spacedMeasurers.set(measure, (bySpacing = new Map()));
  const key = `${letter} ${word}`;
  let wide = bySpacing.get(key);
  if (!wide) {
    wide = (text) => measure(text) + letter * [...text].length + word * (text.match(/ /g)?.length ?? 0);
    bySpacing.set(key, wide);
  }
  return wide;
}

const spacedMeasurers = new WeakMap<Measure, Map<string, Measure>>();
