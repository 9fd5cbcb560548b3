/**
 * The README's framework examples are the apps test/package.test.ts builds from the packed package and runs in
 * Chromium: each file appears in the README as it is, so the documented code is the code that is tested.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8').trim();
const readme = read('README.md');

describe('README, Use it from React, Vue, Svelte or plain HTML', () => {
  for (const file of [
    'test/package/data.ts',
    'test/package/react/App.tsx',
    'test/package/vue/App.vue',
    'test/package/svelte/App.svelte',
    'test/package/html/main.ts',
  ])
    it(`shows ${file} as tested`, () => expect(readme).toContain(read(file)));

  it('shows the plain page as tested', () => {
    const body = read('test/package/html/index.html').replace(/^[\s\S]*<body>\s*|\s*<\/body>[\s\S]*$/g, '');
    expect(readme).toContain(body.replace(/^ +/gm, ''));
  });
});
