import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Plugin } from 'vite';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { buildBundle, minifyTemplates } from './scripts/bundle.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Debian's Chromium; never a downloaded browser (see README, Tests). */
export { chromiumArgs, chromiumPath };

/**
 * `npm start` serves the single file at /eprofile-radar.js, built from the current source when asked for, as
 * `npm run build` puts it beside the site: the embed builder offers it for download.
 */
function singleFile(): Plugin {
  return {
    name: 'eprofile-single-file',
    apply: 'serve',
    configureServer(server) {
      // One folder for the server's life, written again on each request (the source may have changed since).
      const dir = mkdtempSync(`${tmpdir()}/eprofile-dev-`);
      server.middlewares.use('/eprofile-radar.js', (_request, response, next) => {
        buildBundle(dir).then((file) => {
          response.setHeader('content-type', 'text/javascript');
          response.end(readFileSync(file));
        }, next);
      });
    },
  };
}

/**
 * The demo's pages hold their first paint until their script has made the charts, as the README advises a page to
 * (`blocking="render"`): painted first, the front page's sections moved down as the charts drew (layout shift
 * 0.36 at 320 px). vite writes its own script tag in the build and leaves the attribute out, so it is added here.
 */
function renderBlocking(): Plugin {
  return {
    name: 'eprofile-render-blocking',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<script type="module"(?![^>]*\bblocking=)/g, '<script type="module" blocking="render"'),
    },
  };
}

export default defineConfig({
  // The demo's templates minified as the bundle's are, served (`npm start`) and built, so it shows what a page with
  // the file shows (white space inside a button, for one, was underlined on the dev server). Tests transform the
  // source as it is, but build the site (test/site.ts) as `npm run build` does.
  plugins: [
    singleFile(),
    renderBlocking(),
    { ...minifyTemplates(), apply: (_, { command }) => command === 'build' || !process.env.VITEST },
  ],
  // `npm start` serves the demo; the element's source is imported from ../src, so edits reload live.
  root: 'demo',
  // Relative asset URLs, so the built site (and embed.html for iframes) works from any folder of any host.
  base: './',
  publicDir: false,
  server: { fs: { allow: [here] } },
  build: {
    outDir: '../dist/site',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: `${here}demo/index.html`,
        themes: `${here}demo/themes.html`,
        embed: `${here}demo/embed.html`,
        builder: `${here}demo/builder.html`,
      },
    },
  },
  test: {
    root: here,
    // The JSON report lets .ci/run print a plain "N passed, N failed" line for CI.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          root: here,
          environment: 'node',
          // A few node tests drive whole pages in Chromium (iframes, downloads, JavaScript off) on a dev server
          // that transforms the demo on first load: more than the default 5 s on a busy two-core machine.
          testTimeout: 30_000,
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts', 'test/engines/**'],
        },
      },
      {
        extends: true,
        test: {
          // The built element in Chromium, Firefox and WebKit, driven over their own protocols (test/engines/).
          name: 'engines',
          root: here,
          environment: 'node',
          include: ['test/engines/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        // Pre-bundled up front: discovering axe-core mid-run makes vite reload the test page.
        optimizeDeps: { include: ['axe-core', 'fast-check'] },
        test: {
          name: 'chromium',
          root: here,
          include: ['test/**/*.browser.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
