import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisAngles, polar, radiusScale } from '../src/model/geometry.js';
import { ringValues } from '../src/model/ring-values.js';

/**
 * The places a ring's value may take are computed once per frame and kept by its axes' angles (the frame's own
 * array): a chart must get what it would from a frame seen for the first time, whatever charts with other radii,
 * ring values or text sizes asked before it on the same angles.
 */
describe('ring values placed from the places kept per frame', () => {
  const frames = [3, 5, 8].map((count) => ({ count, angles: axisAngles(count) }));
  const value = fc.option(fc.double({ min: 0, max: 4, noNaN: true }), { nil: null, freq: 8 });
  const chart = fc.record({
    frame: fc.constantFrom(...frames),
    radius: fc.integer({ min: 40, max: 200 }),
    labels: fc.constantFrom(['1', '2', '3', '4'], ['1,0', '2,0', '3,0', '4,0'], ['1.5', '2.5', '3.5', '4']),
    fontSize: fc.constantFrom(10, 12, 16),
    markerSize: fc.constantFrom(6, 8, 12),
    series: fc.array(fc.array(value, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
  });

  it('are those of a frame seen for the first time', () => {
    fc.assert(
      fc.property(fc.array(chart, { minLength: 1, maxLength: 6 }), (charts) => {
        for (const { frame, radius, labels, fontSize, markerSize, series } of charts) {
          const radii = [1, 2, 3, 4].map((ring) => (ring / 4) * radius);
          const scale = radiusScale(0, 4, radius);
          const lines = series.map((values) => values.slice(0, frame.count));
          const options = { labels, fontSize, markerSize };
          // The frame's own angles (kept, maybe by another chart first) and a copy of them (never seen).
          expect(ringValues(frame.angles, radii, scale, lines, options)).toEqual(
            ringValues([...frame.angles], radii, scale, lines, options),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leave a value out rather than put it on a spoke or a line', () => {
    // A triangle at full score and one just inside it: lines along every ring's edge in every sector.
    const angles = axisAngles(3);
    const places = ringValues(
      angles,
      [10, 20, 30, 40],
      radiusScale(0, 4, 40),
      [
        [4, 4, 4],
        [3, 3, 3],
        [2, 2, 2],
        [1, 1, 1],
      ],
      { labels: ['1', '2', '3', '4'], fontSize: 12, markerSize: 8 },
    );
    expect(places.every((place) => place === null)).toBe(true);
  });

  it('never sit beside a spoke whose value is missing, where a "4" on the ring reads as that value', () => {
    // Järfälla 2009 with no value for Styrning (the fifth spoke): its empty sectors were the first clear ones,
    // and a "4" stood by "Styrning" on a phone.
    const angles = axisAngles(5);
    const sectorOf = ({ x, y }: { x: number; y: number }) =>
      Math.floor((((Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI)) / (2 * Math.PI)) * 5);
    const series = [
      [3.7, 3.9, 3.3, 3.2, null],
      [2.1, 2.1, 2.0, 2.0, 2.0],
    ];
    for (const radius of [55, 150]) {
      const places = ringValues(
        angles,
        [1, 2, 3, 4].map((ring) => (ring / 4) * radius),
        radiusScale(0, 4, radius),
        series,
        { labels: ['1', '2', '3', '4'], fontSize: 12, markerSize: 8 },
      );
      const placed = places.filter((place) => place !== null);
      // Sectors 3 (Samverkan–Styrning) and 4 (Styrning–E-förvaltning) touch the missing spoke.
      for (const place of placed) expect([3, 4]).not.toContain(sectorOf(place));
      // A chart of some size still finds most of its scale elsewhere (its "4" has no clear place on the outer
      // ring, where Järfälla's line runs).
      if (radius === 150) expect(placed.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('stand two text heights from every marker, where a value beside a point reads as its value', () => {
    // Järfälla 2009 against the average: on a phone, a "4" stood 21 px from Förändring's 3,1.
    const angles = axisAngles(5);
    const series = [
      [3.5, 3.8, 3.1, 3.2, 3.5],
      [2.1, 2.1, 2.0, 2.0, 2.0],
    ];
    let shown = 0;
    for (const radius of [60, 70, 78, 90, 120, 200]) {
      const scale = radiusScale(0, 4, radius);
      const fontSize = 12;
      const places = ringValues(
        angles,
        [1, 2, 3, 4].map((ring) => (ring / 4) * radius),
        scale,
        series,
        { labels: ['1', '2', '3', '4'], fontSize, markerSize: 8 },
      );
      const markers = series.flatMap((values) => values.map((value, i) => polar(angles[i]!, scale(value))));
      for (const place of places.filter((place) => place !== null)) {
        shown++;
        for (const m of markers) expect(Math.hypot(m.x - place.x, m.y - place.y)).toBeGreaterThanOrEqual(2 * fontSize);
      }
    }
    // Not by leaving every value out.
    expect(shown).toBeGreaterThanOrEqual(10);
  });
});
