import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, GZIP_BUDGET, minifyTemplate } from '../scripts/bundle.mjs';

const dir = mkdtempSync(join(tmpdir(), 'eprofile-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dist/eprofile-radar.js', () => {
  it(`stays within its gzip budget (${GZIP_BUDGET} bytes)`, async () => {
    const file = await buildBundle(dir);
    const code = readFileSync(file);
    const gzip = gzipSync(code, { level: 9 }).length;
    expect(gzip).toBeGreaterThan(1000);
    expect(gzip).toBeLessThanOrEqual(GZIP_BUDGET);
    // Template text is minified at build time: no indentation left inside lit's templates.
    expect(code.toString()).not.toMatch(/\n {4}<|--_series-1: var/);
  }, 30_000);
});

describe('template minification', () => {
  it('drops indentation next to tags and keeps meaningful spaces', () => {
    expect(minifyTemplate('html', '<div\n    class="a"\n  >\n    ', true, false)).toBe('<div class="a">');
    expect(minifyTemplate('html', '</b> <i>', false, false)).toBe('</b> <i>');
    expect(minifyTemplate('html', '\n  and\n  ', false, false)).toBe(' and ');
  });

  it('drops comments, spaces around CSS punctuation and leading zeros, not inside selectors', () => {
    expect(minifyTemplate('css', '.a { margin: 0.75rem 0 0.5rem; opacity: calc(1 - 0.2); }', true, true)).toBe(
      '.a{margin:.75rem 0 .5rem;opacity:calc(1 - .2)}',
    );
    expect(minifyTemplate('css', '.s10 .x { width: 10.5px }', true, true)).toBe('.s10 .x{width:10.5px}');
    expect(minifyTemplate('css', '\n  /* x */\n  :host .a > b {\n    color: var(--x, red);\n  }\n', true, true)).toBe(
      ':host .a > b{color:var(--x,red)}',
    );
  });
});
