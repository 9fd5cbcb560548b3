import { afterEach, describe, expect, it } from 'vitest';
import { renderStatic } from '../src/static.js';
import { mount, settle } from './mount.js';
import { AVERAGE, FALKENBERG, NOMINEES } from './fixtures.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('source, notes and byline', () => {
  it('are shown under the chart, the source with its prefix in the chart language', async () => {
    const chart = await mount({
      ...FALKENBERG,
      lang: 'en',
      source: 'SKL 2009',
      notes: 'Read from text.',
      byline: 'Graphics: A. B.',
    });
    const lines = Array.from(chart.shadowRoot!.querySelectorAll('[part="credits"] p'), (p) => p.textContent);
    expect(lines).toEqual(['Source: SKL 2009', 'Read from text.', 'Graphics: A. B.']);
    chart.source = '';
    chart.notes = '';
    chart.byline = '';
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('[part="credits"]')).toBeNull();
  });
});

describe("renderStatic's table inside the element", () => {
  it('is read back as the same chart: the comparison as the comparison, the difference as nothing', async () => {
    for (const profile of [
      { ...FALKENBERG, lang: 'sv' },
      { series: NOMINEES, baseline: AVERAGE, heading: 'Nominerade 2009', lang: 'sv' },
    ]) {
      const { html } = renderStatic(profile);
      const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table')!;
      const chart = document.createElement('eprofile-radar');
      chart.lang = 'sv';
      chart.append(document.adoptNode(table));
      const box = document.createElement('div');
      box.style.width = '480px';
      box.append(chart);
      document.body.append(box);
      await settle(chart);
      const legend = Array.from(chart.shadowRoot!.querySelectorAll('[part="legend"] li'), (li) =>
        li.textContent!.trim(),
      );
      const labels = 'series' in profile ? profile.series!.map((s) => s.label) : [profile.label];
      expect(legend).toEqual([...labels, 'Medel samtliga kommuner']);
      expect(chart.shadowRoot!.querySelector('.takeaway')!.textContent).not.toMatch(/Skillnad/);
      box.remove();
    }
  });
});
