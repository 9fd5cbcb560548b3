/**
 * The built bundle on pages whose platform is not what it expects, in real Chromium: Trusted Types enforced (lit's
 * policy refused or allowed), no ResizeObserver, a canvas that refuses to draw. Each page is served with its own
 * Content-Security-Policy header, so node-side (vitest's browser mode cannot set headers).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../scripts/bundle.mjs';
import { serve, type Served } from './serve.js';

const STRICT = "default-src 'self'";
const TABLE = `<table><thead><tr><th>Område</th><th>Ort</th></tr></thead><tbody><tr><th>A</th><td>3</td></tr>
<tr><th>B</th><td>2</td></tr><tr><th>C</th><td>1</td></tr></tbody></table>`;
const CHARTS = `<div style="width:600px"><eprofile-radar heading="Med attribut" scores="3 3 3 3 3" baseline="2 2 2 2 2"></eprofile-radar>
<eprofile-radar heading="Med tabell">${TABLE}</eprofile-radar></div>`;

/** Scripts a page runs before the bundle, taking a platform feature away. */
const BEFORE: Record<string, string> = {
  'no-resize-observer': 'delete window.ResizeObserver;',
  'tag-taken': "customElements.define('eprofile-radar', class extends HTMLElement {});",
  // Another lit-based component on the page, which made lit's policy first.
  'other-lit': "trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });",
  'no-canvas': `for (const type of [HTMLCanvasElement, OffscreenCanvas])
    type.prototype.getContext = () => { throw new Error('canvas refused'); };`,
};

/** path → [Content-Security-Policy, script run before the bundle, the bundle loaded a second time] */
const PAGES: Record<string, [string, string?, 'twice'?]> = {
  '/tt-none.html': [`${STRICT}; require-trusted-types-for 'script'; trusted-types 'none'`],
  '/tt-others.html': [`${STRICT}; require-trusted-types-for 'script'; trusted-types dompurify default`],
  '/tt-allowed.html': [`${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`],
  '/tt-twice.html': [`${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`, undefined, 'twice'],
  '/tt-other-lit.html': [`${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`, 'other-lit'],
  '/tt-other-lit-allowed.html': [
    `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`,
    'other-lit',
  ],
  '/no-resize-observer.html': [STRICT, 'no-resize-observer'],
  '/tag-taken.html': [STRICT, 'tag-taken'],
  // blob: images allowed, so the PNG download gets as far as the canvas.
  '/no-canvas.html': [`${STRICT}; img-src 'self' blob:`, 'no-canvas'],
  // A strict policy that leaves blob: out of img-src: the PNG's image is refused.
  '/no-blob.html': [STRICT],
};

let served: Served;
let origin: string;
let browser: Browser;
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'eprofile-platform-'));
  const bundle = readFileSync(await buildBundle(out), 'utf8');
  served = await serve((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const script = path.match(/^\/before-(.+)\.js$/)?.[1];
    if (path === '/eprofile-radar.js' || (script && BEFORE[script])) {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script ? BEFORE[script] : bundle);
      return;
    }
    const page = PAGES[path];
    if (!page) return void response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    const before = page[1] ? `<script src="/before-${page[1]}.js"></script>` : '';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page[0] }).end(
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="/favicon.ico">
${before}<script type="module" src="/eprofile-radar.js"></script>${page[2] ? '<script type="module" src="/eprofile-radar.js?again"></script>' : ''}</head><body>${CHARTS}</body></html>`,
    );
  });
  ({ origin, browser } = served);
}, 60_000);

afterAll(async () => {
  await served?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Opens a page and records what it hears: uncaught errors, and the chart's own console lines. */
async function open(path: string): Promise<{ tab: Page; uncaught: string[]; said: string[]; errors: string[] }> {
  const tab = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const uncaught: string[] = [];
  const said: string[] = [];
  /** The browser's own reports of Trusted Types violations (the pages' inline `style` is refused too, unrelated). */
  const errors: string[] = [];
  tab.on('pageerror', (error) => uncaught.push(error.message));
  tab.on('console', (message) => {
    if (message.text().includes('eprofile-radar')) said.push(`${message.type()}: ${message.text()}`);
    if (message.type() === 'error' && /trusted ?types?/i.test(message.text())) errors.push(message.text());
  });
  await tab.goto(origin + path);
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await tab.waitForTimeout(100);
  return { tab, uncaught, said, errors };
}

/** What each chart shows: whether it drew, its heading, and whether its author's table is visible. */
function charts(tab: Page) {
  return tab.evaluate(() =>
    [...document.querySelectorAll('eprofile-radar')].map((el) => ({
      drawn: !!el.shadowRoot?.querySelector('svg.radar'),
      width: el.shadowRoot?.querySelector('svg.radar')?.getBoundingClientRect().width ?? 0,
      heading: el.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim() ?? null,
      tableShown: (el.querySelector('table')?.getBoundingClientRect().height ?? 0) > 0,
    })),
  );
}

describe('Trusted Types', () => {
  it.each(['/tt-none.html', '/tt-others.html'])(
    '%s: lit-html refused → nothing thrown, one message naming the policy, the table stays',
    async (path) => {
      const { tab, uncaught, said } = await open(path);
      expect(uncaught).toEqual([]);
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/^warning: .*Trusted Types.*"lit-html".*trusted-types lit-html/);
      expect(await tab.evaluate(() => customElements.get('eprofile-radar'))).toBeUndefined();
      expect((await charts(tab)).map((chart) => chart.tableShown)).toEqual([false, true]);
      await tab.close();
    },
  );

  it('lit-html allowed and the script loaded twice: the charts draw, with no violation and no message', async () => {
    // The second copy asked for a second "lit-html" policy, which the page refused (a violation in the console),
    // and then warned that no chart is drawn, beside drawn charts.
    const { tab, uncaught, said, errors } = await open('/tt-twice.html');
    expect(uncaught).toEqual([]);
    expect(errors).toEqual([]);
    expect(said).toEqual([]);
    expect((await charts(tab)).map((chart) => chart.drawn)).toEqual([true, true]);
    await tab.close();
  });

  it("another lit component's policy first: the message says to allow duplicates, and allowed, the charts draw", async () => {
    const refused = await open('/tt-other-lit.html');
    expect(refused.uncaught).toEqual([]);
    expect(refused.said).toEqual([expect.stringMatching(/trusted-types lit-html 'allow-duplicates'$/)]);
    await refused.tab.close();
    const allowed = await open('/tt-other-lit-allowed.html');
    expect(allowed.uncaught).toEqual([]);
    expect(allowed.said).toEqual([]);
    expect((await charts(allowed.tab)).map((chart) => chart.drawn)).toEqual([true, true]);
    await allowed.tab.close();
  });

  it('lit-html allowed: the charts draw, with no violation', async () => {
    const { tab, uncaught, said } = await open('/tt-allowed.html');
    expect(uncaught).toEqual([]);
    expect(said).toEqual([]);
    expect((await charts(tab)).map((chart) => chart.drawn)).toEqual([true, true]);
    await tab.close();
  });
});

describe('missing platform features degrade, never blank', () => {
  it('no ResizeObserver: drawn at the width the chart has, one console message', async () => {
    const { tab, uncaught, said } = await open('/no-resize-observer.html');
    expect(uncaught).toEqual([]);
    expect(said).toEqual([expect.stringMatching(/^warning: .*no ResizeObserver/)]);
    for (const chart of await charts(tab)) expect(chart).toMatchObject({ drawn: true, heading: expect.any(String) });
    expect((await charts(tab))[0]!.width).toBeGreaterThan(500);
    await tab.close();
  });

  it('a canvas that throws: labels measured by estimate, downloads fail with a message, nothing thrown', async () => {
    const { tab, uncaught, said } = await open('/no-canvas.html');
    expect(uncaught).toEqual([]);
    for (const chart of await charts(tab)) expect(chart.drawn).toBe(true);
    const chart = tab.locator('eprofile-radar').first();
    await chart.getByRole('button', { name: 'Ladda ner' }).click();
    await chart.getByRole('button', { name: /PNG/ }).click();
    await tab.waitForTimeout(300);
    expect(uncaught).toEqual([]);
    expect(said).toEqual([expect.stringMatching(/^warning: .*PNG download failed \(canvas refused\)/)]);
    await tab.close();
  });
});

describe('a policy without blob: in img-src', () => {
  it('fails the PNG download with a message that names the directive to allow, nothing thrown', async () => {
    const { tab, uncaught, said } = await open('/no-blob.html');
    const chart = tab.locator('eprofile-radar').first();
    await chart.getByRole('button', { name: 'Ladda ner' }).click();
    await chart.getByRole('button', { name: /PNG/ }).click();
    await expect.poll(() => said.some((line) => line.includes('PNG download failed'))).toBe(true);
    expect(said.filter((line) => line.includes('PNG download failed'))).toEqual([
      expect.stringContaining('a Content-Security-Policy needs blob: in img-src'),
    ]);
    expect(uncaught).toEqual([]);
    await tab.close();
  });
});

describe('a tag already taken', () => {
  it('by another element: one console message, nothing thrown', async () => {
    const { tab, uncaught, said } = await open('/tag-taken.html');
    expect(uncaught).toEqual([]);
    expect(said).toEqual([expect.stringMatching(/^warning: .*already defined by another script's element/)]);
    await tab.close();
  });
});
