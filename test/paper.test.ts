import { describe, expect, it } from 'vitest';
import type { Geometry } from '../src/model/layout.js';
import { paperLayout, printedGeometry } from '../src/model/paper.js';

describe('a chart on paper', () => {
  it('is laid out again only for narrower paper, no higher than its drawing was as the pages were counted', () => {
    // From a phone onto A4: as on screen (laid out again, it was twice as high, and the page's end was cut off).
    expect(paperLayout(359, 718, 420)).toBeUndefined();
    expect(paperLayout(600, 600, 500)).toBeUndefined();
    // Into a 90 mm column from a desktop: at its width there, kept to the height the pages were counted with.
    expect(paperLayout(576, 340, 330)).toEqual({ width: 340, height: 330 });
    // Hidden on screen, shown on paper: at its width there, within the square kept for it.
    expect(paperLayout(0, 453, 453)).toEqual({ width: 453, height: 453 });
    expect(paperLayout(576, 340, 0)).toEqual({ width: 340, height: undefined });
  });

  it('prints a radar that would take letters on paper as on screen, where it has none', () => {
    const radar = (lettered: boolean) => ({ frame: { lettered } }) as Geometry;
    /** A chart laid out at the widths in `radars` (px), and nothing (no font yet, or hidden) at any other. */
    const laidOut = (radars: Record<number, Geometry>) => (width: number) => radars[width];
    const [screen, paper, short] = [radar(false), radar(false), radar(false)];
    // On screen, and printing where the chart cannot be laid out for paper: the screen's radar.
    expect(printedGeometry(undefined, 576, laidOut({ 576: screen, 340: paper }))).toBe(screen);
    expect(printedGeometry({ width: 340, height: 330 }, 576, laidOut({ 576: screen }))).toBe(screen);
    expect(printedGeometry({ width: 340, height: 330 }, 576, laidOut({ 576: screen, 340: paper }))).toBe(paper);
    // Lettered on paper: the key under it would make the chart higher than counted.
    expect(printedGeometry({ width: 170, height: 330 }, 576, laidOut({ 576: screen, 170: radar(true) }))).toBe(screen);
    // Hidden on screen (no layout there): one with short names, scaled down to the column (its key of names under
    // the radar pushed the rest of the page off its last page).
    expect(printedGeometry({ width: 170, height: 170 }, 0, laidOut({ 170: radar(true), 320: short }))).toBe(short);
    // Nothing else to print: the lettered one.
    const lettered = radar(true);
    expect(printedGeometry({ width: 170, height: 170 }, 0, laidOut({ 170: lettered }))).toBe(lettered);
  });
});
