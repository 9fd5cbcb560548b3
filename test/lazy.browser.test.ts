import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EprofileRadar } from '../src/index.js';
import { axTree, name, role } from './browser-a11y.js';
import { FALKENBERG } from './fixtures.js';
import { mount, openTable, settle } from './mount.js';

afterEach(() => {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
});

/** A tall block, so what is mounted after it starts far below the fold. */
function spacer(): void {
  const block = document.createElement('div');
  block.style.height = '3000px';
  document.body.append(block);
}

const radarOf = (chart: EprofileRadar) => chart.shadowRoot!.querySelector<SVGSVGElement>('svg.radar');
const placeholderOf = (chart: EprofileRadar) => chart.shadowRoot!.querySelector<HTMLElement>('.placeholder');
/** What screen readers get in the radar's place while it is not drawn: a group holding the list of areas. */
const areaListOf = (chart: EprofileRadar) =>
  chart.shadowRoot!.querySelector<HTMLElement>('.sr-only[role="group"]:not([aria-live])');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Waits, a frame at a time (at most 30), until the chart has drawn its radar. */
async function drawn(chart: EprofileRadar): Promise<SVGSVGElement | null> {
  for (let i = 0; i < 30 && !radarOf(chart); i++) await frame();
  await chart.updateComplete;
  return radarOf(chart);
}

describe('loading="lazy"', () => {
  it('keeps a chart far below the fold undrawn, and draws it in its reserved place without a visible shift', async () => {
    spacer();
    const chart = await mount({ ...FALKENBERG, loading: 'lazy' });
    await frame();
    await frame();
    expect(radarOf(chart)).toBeNull();
    // The text for every reader is there already.
    expect(chart.shadowRoot!.querySelector('[part="takeaway"]')?.textContent).toMatch(/^Above average everywhere/);
    expect(chart.shadowRoot!.querySelectorAll('[part="legend"] li').length).toBeGreaterThan(0);
    const reserved = parseFloat(placeholderOf(chart)!.style.height);
    expect(reserved).toBeGreaterThan(200);
    // Screen readers get the areas, names and values, as the drawn radar gives them.
    const names = [...areaListOf(chart)!.querySelectorAll('[role="listitem"]')].map((item) =>
      item.getAttribute('aria-label'),
    );
    const group = areaListOf(chart)!.getAttribute('aria-label');

    // Whatever moves while the chart comes into view and draws, nothing the reader can see does.
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shift += (entry as PerformanceEntry & { value: number }).value;
    });
    observer.observe({ type: 'layout-shift' });
    chart.scrollIntoView();
    const svg = await drawn(chart);
    await frame();
    observer.disconnect();
    expect(shift).toBe(0);
    expect(svg).not.toBeNull();
    expect(placeholderOf(chart)).toBeNull();
    expect(Math.abs(svg!.getBoundingClientRect().height - reserved)).toBeLessThanOrEqual(1);
    expect(svg!.getAttribute('aria-label')).toBe(group);
    // Once drawn (and drawn by the browser), the radar's own list is the only one.
    await frame();
    expect(areaListOf(chart)).toBeNull();
    expect([...chart.shadowRoot!.querySelectorAll('.axis')].map((axis) => axis.getAttribute('aria-label'))).toEqual(
      names,
    );
    expect(names).toHaveLength(5);
  });

  it('draws a chart near the viewport at once', async () => {
    const chart = await mount({ ...FALKENBERG, loading: 'lazy' });
    expect(await drawn(chart)).not.toBeNull();
  });

  it('draws when focus enters the chart, even without scrolling', async () => {
    spacer();
    const chart = await mount({ ...FALKENBERG, loading: 'lazy' });
    expect(radarOf(chart)).toBeNull();
    chart.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.focus({ preventScroll: true });
    await chart.updateComplete;
    expect(radarOf(chart)).not.toBeNull();
    expect(chart.shadowRoot!.querySelectorAll('.axis')).toHaveLength(5);
  });

  it('has no axe violation while the radar is not drawn', async () => {
    spacer();
    const chart = await mount({ ...FALKENBERG, loading: 'lazy' });
    expect(radarOf(chart)).toBeNull();
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    const result = await axe.run(chart, { runOnly: { type: 'tag', values: tags } });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
    // What a screen reader's virtual cursor finds: the areas, named with their values, as the drawn radar has them.
    const labels = [...areaListOf(chart)!.querySelectorAll('[role="listitem"]')].map((item) =>
      item.getAttribute('aria-label'),
    );
    expect(labels).toHaveLength(5);
    expect(labels[0]).toMatch(/3[,.]0.*2[,.]1/);
    const items = (await axTree()).filter((node) => role(node) === 'listitem' && !node.ignored).map(name);
    for (const label of labels) expect(items).toContain(label);
  });

  it('opens the table while the radar is not drawn', async () => {
    spacer();
    const chart = await mount({ ...FALKENBERG, loading: 'lazy' });
    await openTable(chart);
    expect(chart.shadowRoot!.querySelectorAll('table tbody tr')).toHaveLength(5);
  });

  it('draws at once when switched to eager, and stays lazy across a move in the page', async () => {
    spacer();
    const chart = await mount({ ...FALKENBERG, loading: 'lazy' });
    const container = chart.parentElement!;
    container.remove();
    document.body.append(container);
    await settle(chart);
    await frame();
    expect(radarOf(chart)).toBeNull();
    chart.loading = 'eager';
    await chart.updateComplete;
    expect(radarOf(chart)).not.toBeNull();
  });
});

describe('loading="eager" (the default)', () => {
  it('draws a chart far below the fold at once', async () => {
    spacer();
    const chart = await mount(FALKENBERG);
    expect(chart.loading).toBe('eager');
    expect(radarOf(chart)).not.toBeNull();
    expect(placeholderOf(chart)).toBeNull();
  });
});

describe('a radar far off screen', () => {
  const listedAreas = async () =>
    (await axTree()).filter((node) => role(node) === 'listitem' && !node.ignored && /: \d,\d, medel/.test(name(node)));

  /** A Swedish chart far below the fold, given two frames for the browser to decide it skips the radar. */
  async function farBelow(): Promise<EprofileRadar> {
    spacer();
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    await frame();
    await frame();
    return chart;
  }

  /** Scrolls the chart into view and waits until the browser draws its radar (the area list then goes). */
  async function scrolledTo(chart: EprofileRadar): Promise<void> {
    chart.scrollIntoView();
    for (let i = 0; i < 10 && areaListOf(chart); i++) await frame();
  }

  it('is skipped by the browser, its areas still in the accessibility tree, once: then the radar lists them', async () => {
    const chart = await farBelow();
    const plot = chart.shadowRoot!.querySelector('.plot')!;
    expect(getComputedStyle(plot).contentVisibility).toBe('auto');
    // Skipped: the radar's nodes are out of the tree, so the list beside it names the five areas.
    expect(areaListOf(chart)).not.toBeNull();
    expect((await listedAreas()).map(name)).toEqual(
      [...radarOf(chart)!.querySelectorAll('.axis')].map((a) => a.getAttribute('aria-label')),
    );
    // In view: the radar's own list, and only it (the browser says so within a few frames).
    await scrolledTo(chart);
    expect(areaListOf(chart)).toBeNull();
    const items = await listedAreas();
    expect(items).toHaveLength(5);
  });

  it('announces no data change while it is off screen, and does once on screen', async () => {
    const chart = await farBelow();
    const region = chart.shadowRoot!.querySelector('[aria-live]')!;
    chart.scores = '1,0 1,2 1,0 1,0 1,1';
    await settle(chart);
    expect(region.textContent!.trim()).toBe('');
    await scrolledTo(chart);
    chart.scores = '2,0 2,2 2,0 2,0 2,1';
    await settle(chart);
    await vi.waitFor(() => expect(region.textContent!.trim()).toMatch(/^Diagrammet uppdaterat: /), { timeout: 2500 });
  });
});

describe('a page switching language', () => {
  it('re-words the charts in view at once and those far off screen when the page is idle', async () => {
    const page = document.createElement('div');
    page.lang = 'sv';
    document.body.append(page);
    const mountIn = async () => {
      const box = document.createElement('div');
      box.style.width = '480px';
      const chart = document.createElement('eprofile-radar');
      for (const [name, value] of Object.entries(FALKENBERG)) chart.setAttribute(name, value);
      box.append(chart);
      page.append(box);
      await settle(chart);
      return chart;
    };
    const inView = await mountIn();
    const block = document.createElement('div');
    block.style.height = '3000px';
    page.append(block);
    const farOff = await mountIn();
    // Two frames for the browser to say it skips the far radar.
    await frame();
    await frame();
    const takeaway = (chart: EprofileRadar) => chart.shadowRoot!.querySelector('.takeaway')!.textContent!;
    expect(takeaway(farOff)).toMatch(/^Över medel/);
    page.lang = 'en';
    // The switch is seen in a microtask (the page's MutationObserver), and the chart in view re-renders in the
    // same task; the far one waits for the page to be idle, which no task of this one can be.
    await Promise.resolve();
    await inView.updateComplete;
    expect(takeaway(inView)).toMatch(/^Above average/);
    expect(takeaway(farOff)).toMatch(/^Över medel/);
    // It follows once the page is idle, without being scrolled to.
    for (let i = 0; i < 60 && !/^Above average/.test(takeaway(farOff)); i++) await frame();
    expect(takeaway(farOff)).toMatch(/^Above average/);
  });
});
