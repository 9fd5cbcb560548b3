import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Debian's Chromium; never a downloaded browser (see README, Tests). */
export { chromiumArgs, chromiumPath };

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
      },
    },
  },
  test: {
    root: here,
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
