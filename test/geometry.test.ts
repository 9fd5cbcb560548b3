import { curveLinearClosed, lineRadial } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisAngles, polar, radiusScale, ringPath, seriesPath, ticks } from '../src/model/geometry.js';
import { roundNumbers } from './asserts.js';

const angles = axisAngles(5);
const scale = radiusScale(0, 4, 100);

describe('axisAngles', () => {
  it('starts at 12 o’clock and goes clockwise in equal steps', () => {
    expect(angles.map((a) => roundNumbers(String(a)))).toEqual(['0', '1.257', '2.513', '3.77', '5.027']);
    const [top, right] = [polar(angles[0]!, 1), polar(angles[1]!, 1)];
    expect(roundNumbers(`${top.x},${top.y}`)).toBe('0,-1');
    expect(right.x).toBeGreaterThan(0);
  });
});

describe('radiusScale', () => {
  it('is linear from the centre: 2 is half-way to 4, not a quarter of the area', () => {
    expect(scale(0)).toBe(0);
    expect(scale(2)).toBe(50);
    expect(scale(4)).toBe(100);
    expect(radiusScale(1, 5, 80)(3)).toBe(40);
  });
});

describe('seriesPath', () => {
  it('closes the polygon through every value', () => {
    expect(roundNumbers(seriesPath([4, 4, 4, 4, 4], angles, scale))).toBe(roundNumbers(ringPath(angles, 100)));
    expect(roundNumbers(seriesPath([2, 4, 2, 4, 2], angles, scale))).toBe(
      'M0,-50L95.11,-30.9L29.39,40.45L-58.78,80.9L-47.55,-15.45Z',
    );
  });

  it('leaves a gap at a missing value instead of drawing it at the centre', () => {
    const path = seriesPath([4, null, 4, 4, 4], angles, scale);
    expect(path).not.toContain('Z');
    expect(path).not.toMatch(/L0,0|M0,0/);
    // One run from area 3 round through 12 o'clock to area 1: the last and first values still join.
    expect(roundNumbers(path)).toBe('M58.78,80.9L-58.78,80.9L-95.11,-30.9L0,-100');
  });

  it('splits into separate runs around several gaps', () => {
    const path = seriesPath([4, null, 4, 4, null], angles, scale);
    expect(path.match(/M/g)).toHaveLength(2);
  });

  it('draws nothing when every value is missing', () => {
    expect(seriesPath([null, null, null], axisAngles(3), scale)).toBe('');
  });
});

describe('ticks', () => {
  it('rings at every whole step of the default scale', () => {
    expect(ticks(0, 4)).toEqual([1, 2, 3, 4]);
    expect(ticks(1, 5)).toEqual([2, 3, 4, 5]);
  });
  it('four equal rings when the span is not whole or very large', () => {
    expect(ticks(0, 1)).toEqual([1]);
    expect(ticks(0, 100)).toEqual([25, 50, 75, 100]);
    expect(ticks(0, 2.5)).toEqual([0.625, 1.25, 1.875, 2.5]);
  });
});

describe('the same paths as d3-shape', () => {
  // d3's line generator, as the chart used it before writing the joins out (geometry.ts says why).
  const d3Closed = lineRadial<[number, number]>().curve(curveLinearClosed).digits(2);
  const d3Open = lineRadial<[number, number] | null>()
    .defined((point) => point !== null)
    .angle((point) => point![0])
    .radius((point) => point![1])
    .digits(2);

  it('writes what lineRadial writes, for closed and gapped series of any length', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 4, noNaN: true }), { nil: null, freq: 4 }), {
          minLength: 3,
          maxLength: 12,
        }),
        (values) => {
          const a = axisAngles(values.length);
          const points = values.map((v, i): [number, number] | null => (v === null ? null : [a[i]!, scale(v)]));
          const gap = points.indexOf(null);
          const expected =
            gap === -1
              ? d3Closed(points as [number, number][])
              : d3Open([...points.slice(gap + 1), ...points.slice(0, gap + 1)]);
          expect(seriesPath(values, a, scale)).toBe(expected ?? '');
        },
      ),
    );
  });
});
