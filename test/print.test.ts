import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './site.js';

/**
 * Printing the demo from a reader in dark mode: light colours, nothing to click, each figure on one page, an open
 * table printed under its chart. The PDF itself is made too (`page.pdf()`); docs/README says how to look at it.
 */
let site: Site;
beforeAll(async () => {
  site = await openSite();
}, 60_000);
afterAll(async () => site?.close());

describe('print', () => {
  it('prints light, without controls, each figure whole, the open table under its chart', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 }, colorScheme: 'dark' });
    await page.goto(site.base);
    const first = page.locator('eprofile-radar').first();
    await first.locator('svg[part="radar"]').waitFor();
    await first.locator('[data-action="how-to-read"]').click();
    await first.locator('#how-to-read').waitFor();
    // Opened from the keyboard, so the table has focus and its ring, which print leaves off.
    await first.locator('button[data-view="table"]').press('Enter');
    await first.locator('table[part="table"]').waitFor();
    expect(await first.locator('table[part="table"]').evaluate((table) => table.matches(':focus-visible'))).toBe(true);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const look = await first.evaluate((chart) => {
      const root = chart.shadowRoot!;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      return {
        background: getComputedStyle(chart).backgroundColor,
        text: getComputedStyle(chart).color,
        breakInside: getComputedStyle(chart).breakInside,
        controls: style('.controls').display,
        howToRead: style('#how-to-read').display,
        table: style('#table').display,
        tableOverflow: style('.table-wrap').overflowX,
        tableOutline: style('table').outlineStyle,
        tableFocused: root.querySelector('table')!.matches(':focus-visible'),
      };
    });
    expect(look).toEqual({
      background: 'rgb(255, 255, 255)',
      text: expect.stringMatching(/^rgb\((\d\d?), \1, \1\)$/),
      breakInside: 'avoid',
      controls: 'none',
      howToRead: 'none',
      table: 'block',
      tableOverflow: 'visible',
      tableOutline: 'none',
      tableFocused: true,
    });
    // A page's own dark theme prints on paper too: its background and text colours are the screen's, not print's.
    const themed = await first.evaluate((chart) => {
      chart.style.setProperty('--eprofile-background', '#10181f');
      chart.style.setProperty('--eprofile-text-color', '#eeeeee');
      chart.style.setProperty('--eprofile-muted-color', '#cccccc');
      const label = chart.shadowRoot!.querySelector('.axis-label')!;
      return [getComputedStyle(chart).backgroundColor, getComputedStyle(chart).color, getComputedStyle(label).fill];
    });
    expect(themed[0]).toBe('rgb(255, 255, 255)');
    expect(themed[1]).toMatch(/^rgb\((\d\d?), \1, \1\)$/);
    expect(themed[2]).toMatch(/^rgb\((\d\d?), \1, \1\)$/);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 60_000);

  /**
   * Each chart's height and drawn width as the browser counts the pages (a print listener added before the charts'
   * runs first) and as it prints them (one added after), on paper; then the drawn widths on screen again.
   */
  async function printed(width: number, printStyle = '') {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    await page.addInitScript(() => {
      const heights = () =>
        [...document.querySelectorAll('eprofile-radar')].map((c) => c.getBoundingClientRect().height);
      const seen = ((window as unknown as { seen: number[][] }).seen = [] as number[][]);
      matchMedia('print').addEventListener('change', (event) => event.matches && seen.push(heights()));
    });
    await page.goto(site.base);
    await page.locator('eprofile-radar').first().locator('svg[part="radar"]').waitFor();
    await page.waitForTimeout(300);
    const drawn = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('eprofile-radar')].map((chart) =>
          Number(chart.shadowRoot!.querySelector('svg.radar')?.getAttribute('viewBox')?.split(' ')[2] ?? 0),
        ),
      );
    const screen = await drawn();
    await page.evaluate((css) => {
      const style = document.createElement('style');
      style.textContent = `@media print { ${css} }`;
      document.head.append(style);
      matchMedia('print').addEventListener('change', (event) => {
        if (!event.matches) return;
        const charts = [...document.querySelectorAll('eprofile-radar')];
        const seen = (window as unknown as { seen: number[][] }).seen;
        seen.push(charts.map((c) => c.getBoundingClientRect().height));
        seen.push(
          charts.map((c) =>
            Number(c.shadowRoot!.querySelector('svg.radar')?.getAttribute('viewBox')?.split(' ')[2] ?? 0),
          ),
        );
        seen.push(charts.map((c) => c.getBoundingClientRect().width));
        // How much each drawing was scaled down to the height the pages were counted with.
        seen.push(
          charts.map((c) => {
            const svg = c.shadowRoot!.querySelector('svg.radar');
            return svg ? Number(svg.getAttribute('height')) / Number(svg.getAttribute('viewBox')!.split(' ')[3]) : 1;
          }),
        );
      });
    }, printStyle);
    await page.pdf({ format: 'A4' });
    const [counted, heights, paper, boxes, scaled] = await page.evaluate(
      () => (window as unknown as { seen: number[][] }).seen,
    );
    return { page, screen, counted: counted!, heights: heights!, paper: paper!, boxes: boxes!, scaled: scaled!, drawn };
  }

  it('never makes a chart taller on paper than the page count the browser made: nothing after it is cut off', async () => {
    // Printed from a phone, each chart was laid out again at A4's width, twice as high as the browser had counted
    // its pages with: the last charts and everything after them were missing from the PDF.
    const { page, screen, counted, heights, paper, boxes, drawn } = await printed(375);
    expect(counted.length).toBeGreaterThan(3);
    heights.forEach((height, i) => expect(height).toBeLessThanOrEqual(counted[i]! + 0.5));
    // Wider paper: the screen's drawing, not laid out again.
    expect(boxes[0]).toBeGreaterThan(600);
    expect(paper).toEqual(screen);
    await expect.poll(drawn).toEqual(screen);
    await page.close();
  }, 60_000);

  it("lays a chart out at its width on narrower paper, no taller than counted, and at the screen's again after", async () => {
    // Printed into a 90 mm column from a desktop, the screen's drawing scaled down had 3.5 pt names.
    const { page, screen, counted, heights, paper, boxes, scaled, drawn } = await printed(
      1000,
      'eprofile-radar { width: 90mm; }',
    );
    expect(boxes[0]).toBeLessThan(360);
    expect(screen[0]).toBeGreaterThan(boxes[0]! + 50);
    // Laid out again at the paper's width (not the screen's drawing scaled down to it).
    paper.forEach((width, i) => width && expect(width).toBeLessThanOrEqual(boxes[i]!));
    heights.forEach((height, i) => expect(height).toBeLessThanOrEqual(counted[i]! + 0.5));
    // Laid out at 340 px, a radar is higher for its width than the screen's scaled down: it is scaled to fit.
    expect(Math.min(...scaled)).toBeLessThan(1);
    expect(Math.min(...scaled)).toBeGreaterThan(0.75);
    await expect.poll(drawn).toEqual(screen);
    await page.close();
  }, 60_000);

  it.each([
    [120, 300],
    [45, 120],
  ])(
    'draws a chart hidden on screen at its width on paper, where the page prints it: %d mm',
    async (mm, least) => {
      // A chart in a closed tab that the page's print styles show: never laid out on screen, it printed 1 px wide; laid
      // out for paper with no room kept for its radar, it pushed the rest of the page off the last page; in a 45 mm
      // column, lettered, its key of names under the radar did.
      const page = await site.browser.newPage({ viewport: { width: 1000, height: 800 } });
      await page.addInitScript(() =>
        matchMedia('print').addEventListener('change', (event) => {
          const chart = document.querySelector('#hidden');
          if (event.matches && chart)
            (window as unknown as { counted: number }).counted = chart.getBoundingClientRect().height;
        }),
      );
      await page.goto(site.base);
      await page.locator('eprofile-radar').first().locator('svg[part="radar"]').waitFor();
      await page.evaluate((mm) => {
        const style = document.createElement('style');
        style.textContent = `.tab { display: none; } @media print { .tab { display: block; width: ${mm}mm; } }`;
        const tab = document.createElement('div');
        tab.className = 'tab';
        const chart = document.createElement('eprofile-radar');
        chart.id = 'hidden';
        for (const [name, value] of Object.entries({ heading: 'I en stängd flik', scores: '3 3 2 3 3' }))
          chart.setAttribute(name, value);
        tab.append(chart);
        document.body.append(style, tab);
        const printed: number[] = [];
        (window as unknown as { printed: number[] }).printed = printed;
        matchMedia('print').addEventListener('change', (event) => {
          const svg = chart.shadowRoot!.querySelector('svg.radar');
          if (event.matches)
            printed.push(svg ? svg.getBoundingClientRect().width : 0, chart.getBoundingClientRect().height);
        });
      }, mm);
      await page.waitForTimeout(300);
      await page.pdf({ format: 'A4' });
      const [width, height] = await page.evaluate(() => (window as unknown as { printed: number[] }).printed);
      const counted = await page.evaluate(() => (window as unknown as { counted: number }).counted);
      expect(height).toBeLessThanOrEqual(counted + 0.5);
      expect(width).toBeGreaterThan(least);
      await page.close();
    },
    60_000,
  );

  it('builds a lazy chart the reader never scrolled to before printing it', async () => {
    // Unbuilt, it printed as an empty box under a takeaway.
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(site.base);
    await page.locator('eprofile-radar').first().locator('svg[part="radar"]').waitFor();
    const built = () =>
      page.evaluate(() => !!document.querySelector('#far')!.shadowRoot!.querySelector('svg.radar .series path.line'));
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '6000px';
      const chart = document.createElement('eprofile-radar');
      chart.id = 'far';
      for (const [name, value] of Object.entries({ loading: 'lazy', heading: 'Långt ner', scores: '3 3 2 3 3' }))
        chart.setAttribute(name, value);
      document.body.append(spacer, chart);
      const printed: boolean[] = [];
      (window as unknown as { printed: boolean[] }).printed = printed;
      matchMedia('print').addEventListener('change', (event) => {
        if (event.matches) printed.push(!!chart.shadowRoot!.querySelector('svg.radar .series path.line'));
      });
    });
    await page.waitForTimeout(300);
    expect(await built()).toBe(false);
    await page.pdf({ format: 'A4' });
    expect(await page.evaluate(() => (window as unknown as { printed: boolean[] }).printed)).toEqual([true]);
    await page.close();
  }, 60_000);
});
