import { describe, expect, it } from 'vitest';
import {
  contrast,
  deltaE2000,
  distance,
  parseColour,
  simulate,
  type Deficiency,
  type Rgb,
} from '../src/model/colour.js';
import { closest, DEFICIENCIES, MIN_DELTA_E, themes } from './palette-checks.js';

const MARKS = ['series-1', 'series-2', 'series-3', 'series-4', 'baseline'];

describe('colour arithmetic', () => {
  it('matches Sharma, Wu and Dalal’s CIEDE2000 test data', () => {
    const pairs: [number[], number[], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [50, 3.1736, 0.5854], 1.0],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
    ];
    for (const [a, b, expected] of pairs)
      expect(deltaE2000(a as unknown as Rgb, b as unknown as Rgb)).toBeCloseTo(expected, 3);
  });

  it('computes WCAG contrast', () => {
    expect(contrast(parseColour('#fff')!, parseColour('#000')!)).toBeCloseTo(21, 5);
    expect(contrast(parseColour('#767676')!, parseColour('#ffffff')!)).toBeCloseTo(4.54, 2);
    expect(parseColour('rgb(255, 0, 0)')).toEqual([1, 0, 0]);
    expect(parseColour('tomato')).toBeNull();
  });

  it('simulates dichromacy: red and green collapse for deuteranopes, blue and green for tritanopes', () => {
    const [red, green] = [parseColour('#d00')!, parseColour('#0a0')!];
    expect(distance(red, green)).toBeGreaterThan(50);
    expect(distance(red, green, 'deuteranopia')).toBeLessThan(distance(red, green) / 3);
    const grey = parseColour('#808080')!;
    for (const d of DEFICIENCIES) simulate(grey, d).forEach((c) => expect(c).toBeCloseTo(grey[0], 2));
  });
});

describe.each(Object.entries(themes))('the default %s palette', (name, palette) => {
  const background = palette.background!;

  it('defines every mark colour', () => {
    for (const mark of [...MARKS, 'grid', 'text', 'muted', 'background', 'focus']) expect(palette[mark]).toBeDefined();
  });

  it.each(['normal vision', ...DEFICIENCIES])(`keeps the marks ΔE00 ≥ ${MIN_DELTA_E} apart for %s`, (vision) => {
    const { delta, pair } = closest(palette, MARKS, vision === 'normal vision' ? undefined : (vision as Deficiency));
    expect(delta, `${name}, ${vision}: ${pair}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it('gives marks 3:1 and text 4.5:1 against the background', () => {
    for (const mark of [...MARKS, 'grid', 'focus'])
      expect(contrast(palette[mark]!, background), mark).toBeGreaterThanOrEqual(3);
    for (const text of ['text', 'muted'])
      expect(contrast(palette[text]!, background), text).toBeGreaterThanOrEqual(4.5);
  });
});
