import { describe, expect, it } from 'vitest';
import { FALKENBERG } from './fixtures.js';
import { mount, settle } from './mount.js';

export { mount, settle };

describe('<eprofile-radar>', () => {
  it('draws one spoke, one label and one marker per area, and the heading', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const root = chart.shadowRoot!;
    expect(root.querySelector('[part="heading"]')?.textContent?.trim()).toBe('E-profil Falkenberg 2009');
    expect(root.querySelectorAll('.grid line')).toHaveLength(5);
    expect(root.querySelectorAll('.axis')).toHaveLength(5);
    expect(root.querySelectorAll('.radar .series .marker')).toHaveLength(5);
    expect(root.querySelectorAll('.radar .baseline .marker')).toHaveLength(5);
    expect(root.querySelector('.axis-label')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('E-förvaltning totalt');
  });

  it('speaks the nearest lang of the page when it has none, and follows it when it changes', async () => {
    const chart = await mount(FALKENBERG);
    const section = chart.parentElement!;
    section.lang = 'en';
    await settle(chart);
    const label = () => chart.shadowRoot!.querySelector('.axis-label')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(label()).toBe('E-government overall');
    section.lang = 'sv';
    await new Promise((resolve) => setTimeout(resolve));
    await settle(chart);
    expect(label()).toBe('E-förvaltning totalt');
    expect(chart.shadowRoot!.querySelector('.tick')?.textContent).toBe('1');
  });
});
