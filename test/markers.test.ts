import { describe, expect, it } from 'vitest';
import { BASELINE_SHAPE, markerPath, SERIES_SHAPES } from '../src/model/markers.js';

describe('markerPath', () => {
  it('gives every series and the comparison a shape of its own', () => {
    const paths = [...SERIES_SHAPES, BASELINE_SHAPE].map((shape) => markerPath(shape, 0, 0, 8));
    expect(new Set(paths).size).toBe(5);
  });

  it('centres each shape on its point', () => {
    for (const shape of [...SERIES_SHAPES, BASELINE_SHAPE]) {
      const numbers = markerPath(shape, 100, 50, 8)
        .replace(/A[\d.]+,[\d.]+,0,1,1,/g, 'L')
        .match(/-?[\d.]+/g)!
        .map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(100, 0);
      expect(Math.abs((Math.min(...ys) + Math.max(...ys)) / 2 - 50)).toBeLessThan(1.5);
    }
  });
});
