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

  it("lays each chart out at its width on paper, and at the screen's again after", async () => {
    // Printed from a phone, the radar stayed phone-sized on A4 (a third of the column, short names); printed into
    // a narrow column, a desktop's radar was scaled down to 3.5 pt names. The page's own print listener, added
    // after the charts', sees what the browser prints.
    const page = await site.browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(site.base);
    const first = page.locator('eprofile-radar').first();
    await first.locator('svg[part="radar"]').waitFor();
    const widthOf = (chart: Element) =>
      Number(chart.shadowRoot!.querySelector('svg.radar')!.getAttribute('viewBox')!.split(' ')[2]);
    const screen = await first.evaluate(widthOf);
    await first.evaluate((chart) => {
      const printed: number[] = [];
      (window as unknown as { printed: number[] }).printed = printed;
      matchMedia('print').addEventListener('change', (event) => {
        const drawn = chart.shadowRoot!.querySelector('svg.radar')!.getAttribute('viewBox')!.split(' ')[2];
        if (event.matches) printed.push(Number(drawn), chart.getBoundingClientRect().width);
      });
    });
    await page.pdf({ format: 'A4' });
    const [drawn, box] = await page.evaluate(() => (window as unknown as { printed: number[] }).printed);
    expect(screen).toBeLessThan(320);
    // A4's column (about 780 px at the default margins): the drawing's own width, up to its cap.
    expect(box).toBeGreaterThan(600);
    expect(drawn).toBeGreaterThan(600);
    expect(drawn).toBeLessThanOrEqual(box!);
    await expect.poll(() => first.evaluate(widthOf)).toBe(screen);
    await page.close();
  }, 60_000);

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
