import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/index.js';
import { mount, settle } from './mount.js';
import { AVERAGE, FALKENBERG, NOMINEES } from './fixtures.js';
import { markerCount, shapeOf } from './asserts.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<eprofile-radar>', () => {
  it('draws one spoke, one label and one marker per area, and the heading', async () => {
    // Wide enough for full names (narrower charts show short ones).
    const chart = await mount({ ...FALKENBERG, lang: 'sv' }, 800);
    const root = chart.shadowRoot!;
    expect(root.querySelector('[part="heading"]')?.textContent?.trim()).toBe('E-profil Falkenberg 2009');
    expect(root.querySelector('.grid .spokes')?.getAttribute('d')?.match(/M/g)).toHaveLength(5);
    expect(root.querySelectorAll('.axis')).toHaveLength(5);
    expect(markerCount(root, '.series')).toBe(5);
    expect(markerCount(root, '.baseline')).toBe(5);
    expect(root.querySelector('.axis-label')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('E-förvaltning totalt');
  });

  it('speaks the nearest lang of the page when it has none, and follows it when it changes', async () => {
    const chart = await mount(FALKENBERG, 800);
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

  it('takes every attribute of the public contract under its documented name', async () => {
    const chart = await mount({
      scores: '1;2;3;3,5;4',
      baseline: '[2, 2, 2, 2, 2]',
      label: 'Ort',
      'baseline-label': 'Riket',
      heading: 'Rubrik',
      min: '0',
      max: '4',
      lang: 'sv',
      theme: 'dark',
    });
    expect(chart.baselineLabel).toBe('Riket');
    expect(chart.theme).toBe('dark');
    const root = chart.shadowRoot!;
    expect(root.querySelector('[part="legend"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Ort Riket');
    expect(root.querySelector('.axis')?.getAttribute('aria-label')).toBe('E-förvaltning totalt: 1,0, riket 2,0, −1,0');
    expect(root.querySelector('svg.radar')?.getAttribute('aria-label')).toBe('Ort, skala 0–4.');
    expect(root.querySelector('svg.radar')?.getAttribute('aria-roledescription')).toBe('radardiagram');
    expect(getComputedStyle(chart).backgroundColor).toBe('rgb(22, 22, 22)');
  });

  it('draws up to four series through the series property, each with its own marker shape', async () => {
    const chart = await mount({ lang: 'sv' });
    chart.series = NOMINEES;
    chart.baseline = AVERAGE;
    await settle(chart);
    const root = chart.shadowRoot!;
    const series = [...root.querySelectorAll('.radar .series')];
    expect(series).toHaveLength(4);
    const shapes = series.map((g) => shapeOf(root, g.querySelector('.line')!));
    expect(new Set(shapes).size).toBe(4);
    expect(root.querySelectorAll('[part="legend"] li')).toHaveLength(5);
    // The legend draws the very glyphs of the chart: same marker shape per series.
    const legendShapes = [...root.querySelectorAll('[part="legend"] .series .line')].map((line) => shapeOf(root, line));
    expect(legendShapes).toEqual(shapes);
  });

  it('fills its container up to the width its drawing uses, at its start beyond it, and lays out again on resize', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' }, 640);
    const svg = () => chart.shadowRoot!.querySelector<SVGSVGElement>('svg.radar')!;
    const inner = () => Math.round(chart.getBoundingClientRect().width) - 16;
    expect(Math.round(svg().getBoundingClientRect().width)).toBe(inner());
    const wide = svg().viewBox.baseVal.width;
    chart.parentElement!.style.width = '500px';
    await settle(chart);
    expect(svg().viewBox.baseVal.width).toBeLessThan(wide);
    expect(Math.round(svg().getBoundingClientRect().width)).toBe(svg().viewBox.baseVal.width);
    // Wider than its drawing uses (a 200 px plot with names beside it): the same drawing, at the start (in line
    // with the heading and legend), so it prints and downloads at its size instead of shrunk by empty margins.
    chart.parentElement!.style.width = '1200px';
    await settle(chart);
    const box = svg().getBoundingClientRect();
    const plot = chart.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(600);
    expect(box.width).toBeLessThan(inner() - 300);
    expect(Math.abs(box.left - plot.left)).toBeLessThanOrEqual(1);
    const heading = chart.shadowRoot!.querySelector('.heading')!.getBoundingClientRect();
    expect(Math.abs(box.left - heading.left)).toBeLessThanOrEqual(1);
    // The hover box still opens by its area: over the drawing, not at the plot's left edge.
    chart.shadowRoot!.querySelector<SVGElement>('.axis')!.focus();
    await settle(chart);
    // Read as computed (the test's viewport is narrower than this chart, and may leave the plot's layout stale).
    const tooltip = chart.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    const left = plot.left + parseFloat(getComputedStyle(tooltip).left);
    expect(left).toBeGreaterThan(box.left);
    expect(left).toBeLessThan(box.left + box.width / 2);
  });

  it('has its full height in the first frame it is painted, without ResizeObserver loop errors', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const container = document.createElement('div');
    container.style.width = '480px';
    document.body.append(container);
    const chart = document.createElement('eprofile-radar');
    Object.entries(FALKENBERG).forEach(([name, value]) => chart.setAttribute(name, value));
    container.append(chart);
    // One animation frame: lit's first render, then the ResizeObserver's report and the chart, before paint.
    const height = await new Promise<number>((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(chart.getBoundingClientRect().height))),
    );
    await settle(chart);
    expect(height).toBe(chart.getBoundingClientRect().height);
    expect(chart.shadowRoot!.querySelector('svg.radar')).not.toBeNull();
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  it('registers once: loading a second copy of the module leaves the first definition in place', async () => {
    const first = customElements.get('eprofile-radar');
    // A query string makes the browser load a second, separate instance of the module.
    await import(/* @vite-ignore */ `../src/index.ts?second-copy=${Date.now()}`);
    expect(customElements.get('eprofile-radar')).toBe(first);
    const chart = await mount({ ...FALKENBERG });
    expect(chart.shadowRoot!.querySelector('svg.radar')).not.toBeNull();
  });

  it('warns once in the console when the chart has neither heading nor label', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const chart = await mount({ scores: FALKENBERG.scores, lang: 'sv' });
    chart.baseline = FALKENBERG.baseline;
    await settle(chart);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('no heading or label'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('draws the dot plot when opened, one row per area on the same scale', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const button = chart.shadowRoot!.querySelector<HTMLButtonElement>('button[data-view="dotplot"]')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await settle(chart);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const plot = chart.shadowRoot!.querySelector('svg.dotplot')!;
    expect(plot.querySelectorAll('.series .marker')).toHaveLength(5);
    expect(plot.querySelectorAll('.baseline .marker')).toHaveLength(5);
    expect([...plot.querySelectorAll('.tick')].map((t) => t.textContent)).toEqual(['0', '1', '2', '3', '4']);
  });
});
