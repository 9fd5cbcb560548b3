import { afterEach, describe, expect, it } from 'vitest';
import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';
import { settle } from './mount.js';
import { AVERAGE, NOMINEES } from './fixtures.js';

/**
 * Small multiples: charts in a CSS grid row line up their plots, though their takeaways differ in length, as in the
 * demo's four nominees. No recipe needed: a chart stretched to its row's height puts the extra under its takeaway.
 */

afterEach(() => document.body.replaceChildren());

/** The nominees' charts in a CSS grid laid out by `style`, each drawn. */
async function grid(style: string, nominees: typeof NOMINEES): Promise<EprofileRadar[]> {
  const box = document.createElement('div');
  box.style.cssText = `display:grid;gap:1rem;${style}`;
  document.body.append(box);
  const charts = nominees.map((nominee) => {
    const chart = document.createElement('eprofile-radar');
    chart.setAttribute('heading', `E-profil ${nominee.label} 2009`);
    chart.setAttribute('label', nominee.label);
    chart.setAttribute('scores', nominee.scores.join(' '));
    chart.setAttribute('baseline', AVERAGE.join(' '));
    chart.setAttribute('lang', 'sv');
    box.append(chart);
    return chart;
  });
  for (const chart of charts) await settle(chart);
  return charts;
}

/** Where a chart's radar starts on the page. */
const top = (chart: EprofileRadar) => chart.shadowRoot!.querySelector('svg[part="radar"]')!.getBoundingClientRect().top;

describe('charts in a grid', () => {
  for (const width of [1200, 800])
    it(`align their plots' tops within 1 px across a row (${width} px)`, async () => {
      const charts = await grid(
        `grid-template-columns:repeat(auto-fill,minmax(min(100%,340px),1fr));width:${width}px`,
        NOMINEES,
      );
      const rows = new Map<number, number[]>();
      for (const chart of charts) {
        const row = Math.round(chart.getBoundingClientRect().top);
        rows.set(row, [...(rows.get(row) ?? []), top(chart)]);
      }
      // The takeaways do differ: the row would be ragged without the alignment.
      const takeaways = charts.map((c) => c.shadowRoot!.querySelector('.takeaway')!.textContent!.length);
      expect(new Set(takeaways).size).toBeGreaterThan(1);
      for (const tops of rows.values()) {
        if (tops.length > 1)
          console.log(
            `plot tops in a row at ${width} px differ by ${(Math.max(...tops) - Math.min(...tops)).toFixed(2)} px`,
          );
        expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
      }
    });

  it('keep their plots in place when a chart beside them opens its table', async () => {
    const charts = await grid('grid-template-columns:repeat(3,1fr);width:1150px', NOMINEES.slice(0, 3));
    const before = charts.map(top);
    const first = charts[0]!;
    const height = first.getBoundingClientRect().height;
    first.shadowRoot!.querySelector<HTMLButtonElement>('[data-view="table"]')!.click();
    await settle(first);
    const lineHeight = parseFloat(getComputedStyle(first.shadowRoot!.querySelector('.takeaway')!).lineHeight);
    // The opened table makes the row some 300 px taller; the charts beside it take at most two lines of that
    // above their plots (what lines up takeaways of different lengths), the rest under their buttons.
    expect(first.getBoundingClientRect().height - height).toBeGreaterThan(200);
    for (const [i, chart] of charts.entries())
      if (i > 0) expect(top(chart) - before[i]!).toBeLessThanOrEqual(2 * lineHeight + 1);
  });
});
