/**
 * For Node tests that need a whole page in Chromium (iframes, downloads, JavaScript off): the demo site from
 * vite's dev server, and Debian's Chromium through Playwright. One server and one browser per test file.
 */
import { chromium, type Browser } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../vite.config.js';

export const root = fileURLToPath(new URL('..', import.meta.url));

export interface Site {
  /** The demo's base URL, ending in `/`. */
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function openSite(): Promise<Site> {
  const server: ViteDevServer = await createServer({
    configFile: `${root}vite.config.ts`,
    server: { port: 0, host: '127.0.0.1', hmr: false },
    logLevel: 'error',
  });
  await server.listen();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const base = server.resolvedUrls!.local[0]!.replace(/\/?$/, '/');
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
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
