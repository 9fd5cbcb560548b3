// `npm run screenshots`: PNGs of the demo at 320 and 1200 px, light and dark, into screenshots/ (not committed;
// docs/screenshot.png is refreshed from it by hand). Serves the built site, so run `npm run build` first.
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumArgs as args, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const page = process.argv[2] ?? '/';
const out = `${root}screenshots`;
mkdirSync(out, { recursive: true });

const server = await createServer({
  configFile: `${root}vite.config.ts`,
  server: { port: 0, host: '127.0.0.1' },
  logLevel: 'error',
});
await server.listen();
const url = server.resolvedUrls.local[0].replace(/\/$/, '') + page;
const browser = await chromium.launch({ executablePath: chromiumPath, args });
for (const width of [320, 1200]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: scheme,
      deviceScaleFactor: 1,
    });
    const tab = await context.newPage();
    tab.on('pageerror', (error) => console.error('page error:', error.message));
    tab.on('console', (message) => message.type() === 'error' && console.error('console:', message.text()));
    await tab.goto(url);
    await tab.waitForFunction(() => document.querySelectorAll('eprofile-radar').length > 0);
    await tab.waitForTimeout(500);
    // The whole page in the viewport: the browser skips drawing radars far off screen (content-visibility:
    // auto), and a full-page capture of a short viewport would show their reserved space empty.
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    await tab.setViewportSize({ width, height });
    await tab.waitForTimeout(300);
    const name = `${out}/${page.replace(/\W+/g, '_') || 'index'}-${width}-${scheme}.png`;
    await tab.screenshot({ path: name, fullPage: true });
    console.log(name);
    // Each chart on its own as well, to look at details that a full page shrinks away.
    const charts = await tab.locator('eprofile-radar').all();
    for (const [index, chart] of charts.slice(0, 3).entries()) {
      await chart.screenshot({ path: name.replace('.png', `-chart${index + 1}.png`) });
    }
    await context.close();
  }
}
await browser.close();
await server.close();
