/**
 * For Node tests that need a whole page in Chromium (iframes, downloads, JavaScript off): the demo site as
 * `npm run build` ships it (built into a temporary folder, served by vite's preview server), and Debian's
 * Chromium through Playwright. Testing the build, not the dev server, catches what only bundling breaks.
 */
import { chromium, type Browser } from 'playwright';
import { build, preview } from 'vite';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../vite.config.js';
import { buildBundle } from '../scripts/bundle.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

export interface Site {
  /** The demo's base URL, ending in `/`. */
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}

const configFile = `${root}vite.config.ts`;

/** Builds the demo site as `npm run build` does into a new temporary folder, and returns the folder. */
export async function buildSite(): Promise<string> {
  const outDir = mkdtempSync(`${tmpdir()}/eprofile-site-`);
  await build({ configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  // As scripts/build.mjs does: the iframe parent script, and the single file the builder offers for download.
  copyFileSync(`${root}demo/embed-resize.js`, `${outDir}/embed-resize.js`);
  await buildBundle(outDir);
  return outDir;
}

export async function openSite(): Promise<Site> {
  const outDir = await buildSite();
  const server = await preview({
    configFile,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const base = server.resolvedUrls!.local[0]!.replace(/\/?$/, '/');
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The embed page's URL for the Falkenberg fixture, with extra parameters. */
export function embedUrl(base: string, extra: Record<string, string> = {}): string {
  const url = new URL('embed.html', base);
  const params = {
    heading: 'E-profil Falkenberg 2009',
    label: 'Falkenberg',
    scores: '3,0 3,2 3,0 3,0 3,1',
    baseline: '2,1 2,1 2,0 2,0 2,0',
    source: 'Sveriges IT-kommun 2009, SKL',
    ...extra,
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}
