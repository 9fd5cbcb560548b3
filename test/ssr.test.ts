import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { styleHash } from '../src/ssr.js';
import { SERVER_WIDTH } from '../src/element/server.js';
import { FALKENBERG } from './fixtures.js';
import { serve, type Served } from './serve.js';
import { root } from './site.js';

/**
 * Server rendering with Lit SSR: the element rendered to a string in Node, then the page opened in Chromium without
 * JavaScript (the chart is in the HTML) and with it (the client hydrates the server's DOM: nothing moves, the radar's
 * SVG is the server's own node, no console error).
 */

let served: Served;
let out: string;
let chartHtml: string;
/** The same chart fed by a <table> inside it, which the server does not read (its light DOM). */
let tableHtml: string;
/** The CSP source of the chart's server-rendered <style>, computed once. */
let hash: string;

/** The page a Node server would send: the chart in a column as wide as the server lays charts out (+ padding). */
const page = (chart: string, width = SERVER_WIDTH + 16, client = true, lang = 'sv') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>SSR</title>
<style>body { margin: 0; font-family: 'DejaVu Sans', sans-serif; } main { width: ${width}px; padding: 0 12px; }</style>
</head><body><main><h1>Kommunernas e-profiler</h1>${lang === 'sv' ? '' : '<h2>Profiles</h2>'}${chart}<p id="after">Text under the chart.</p></main>
<script>
  window.shifts = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.shifts += e.value))).observe({ type: 'layout-shift', buffered: true });
  window.serverSvg = document.querySelector('eprofile-radar').shadowRoot.querySelector('svg.radar');
</script>
${client ? '<script type="module" src="/client.js"></script>' : ''}
</body></html>`;

beforeAll(async () => {
  const attributes = FALKENBERG;
  chartHtml = await collectResult(
    render(
      html`<eprofile-radar
        heading=${attributes.heading}
        label=${attributes.label}
        scores=${attributes.scores}
        baseline=${attributes.baseline}
        source="SKL 2009"
      ></eprofile-radar>`,
    ),
  );
  tableHtml = await collectResult(
    render(
      html`<eprofile-radar heading="Tabellen"
        ><table>
          <thead>
            <tr>
              <th>Område</th>
              <th>Täby</th>
              <th data-baseline>Medel</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th>E-förvaltning totalt</th>
              <td>3,8</td>
              <td>2,1</td>
            </tr>
            <tr>
              <th>IT-plattform</th>
              <td>3,8</td>
              <td>2,1</td>
            </tr>
            <tr>
              <th>Förändringsledning</th>
              <td>3,8</td>
              <td>2,0</td>
            </tr>
            <tr>
              <th>Samverkan</th>
              <td>3,7</td>
              <td>2,0</td>
            </tr>
            <tr>
              <th>Styrning</th>
              <td>3,9</td>
              <td>2,0</td>
            </tr>
          </tbody>
        </table></eprofile-radar
      >`,
    ),
  );
  hash = await styleHash();
  out = mkdtempSync(join(tmpdir(), 'eprofile-ssr-'));
  // lit's production build, as an app ships it (vite picks lit's development build unless NODE_ENV says otherwise).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // No plugins: the same templates as the server's, which vitest transforms as they are in src/ (hydration
    // matches them string for string; lib/ minifies both alike).
    build: {
      outDir: out,
      emptyOutDir: false,
      minify: false,
      lib: { entry: join(root, 'test/ssr-client.ts'), formats: ['es'], fileName: () => 'client.js' },
    },
  }).finally(() => (process.env.NODE_ENV = nodeEnv));
  const client = readFileSync(join(out, 'client.js'));
  served = await serve((request, response) => {
    if (request.url === '/client.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(client);
      return;
    }
    const query = new URL(request.url!, 'http://x').searchParams;
    const width = Number(query.get('width')) || undefined;
    const withClient = !query.has('noclient');
    const body = page(query.has('table') ? tableHtml : chartHtml, width, withClient, query.get('lang') ?? 'sv');
    // A CMS's strict policy: no inline style (the page's own <style> and script are blocked too), or only the
    // chart's, by its hash.
    const csp = query.get('csp');
    const policy = csp
      ? { 'content-security-policy': `default-src 'self'; style-src 'self'${csp === 'hash' ? ` ${hash}` : ''}` }
      : {};
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...policy }).end(body);
  });
}, 120_000);

afterAll(async () => {
  await served?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('server rendering (Lit SSR)', () => {
  it('renders declarative shadow DOM holding the radar, the legend and the list of areas', () => {
    expect(chartHtml).toMatch(/<eprofile-radar[^>]*role="figure"/);
    expect(chartHtml).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(chartHtml).toMatch(/<svg\s+class="radar"[^>]*viewBox="0 0 600 \d+"/);
    expect(chartHtml).toMatch(/role="listitem"[^>]*aria-label="IT-plattform, hård och mjuk infrastruktur: 3,2/);
    expect(chartHtml).toContain('class="legend"');
    expect(chartHtml).toContain('Källa: SKL 2009');
  });

  it('without JavaScript, the chart is in the page and readable', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(served.origin);
    const radar = tab.locator('eprofile-radar svg.radar');
    await expect.poll(() => radar.count()).toBe(1);
    const box = (await radar.boundingBox())!;
    expect(box.width).toBeGreaterThan(SERVER_WIDTH * 0.9);
    const heard = await tab.locator('eprofile-radar').ariaSnapshot();
    expect(heard).toContain('heading "E-profil Falkenberg 2009"');
    expect(heard).toContain('listitem "E-förvaltning totalt: 3,0, medel 2,1, +0,9"');
    expect(heard).toContain('Falkenberg');
    // Buttons that need the script are neither seen nor heard without it.
    expect(heard).not.toContain('button');
    await expect(tab.locator('eprofile-radar .controls').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it("the server's HTML alone paints nothing that moves as the rest of it arrives", async () => {
    const tab = await served.browser.newPage();
    await tab.goto(`${served.origin}/?noclient`);
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await tab.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await tab.close();
  });

  it('with JavaScript, hydrates the same nodes: no layout shift, no console error', async () => {
    const tab = await served.browser.newPage();
    const errors = watchErrors(tab);
    await tab.goto(served.origin);
    await hydrated(tab);
    const result = await tab.evaluate(() => {
      const chart = document.querySelector('eprofile-radar')!;
      const svg = chart.shadowRoot!.querySelector('svg.radar');
      return {
        same: svg === (window as unknown as { serverSvg: Element }).serverSvg,
        shifts: (window as unknown as { shifts: number }).shifts,
      };
    });
    expect(result.same).toBe(true);
    expect(result.shifts).toBe(0);
    // Its buttons show once the element is defined, in the room kept for them.
    await expect(tab.getByRole('button', { name: 'Tabell' }).isVisible()).resolves.toBe(true);
    // The hydrated chart works: an arrow key moves between areas.
    await tab.locator('eprofile-radar g.axis').first().focus();
    await tab.keyboard.press('ArrowRight');
    await expect.poll(() => tab.locator('eprofile-radar g.axis.active').getAttribute('data-index')).toBe('1');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('in a narrower column, lays out again at its own width, without errors', async () => {
    const tab = await served.browser.newPage();
    const errors = watchErrors(tab);
    await tab.goto(`${served.origin}/?width=376`);
    await hydrated(tab);
    const viewBox = await tab.locator('eprofile-radar svg.radar').getAttribute('viewBox');
    expect(viewBox).toMatch(/^0 0 360 \d+$/);
    expect(errors).toEqual([]);
    await tab.close();
  });
});

describe('server rendering (Lit SSR) under a strict Content-Security-Policy', () => {
  /** What the chart's styles decide: the host is a flexbox, the series its colour (unstyled: inline, black). */
  const styled = (tab: Page) =>
    tab.evaluate(() => {
      const chart = document.querySelector('eprofile-radar')!;
      const line = chart.shadowRoot!.querySelector('svg.radar .series path.line')!;
      return `${getComputedStyle(chart).display} ${getComputedStyle(line).fill}`;
    });

  it('with JavaScript, the hydrated chart adopts its styles, which the policy blocked in the HTML', async () => {
    const tab = await served.browser.newPage();
    const blocked: string[] = [];
    tab.on('console', (message) => message.text().includes('Content Security Policy') && blocked.push(message.text()));
    await tab.goto(`${served.origin}/?csp=strict`);
    await hydrated(tab);
    // The server's <style> was refused (the chart would be unstyled without its script)…
    expect(blocked.some((text) => text.includes('style'))).toBe(true);
    // …and the hydrated chart is styled all the same, its radar still the server's node.
    await expect.poll(() => styled(tab)).toBe('flex rgb(0, 100, 200)');
    await expect(tab.getByRole('button', { name: 'Tabell' }).isVisible()).resolves.toBe(true);
    await tab.close();
  });

  it("without JavaScript, the policy's style-src with styleHash() keeps the server's chart styled", async () => {
    expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${served.origin}/?csp=hash`);
    await expect.poll(() => tab.locator('eprofile-radar svg.radar').count()).toBe(1);
    // With scripts off, evaluate still runs in Playwright's own world.
    expect(await styled(tab)).toBe('flex rgb(0, 100, 200)');
    await context.close();
  });
});

describe('server rendering (Lit SSR) of what the server could not know', () => {
  it("takes the page's language and heading level once it has taken the server's HTML over", async () => {
    const tab = await served.browser.newPage();
    const errors = watchErrors(tab);
    await tab.goto(`${served.origin}/?lang=en`);
    await hydrated(tab);
    // The server wrote Swedish at level 2 (it knows no page); the client, on an English page under an h2, follows
    // the page: lit keeps the server's text as its first render, so that render repeats it, and the next changes it.
    await expect
      .poll(() => tab.evaluate(() => document.querySelector('eprofile-radar')!.shadowRoot!.textContent))
      .toContain('Above average');
    const level = await tab.evaluate(() =>
      document
        .querySelector('eprofile-radar')!
        .shadowRoot!.querySelector('[part="heading"]')!
        .getAttribute('aria-level'),
    );
    expect(level).toBe('3');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it("shows a chart's own <table> to readers without JavaScript, under its heading and no message", async () => {
    const tab = await served.browser.newPage({ javaScriptEnabled: false });
    await tab.goto(`${served.origin}/?table&noclient`);
    const seen = await tab.evaluate(() => {
      const chart = document.querySelector('eprofile-radar')!;
      return {
        table: chart.querySelector('table')!.getBoundingClientRect().height,
        message: !!chart.shadowRoot!.querySelector('[part="message"]'),
      };
    });
    expect(seen.table).toBeGreaterThan(100);
    expect(seen.message).toBe(false);
    await tab.close();
  });

  it('renders a chart fed by its <table> afresh, once: no second heading, no error', async () => {
    const tab = await served.browser.newPage();
    const errors = watchErrors(tab);
    await tab.goto(`${served.origin}/?table`);
    await hydrated(tab);
    const seen = await tab.evaluate(() => {
      const root = document.querySelector('eprofile-radar')!.shadowRoot!;
      return {
        headings: root.querySelectorAll('[part="heading"]').length,
        drawn: !!root.querySelector('svg.radar .series path.line'),
        message: !!root.querySelector('[part="message"]'),
      };
    });
    expect(seen).toEqual({ headings: 1, drawn: true, message: false });
    expect(errors).toEqual([]);
    await tab.close();
  });
});

function watchErrors(tab: Page): string[] {
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The element is defined, has updated twice (hydration, then its measured width), and a frame has passed. */
async function hydrated(tab: Page): Promise<void> {
  await tab.evaluate(async () => {
    await customElements.whenDefined('eprofile-radar');
    const chart = document.querySelector('eprofile-radar') as HTMLElement & { updateComplete: Promise<boolean> };
    await chart.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await chart.updateComplete;
  });
}
