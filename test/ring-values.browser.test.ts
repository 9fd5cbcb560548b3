import { afterEach, describe, expect, it } from 'vitest';
import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';
import { mount, settle } from './mount.js';
import { AVERAGE, NOMINEES } from './fixtures.js';

/**
 * Ring values (1–4) never sit under a series' line or marker, whatever the values: read from the drawn chart as
 * boxes in the page (each ring value's text box; each line's segments and each marker's box from the path drawn).
 */

type Point = [number, number];
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every line's points in page coordinates, one array per subpath. */
function lines(root: ShadowRoot): Point[][] {
  return [...root.querySelectorAll<SVGPathElement>('.radar .line')].flatMap((path) => {
    const matrix = path.getScreenCTM()!;
    return (path.getAttribute('d') ?? '')
      .split('M')
      .filter(Boolean)
      .map((run) => {
        const numbers = run.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
        const points: Point[] = [];
        for (let i = 0; i + 1 < numbers.length; i += 2) {
          const p = new DOMPoint(numbers[i], numbers[i + 1]).matrixTransform(matrix);
          points.push([p.x, p.y]);
        }
        // A closed line (Z) returns to its first point.
        return run.includes('Z') ? [...points, points[0]!] : points;
      });
  });
}

/** Whether a segment comes inside a box: sampled every half pixel. */
function crosses([ax, ay]: Point, [bx, by]: Point, b: Box): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) * 2));
  for (let k = 0; k <= steps; k++) {
    const x = ax + ((bx - ax) * k) / steps;
    const y = ay + ((by - ay) * k) / steps;
    if (x > b.left && x < b.right && y > b.top && y < b.bottom) return true;
  }
  return false;
}

/** The chart's ring values do not touch a line (its half width plus 0.5 px) or a marker's box. */
function expectClear(chart: EprofileRadar): void {
  const root = chart.shadowRoot!;
  const ticks = [...root.querySelectorAll('.radar .tick')];
  expect(ticks.length).toBeGreaterThan(0);
  const half = 4 / 2; // markers are 8 px: their box reaches 4 px (the diamond ~5) from the point
  for (const tick of ticks) {
    const r = tick.getBoundingClientRect();
    // The glyphs' box, not the line box: digits fill about the middle 70 % of it.
    const inset = r.height * 0.15;
    const text = { left: r.left, right: r.right, top: r.top + inset, bottom: r.bottom - inset };
    const grown = (by: number) => ({
      left: text.left - by,
      right: text.right + by,
      top: text.top - by,
      bottom: text.bottom + by,
    });
    for (const line of lines(root)) {
      for (let i = 0; i + 1 < line.length; i++)
        expect(crosses(line[i]!, line[i + 1]!, grown(1.75)), `ring value ${tick.textContent} under a line`).toBe(false);
      for (const [x, y] of line) {
        const marker = { left: x - half - 1, right: x + half + 1, top: y - half - 1, bottom: y + half + 1 };
        const hit =
          marker.left < text.right && text.left < marker.right && marker.top < text.bottom && text.top < marker.bottom;
        expect(hit, `ring value ${tick.textContent} under a marker at ${x},${y}`).toBe(false);
      }
    }
  }
}

/** Ring values that stay off the spokes: no ring value's box holds the top spoke (where the first area's values are). */
function expectOffTopSpoke(chart: EprofileRadar): void {
  const root = chart.shadowRoot!;
  const g = root.querySelector<SVGGElement>('.radar > g')!;
  const centre = new DOMPoint(0, 0).matrixTransform(g.getScreenCTM()!);
  for (const tick of root.querySelectorAll('.radar .tick')) {
    const r = tick.getBoundingClientRect();
    expect(r.left > centre.x + 0.5 || r.right < centre.x - 0.5, `ring value ${tick.textContent} on the top spoke`).toBe(
      true,
    );
  }
}

/** Every ring value shown sits between spokes: no spoke runs through its box (sampled along each spoke). */
function expectOffSpokes(chart: EprofileRadar): void {
  const root = chart.shadowRoot!;
  const spokes = root.querySelector<SVGPathElement>('.radar .spokes')!;
  const matrix = spokes.getScreenCTM()!;
  const ends = [...spokes.getAttribute('d')!.matchAll(/L(-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) =>
    new DOMPoint(Number(x), Number(y)).matrixTransform(matrix),
  );
  const centre = new DOMPoint(0, 0).matrixTransform(matrix);
  for (const tick of root.querySelectorAll('.radar .tick')) {
    const r = tick.getBoundingClientRect();
    for (const end of ends)
      for (let t = 0; t <= 1; t += 0.005) {
        const [x, y] = [centre.x + (end.x - centre.x) * t, centre.y + (end.y - centre.y) * t];
        const inside = x > r.left + 0.5 && x < r.right - 0.5 && y > r.top + 0.5 && y < r.bottom - 0.5;
        expect(inside, `ring value ${tick.textContent} on a spoke`).toBe(false);
      }
  }
}

const list = (values: number[]) => values.map((v) => String(v).replace('.', ',')).join(' ');
const areas = (count: number) => Array.from({ length: count }, (_, i) => ({ key: `a${i}`, label: `Område ${i + 1}` }));

afterEach(() => {
  document.body.replaceChildren();
});

/**
 * Every ring value reads as its own ring's: its centre lies on its ring, between the edge's middle and its vertices.
 * Beside it, even 12 px inside, a "4" floated between rings 3 and 4 of a large chart.
 */
function expectOnTheirRings(chart: EprofileRadar, axes = 5, rings = 4): void {
  const root = chart.shadowRoot!;
  const group = root.querySelector<SVGGElement>('svg.radar > g')!;
  const toChart = group.getScreenCTM()!.inverse();
  // The outer ring's vertex: the farthest point of the rings' path, in chart coordinates.
  const numbers = root
    .querySelector('.radar .rings')!
    .getAttribute('d')!
    .match(/-?\d+(\.\d+)?/g)!
    .map(Number);
  let outer = 0;
  for (let i = 0; i + 1 < numbers.length; i += 2) outer = Math.max(outer, Math.hypot(numbers[i]!, numbers[i + 1]!));
  const spacing = outer / rings;
  for (const tick of root.querySelectorAll<SVGTextElement>('.radar .tick')) {
    const box = tick.getBoundingClientRect();
    const p = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform(toChart);
    const distance = Math.hypot(p.x, p.y);
    const ring = Number(tick.textContent) * spacing;
    const said = `"${tick.textContent}" ${distance.toFixed(1)} px from the centre, its ring at ${ring.toFixed(1)}`;
    expect(distance, said).toBeGreaterThan(ring * Math.cos(Math.PI / axes) - 1);
    expect(distance, said).toBeLessThan(ring + 1);
  }
}

describe('ring values keep clear of the data', () => {
  // Values exactly on the rings (every ring, every area), between them, and mixed with a comparison.
  const cases: [string, number[], number[] | null][] = [];
  for (const count of [3, 4, 5, 6, 8, 12]) {
    for (const ring of [1, 2, 3, 4])
      cases.push([`${count} axes, all on ring ${ring}`, Array(count).fill(ring), Array(count).fill(ring)]);
    cases.push([
      `${count} axes, alternating rings`,
      Array.from({ length: count }, (_, i) => (i % 2 ? 1 : 4)),
      Array.from({ length: count }, (_, i) => (i % 2 ? 3 : 2)),
    ]);
    cases.push([
      `${count} axes, between rings`,
      Array.from({ length: count }, (_, i) => 0.5 + ((i * 1.3) % 3.4)),
      Array(count).fill(2),
    ]);
  }
  it.each(cases)('%s', async (_, scores, baseline) => {
    for (const width of [320, 600]) {
      const container = document.createElement('div');
      container.style.width = `${width}px`;
      const chart = document.createElement('eprofile-radar');
      chart.areas = areas(scores.length);
      chart.setAttribute('label', 'A');
      chart.setAttribute('scores', list(scores));
      if (baseline) chart.setAttribute('baseline', list(baseline));
      container.append(chart);
      document.body.append(container);
      await settle(chart);
      expectClear(chart);
      // Between spokes, or left out (a triangle with data through all three sectors has no room for some). The
      // top-spoke check takes the vertical through the centre for the spoke, which a triangle has only above.
      if (scores.length > 3) expectOffTopSpoke(chart);
      expectOffSpokes(chart);
      expectOnTheirRings(chart, scores.length);
      document.body.replaceChildren();
    }
  });

  for (const width of [320, 400])
    it(`with the four 2009 nominees and the average, at ${width} px`, async () => {
      const chart = await mount({ lang: 'sv', baseline: list(AVERAGE) }, width);
      chart.series = NOMINEES;
      await chart.updateComplete;
      expectClear(chart);
      expectOffSpokes(chart);
      // Crowded: a value with no room on its ring is left out, never printed over the data or moved off its ring;
      // the others stay. Five lines cross every ring of the 320 and 400 px charts: one is left, the "1".
      const shown = [...chart.shadowRoot!.querySelectorAll('.tick')].map((tick) => tick.textContent);
      expect(shown).toContain('1');
      expectOnTheirRings(chart);
    });

  it('with four series and a comparison', async () => {
    const chart = await mount({ lang: 'en', baseline: '2 2 2 2 2' }, 480);
    chart.series = [
      { label: 'A', scores: [3, 3.2, 3, 3, 3.1] },
      { label: 'B', scores: [4, 4, 4, 4, 4] },
      { label: 'C', scores: [1, 2, 3, 4, 1] },
      { label: 'D', scores: [2.5, 1.5, 3.5, 0.5, 2] },
    ];
    await chart.updateComplete;
    expectClear(chart);
    expectOffTopSpoke(chart);
  });
});

describe('a chart given new data', () => {
  /** What the radar shows that changes with the data: each series' path and class, each ring value's place. */
  const drawn = (chart: EprofileRadar) => {
    const root = chart.shadowRoot!;
    return {
      series: [...root.querySelectorAll('.radar .line')].map((path) => [
        path.getAttribute('class'),
        path.getAttribute('d'),
      ]),
      points: [...root.querySelectorAll('.radar .points')].map((path) => path.getAttribute('d')),
      ringValues: [...root.querySelectorAll('.radar .tick')].map((text) => [
        text.textContent,
        text.getAttribute('x'),
        text.getAttribute('y'),
      ]),
    };
  };

  it('draws what a chart made with that data draws, through missing values, ring values left out and back', async () => {
    // Each step changes what the chart's own nodes hold: lines open and closed, values placed, moved and left out.
    const steps: Record<string, string>[] = [
      { scores: '3 3,2 3 3 3,1', baseline: '2,1 2,1 2 2 2' },
      { scores: '1 - 4 0,5 2', baseline: '2,1 2,1 2 2 2' },
      { scores: '4 4 4 4 4', baseline: '1 1 1 1 1' },
      { scores: '2 2 2 2 2', baseline: '2 2,5 2 2,5 2', min: '0', max: '5' },
      { scores: '3 3,2 3 3 3,1', baseline: '2,1 2,1 2 2 2' },
      // A scale with decimal ring values (0,6 1,3 1,9 2,5), then English while ring 2's value has no room (the
      // lines run along it), then room again: the value shows its English words, not the Swedish it last showed.
      { scores: '2,2 2,2 2,2 2,2 2,2', baseline: '0,1 0,1 0,1 0,1 0,1', max: '2,5' },
      { lang: 'en', scores: '1.25 1.25 1.25 1.25 1.25', baseline: '1.25 1.25 1.25 1.25 1.25', max: '2.5' },
      { lang: 'en', scores: '2.2 2.2 2.2 2.2 2.2', baseline: '0.1 0.1 0.1 0.1 0.1', max: '2.5' },
    ];
    const chart = await mount({ lang: 'sv', label: 'Ort', ...steps[0] }, 320);
    const shown: string[][] = [];
    for (const step of steps.slice(1)) {
      chart.removeAttribute('min');
      chart.removeAttribute('max');
      for (const [name, value] of Object.entries(step)) chart.setAttribute(name, value);
      await settle(chart);
      const fresh = await mount({ lang: 'sv', label: 'Ort', ...step }, 320);
      expect(drawn(chart)).toEqual(drawn(fresh));
      shown.push(drawn(chart).ringValues.map(([label]) => label!));
      fresh.parentElement!.remove();
    }
    // The steps do what they say: ring 2 shown in Swedish, left out, then shown in English.
    expect(shown.at(-3)).toContain('1,3');
    expect(shown.at(-2)).not.toContain('1.3');
    expect(shown.at(-1)).toContain('1.3');
  });
});
