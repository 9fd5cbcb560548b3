import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EprofileRadar } from '../src/index.js';
import { FALKENBERG } from './fixtures.js';
import { mount, settle, openTable } from './mount.js';
import { markerCount } from './asserts.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Distances from the centre of a path's vertices (the radar's paths are drawn around 0,0). */
const radii = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => Math.hypot(+x!, +y!));

/** Checks a chart drew `values` on its own scale: each vertex sits at value/max of the outer ring's radius. */
async function expectDrawn(chart: EprofileRadar, values: number[], label: string): Promise<void> {
  const root = chart.shadowRoot!;
  expect(root.querySelector('[part="message"]')).toBeNull();
  const outer = Math.max(...radii(root.querySelector('.radar .grid .rings')!.getAttribute('d')!));
  const vertices = radii(root.querySelector('.radar .series .line')!.getAttribute('d')!);
  expect(vertices).toHaveLength(values.length);
  vertices.forEach((r, i) => expect(r / outer).toBeCloseTo(values[i]! / 4, 2));
  expect(markerCount(root, '.series')).toBe(values.length);
  expect(root.querySelector('.legend li')?.textContent?.trim()).toBe(label);
  await openTable(chart);
  const cells = [...root.querySelectorAll('tbody tr td:nth-of-type(1)')].map((td) => td.textContent);
  expect(cells).toEqual(values.map((v) => v.toLocaleString('sv', { minimumFractionDigits: 1 })));
}

describe('under load', () => {
  it('renders once after 1,000 attribute changes in one task, and ends in the last state', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const render = vi.spyOn(chart as unknown as { render(): unknown }, 'render');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const errors: Event[] = [];
    chart.addEventListener('eprofile-error', (event) => errors.push(event));
    for (let i = 0; i < 1000; i++) {
      // Valid, invalid and other attributes in between: only the state at the end of the task counts.
      const attribute = ['scores', 'baseline', 'label', 'heading', 'lang'][i % 5]!;
      const values = [i % 4, (i * 7) % 5, 'x', 2, 9][i % 5];
      chart.setAttribute(attribute, attribute === 'lang' ? (i % 2 ? 'en' : 'sv') : `${values} 1 2 3 ${i % 5}`);
    }
    chart.setAttribute('scores', '1,5 2,5 3,5 4 0,5');
    chart.setAttribute('baseline', '2 2 2 2 2');
    chart.setAttribute('label', 'Sista');
    chart.setAttribute('heading', 'Sista läget');
    chart.setAttribute('lang', 'sv');
    await settle(chart);
    expect(render).toHaveBeenCalledTimes(1);
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect(chart.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim()).toBe('Sista läget');
    await expectDrawn(chart, [1.5, 2.5, 3.5, 4, 0.5], 'Sista');
  });

  it('draws 290 charts on one page, each with its own data', async () => {
    const grid = document.createElement('div');
    grid.style.display = 'grid';
    grid.style.gridTemplateColumns = 'repeat(5, 300px)';
    document.body.append(grid);
    const values = (i: number) => [0, 1, 2, 3, 4].map((a) => ((i * 7 + a * 3) % 40) / 10);
    const charts = Array.from({ length: 290 }, (_, i) => {
      const chart = document.createElement('eprofile-radar');
      chart.lang = 'sv';
      chart.label = `Kommun ${i + 1}`;
      chart.heading = `E-profil ${i + 1}`;
      chart.scores = values(i).join(' ').replace(/\./g, ',');
      chart.baseline = '2,1 2,1 2,0 2,0 2,0';
      grid.append(chart);
      return chart;
    });
    await Promise.all(charts.map((chart) => settle(chart)));
    await Promise.all(charts.map((chart) => settle(chart)));
    for (const [i, chart] of charts.entries()) await expectDrawn(chart, values(i), `Kommun ${i + 1}`);
    const headings = charts.map((chart) => chart.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim());
    expect(new Set(headings).size).toBe(290);
  }, 60_000);
});
