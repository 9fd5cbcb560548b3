import { readFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedUrl, openSite, root, type Site } from './site.js';

let site: Site;
beforeAll(async () => {
  site = await openSite();
}, 60_000);
afterAll(async () => site?.close());

/** Chooses an item of the download menu and returns the file the browser saved. */
async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: /^(Ladda ner|Download)$/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Share of pixels that differ between two equal-sized PNGs (pixelmatch's default colour threshold, 0.1). */
function difference(a: Buffer, b: Buffer): number {
  const left = PNG.sync.read(a);
  const right = PNG.sync.read(b);
  expect([right.width, right.height]).toEqual([left.width, left.height]);
  const changed = pixelmatch(left.data, right.data, null, left.width, left.height, { threshold: 0.1 });
  return changed / (left.width * left.height);
}

describe('downloads', () => {
  for (const theme of ['light', 'dark']) {
    it(`exports an SVG that looks like the live chart (${theme})`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 720, height: 1000 }, deviceScaleFactor: 1 });
      await page.goto(embedUrl(site.base, { theme, notes: 'Värden lästa ur text.', byline: 'Grafik: Test' }));
      const plot = page.locator('eprofile-radar svg[part="radar"]');
      await plot.waitFor();
      // Downloads are drawn 640 px wide whatever the card: the live chart at that width is what the file shows.
      await page.locator('eprofile-radar').evaluate((chart: HTMLElement) => (chart.style.width = '640px'));
      await page.waitForTimeout(300);
      const { name, bytes } = await download(page, 'Bild (SVG)');
      expect(name).toBe('e-profil-falkenberg-2009.svg');
      const svg = bytes.toString('utf8');
      // Self-contained: no stylesheet, no script, no external reference; heading, legend and credits inside.
      expect(svg).not.toMatch(/<style|<script|href=|url\(/);
      for (const text of [
        'E-profil Falkenberg 2009',
        'Medel samtliga kommuner',
        'Källa: Sveriges IT-kommun 2009, SKL',
        'Grafik: Test',
      ])
        expect(svg).toContain(text);
      // The exported file in an <img>, cut to where its radar sits, against the live radar.
      const [, x, y] = svg.match(/<g transform="translate\(([\d.]+),([\d.]+)\)">/)!.map(Number);
      const box = (await plot.boundingBox())!;
      const size = { width: Math.floor(box.width), height: Math.floor(box.height) };
      const live = await page.screenshot({ clip: { x: box.x, y: box.y, ...size } });
      const view = await site.browser.newPage({ viewport: { width: 720, height: 1000 }, deviceScaleFactor: 1 });
      await view.setContent(
        `<body style="margin:0"><img alt="" src="data:image/svg+xml;base64,${bytes.toString('base64')}"></body>`,
      );
      await view.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const exported = await view.screenshot({ clip: { x: x!, y: y!, ...size } });
      const share = difference(live, exported);
      // The control: the same export 2 px lower, a misplacement a reader would hardly see, must fail the budget.
      const shifted = difference(live, await view.screenshot({ clip: { x: x!, y: y! - 2, ...size } }));
      console.log(
        `SVG export vs live (${theme}): ${(share * 100).toFixed(2)} % differ; 2 px off: ${(shifted * 100).toFixed(2)} %`,
      );
      expect(share).toBeLessThan(0.01);
      expect(shifted).toBeGreaterThan(0.01);
      await Promise.all([page.close(), view.close()]);
    });
  }

  it('exports a PNG at twice the size, and the data as CSV with its source', async () => {
    const page = await site.browser.newPage({ viewport: { width: 560, height: 1000 } });
    await page.goto(embedUrl(site.base, { lang: 'en' }));
    await page.locator('eprofile-radar svg[part="radar"]').waitFor();
    const svg = (await download(page, 'Image (SVG)')).bytes.toString('utf8');
    const [, width, height] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!.map(Number);
    // Drawn 640 px wide for print and articles, not at the size of the card it was downloaded from.
    expect(width).toBe(640);
    const png = await download(page, 'Image (PNG)');
    expect(png.name).toBe('e-profil-falkenberg-2009.png');
    const image = PNG.sync.read(png.bytes);
    expect([image.width, image.height]).toEqual([Math.ceil(width! * 2), Math.ceil(height! * 2)]);
    const csv = await download(page, 'Data (CSV)');
    expect(csv.bytes.toString('utf8')).toBe(
      '\ufeffArea,Falkenberg,Average of all municipalities\r\n' +
        'E-government overall,3.0,2.1\r\nIT platform,hard and soft infrastructure,3.2,2.1\r\n'.replace(
          'IT platform,hard and soft infrastructure',
          '"IT platform, hard and soft infrastructure"',
        ) +
        'Change management and communication,3.0,2.0\r\nCooperation and IT economy,3.0,2.0\r\n' +
        'Governance and leadership,3.1,2.0\r\n' +
        '\r\n"Source: Sveriges IT-kommun 2009, SKL"',
    );
    await page.close();
  });
});

describe('the download menu', () => {
  it('is a disclosure: Enter opens it on its first choice, arrows move, Esc closes it back on the button', async () => {
    const page = await site.browser.newPage({ viewport: { width: 560, height: 1000 } });
    await page.goto(embedUrl(site.base));
    await page.locator('eprofile-radar svg[part="radar"]').waitFor();
    const toggle = page.getByRole('button', { name: 'Ladda ner' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('button', { name: 'Bild (SVG)' }).count()).resolves.toBe(0);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    // axe finds nothing wrong with the open menu (names, roles, contrast in the shadow DOM).
    await page.addScriptTag({ path: `${root}node_modules/axe-core/axe.min.js` });
    const result = await page.evaluate(async () => {
      type Axe = { run: (context: unknown) => Promise<{ violations: { id: string }[]; passes: unknown[] }> };
      const { violations, passes } = await (window as unknown as { axe: Axe }).axe.run({
        include: [['eprofile-radar']],
      });
      return { violations: violations.map((v) => v.id), passes: passes.length };
    });
    expect(result.violations).toEqual([]);
    expect(result.passes).toBeGreaterThan(5);
    const focused = () =>
      page.evaluate(() => document.querySelector('eprofile-radar')!.shadowRoot!.activeElement?.textContent?.trim());
    await expect.poll(focused).toBe('Data (CSV)');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Bild (SVG)');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('Bild (PNG)');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('Ladda ner');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    // Tabbing out of the open list closes it.
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Data (CSV)');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.close();
  });
});
