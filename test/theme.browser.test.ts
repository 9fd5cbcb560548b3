import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { FALKENBERG } from './fixtures.js';
import { mount, openTable, settle } from './mount.js';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.style.colorScheme = '';
  document.head.querySelectorAll('style[data-test]').forEach((style) => style.remove());
});

function pageStyle(css: string): void {
  const style = document.createElement('style');
  style.dataset.test = '';
  style.textContent = css;
  document.head.append(style);
}

const computed = (element: Element | null) => getComputedStyle(element!);

describe('theming', () => {
  it("inherits the page's font", async () => {
    const chart = await mount({ ...FALKENBERG });
    chart.parentElement!.style.fontFamily = 'Georgia, serif';
    const root = chart.shadowRoot!;
    for (const selector of ['[part="heading"]', '.axis-label', '.legend', 'button'])
      expect(computed(root.querySelector(selector)).fontFamily, selector).toBe('Georgia, serif');
  });

  it('draws the light palette by default and the dark one with theme="dark"', async () => {
    const chart = await mount({ ...FALKENBERG, theme: 'light' });
    const line = chart.shadowRoot!.querySelector('.series .line');
    expect(computed(line).stroke).toBe('rgb(0, 100, 200)');
    expect(computed(chart).backgroundColor).toBe('rgb(255, 255, 255)');
    // The browser's own parts (the table's scrollbar) follow the chart's scheme, whatever the page's.
    document.documentElement.style.colorScheme = 'dark';
    expect(computed(chart).colorScheme).toBe('light');
    chart.setAttribute('theme', 'dark');
    expect(computed(line).stroke).toBe('rgb(105, 200, 255)');
    expect(computed(chart).backgroundColor).toBe('rgb(22, 22, 22)');
    document.documentElement.style.colorScheme = '';
    expect(computed(chart).colorScheme).toBe('dark');
  });

  it('lets author styles win in every theme: tokens on the element or an ancestor, and ::part() rules', async () => {
    pageStyle(`
      .brand { --eprofile-background: rgb(7, 8, 9); }
      eprofile-radar { --eprofile-series-1: rgb(1, 2, 3); }
      eprofile-radar::part(heading) { color: rgb(4, 5, 6); }
      eprofile-radar::part(baseline) { stroke-width: 5px; }
    `);
    const chart = await mount({ ...FALKENBERG, theme: 'dark' });
    chart.parentElement!.className = 'brand';
    const root = chart.shadowRoot!;
    for (const theme of ['dark', 'light', 'auto']) {
      chart.setAttribute('theme', theme);
      expect(computed(root.querySelector('.series .line')).stroke, theme).toBe('rgb(1, 2, 3)');
      expect(computed(chart).backgroundColor, theme).toBe('rgb(7, 8, 9)');
      expect(computed(root.querySelector('[part="heading"]')).color, theme).toBe('rgb(4, 5, 6)');
      expect(computed(root.querySelector('[part="baseline"]')).strokeWidth, theme).toBe('5px');
    }
  });

  it('exposes a part for the heading, grid, labels, each series, baseline, legend, table and tooltip', async () => {
    const chart = await mount({ ...FALKENBERG });
    chart.series = [
      { label: 'A', scores: [1, 2, 3, 4, 3] },
      { label: 'B', scores: [2, 2, 2, 2, 2] },
    ];
    await chart.updateComplete;
    chart.shadowRoot!.querySelector<SVGGElement>('.axis')!.focus();
    await chart.updateComplete;
    await openTable(chart);
    const parts = new Set(
      [...chart.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(' ')),
    );
    for (const part of [
      'heading',
      'grid',
      'axis-label',
      'series-1',
      'series-2',
      'baseline',
      'legend',
      'table',
      'tooltip',
    ])
      expect(parts).toContain(part);
  });
});

describe('theme="auto"', () => {
  it("takes the page's scheme: light on a page made for light only, in dark mode too; dark where it is", async () => {
    const session = cdp();
    const scheme = (value: string) =>
      session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
    const root = document.documentElement;
    const meta = document.createElement('meta');
    try {
      await scheme('dark');
      // No color-scheme on the page (a municipality's or a newspaper's light page): a dark chart was a black box
      // in its white article.
      const chart = await mount({ ...FALKENBERG });
      const line = chart.shadowRoot!.querySelector('.series .line');
      expect(computed(chart).backgroundColor).toBe('rgb(255, 255, 255)');
      expect(computed(line).stroke).toBe('rgb(0, 100, 200)');
      // The page's theme switch declares a dark scheme on <html>: the chart follows it, and back.
      root.style.colorScheme = 'light dark';
      await settle(chart);
      expect(computed(chart).backgroundColor).toBe('rgb(22, 22, 22)');
      root.style.colorScheme = 'only light';
      await settle(chart);
      expect(computed(chart).backgroundColor).toBe('rgb(255, 255, 255)');
      // An author may say so for the chart alone, on an element around it.
      root.style.colorScheme = '';
      const around = document.createElement('div');
      around.style.colorScheme = 'light dark';
      const inside = document.createElement('eprofile-radar');
      Object.entries(FALKENBERG).forEach(([name, value]) => inside.setAttribute(name, value));
      document.body.append(around);
      around.append(inside);
      await settle(inside);
      expect(computed(inside).backgroundColor).toBe('rgb(22, 22, 22)');
      await settle(chart);
      expect(computed(chart).backgroundColor).toBe('rgb(255, 255, 255)');
      inside.remove();
      // A page switched to dark by its own control, the reader's setting light: dark, as its form controls are.
      await scheme('light');
      root.style.colorScheme = 'dark';
      await settle(chart);
      expect(computed(chart).backgroundColor).toBe('rgb(22, 22, 22)');
      // The meta tag says what the property says, and a change of it or of the reader's setting is followed.
      root.style.colorScheme = '';
      meta.name = 'color-scheme';
      meta.content = 'light dark';
      document.head.append(meta);
      await settle(chart);
      expect(computed(chart).backgroundColor).toBe('rgb(255, 255, 255)');
      await scheme('dark');
      await settle(chart);
      expect(computed(chart).backgroundColor).toBe('rgb(22, 22, 22)');
      meta.content = 'light';
      await settle(chart);
      expect(computed(chart).backgroundColor).toBe('rgb(255, 255, 255)');
    } finally {
      meta.remove();
      root.style.colorScheme = '';
      await scheme('');
    }
  });

  it("follows the reader's colour scheme on a page that supports dark, unless a theme is forced", async () => {
    const session = cdp();
    const scheme = (value: string) =>
      session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
    document.documentElement.style.colorScheme = 'light dark';
    const chart = await mount({ ...FALKENBERG });
    const line = chart.shadowRoot!.querySelector('.series .line');
    try {
      await scheme('dark');
      expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
      // The reader's switch reaches the chart through a media query listener, by the next frame.
      await settle(chart);
      expect(computed(line).stroke).toBe('rgb(105, 200, 255)');
      expect(computed(chart).colorScheme).toBe('dark');
      chart.setAttribute('theme', 'light');
      expect(computed(line).stroke).toBe('rgb(0, 100, 200)');
      chart.setAttribute('theme', 'auto');
      await scheme('light');
      await settle(chart);
      expect(computed(line).stroke).toBe('rgb(0, 100, 200)');
    } finally {
      document.documentElement.style.colorScheme = '';
      await scheme('');
    }
  });
});

describe('prefers-contrast: more', () => {
  it('thickens lines, strengthens the grid and drops fills, in light and in dark', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const chart = await mount({ ...FALKENBERG });
    const root = chart.shadowRoot!;
    const media = (scheme: string, contrast: string) =>
      cdp().send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'prefers-color-scheme', value: scheme },
          { name: 'prefers-contrast', value: contrast },
        ],
      });
    const grids = { light: 'rgb(74, 74, 74)', dark: 'rgb(163, 163, 163)' };
    try {
      for (const scheme of ['light', 'dark'] as const)
        for (const theme of ['auto', 'light', 'dark'] as const) {
          await media(scheme, 'more');
          chart.setAttribute('theme', theme);
          await settle(chart);
          const shown = theme === 'auto' ? scheme : theme;
          const line = computed(root.querySelector('.series .line'));
          const grid = computed(root.querySelector('.grid path'));
          expect(line.fillOpacity, `${scheme} ${theme}`).toBe('0');
          expect(line.strokeWidth, `${scheme} ${theme}`).toBe('3.5px');
          expect(grid.stroke, `${scheme} ${theme}`).toBe(grids[shown]);
        }
    } finally {
      await media('', '');
    }
  });
});
