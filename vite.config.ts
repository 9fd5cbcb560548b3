import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Debian's Chromium; never a downloaded browser (see README, Tests). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  // `npm start` serves the demo; the element's source is imported from ../src, so edits reload live.
  root: 'demo',
  publicDir: false,
  server: { fs: { allow: [here] } },
  build: {
    outDir: '../dist/site',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: `${here}demo/index.html`,
        themes: `${here}demo/themes.html`,
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
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        // Pre-bundled up front: discovering axe-core mid-run makes vite reload the test page.
        optimizeDeps: { include: ['axe-core'] },
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
