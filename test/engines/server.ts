/**
 * The cross-engine tests' web server, on loopback: the bundle as `npm run build` makes it, the built demo site
 * (for the iframe embed), the probe script, and test pages registered by the tests, each with the response
 * headers it needs (a strict Content-Security-Policy, say), which a page opened from a file or a data: URL
 * cannot have.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { buildBundle } from '../../scripts/bundle.mjs';
import { buildSite } from '../site.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface TestServer {
  origin: string;
  /** Serves `body` at `path` (its type from the path's ending; with the policy, when given) and returns its URL. */
  page(path: string, body: string, policy?: string): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const out = mkdtempSync(join(tmpdir(), 'eprofile-engines-'));
  const [bundle, site] = await Promise.all([buildBundle(out), buildSite()]);
  const files = new Map<string, { body: string | Buffer; headers: Record<string, string> }>([
    ['/eprofile-radar.js', { body: readFileSync(bundle), headers: { 'content-type': TYPES['.js']! } }],
    [
      '/probe.js',
      { body: readFileSync(new URL('probe.js', import.meta.url)), headers: { 'content-type': TYPES['.js']! } },
    ],
    ['/favicon.ico', { body: '', headers: { 'content-type': 'image/x-icon' } }],
  ]);
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path) ?? fromSite(site, path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'cache-control': 'no-store', ...file.headers }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(path, body, policy) {
      const headers: Record<string, string> = { 'content-type': TYPES[extname(path)] ?? TYPES['.html']! };
      if (policy) headers['content-security-policy'] = policy;
      files.set(path, { body, headers });
      return origin + path;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(out, { recursive: true, force: true });
      rmSync(site, { recursive: true, force: true });
    },
  };
}

/** A file of the built demo site under /site/, never outside its folder. */
function fromSite(site: string, path: string) {
  if (!path.startsWith('/site/')) return undefined;
  const relative = normalize(path.slice('/site/'.length));
  if (relative.startsWith('..')) return undefined;
  try {
    const body = readFileSync(join(site, relative));
    return { body, headers: { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream' } };
  } catch {
    return undefined;
  }
}
