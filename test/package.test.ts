/**
 * The package as npm users get it: `npm pack` (whose prepack builds it) gives the tarball; its file list, publint
 * and arethetypeswrong check what ships; installed into test/package/node_modules, it is type-checked with tsc and
 * built into small React 19, Vue 3, Svelte 5 and plain TypeScript apps (test/package/, the README's examples),
 * which Chromium loads: each draws a chart from `areas` and `series` set as properties and shows the message of
 * the `eprofile-error` fired on another chart's first render. The frameworks come from the project's
 * devDependencies; nothing is fetched.
 */
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { chromium } from 'playwright';
import { build, preview, type BuildEnvironmentOptions } from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { root } from './site.js';

const apps = ['react', 'vue', 'svelte', 'html'];
const appsRoot = join(root, 'test/package');
/** Where the tarball is installed: the apps resolve `eprofile-radar` there, and everything else from the project. */
const installed = join(appsRoot, 'node_modules/eprofile-radar');
const temp = mkdtempSync(join(tmpdir(), 'eprofile-package-'));
const outDir = join(temp, 'apps');
let tarball = '';
let files: string[] = [];

/** Whether `actual` equals `expected`, asymmetric matchers included. */
const matches = (actual: unknown, expected: unknown) => {
  try {
    expect(actual).toEqual(expected);
    return true;
  } catch {
    return false;
  }
};

const run = (file: string, args: string[], cwd = root) => execFileSync(file, args, { cwd, encoding: 'utf8' });

/**
 * What `npm pack` needs of the project, copied into node_modules (where the build still finds every tool): packing
 * there builds lib/ and dist/ in the copy, never under other tests that use the project's own lib/.
 */
const SOURCES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'bin', 'docs', 'scripts', 'src'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'custom-elements-manifest.config.mjs'];

beforeAll(() => {
  const stage = mkdtempSync(join(root, 'node_modules/.eprofile-pack-'));
  for (const path of [...SOURCES, ...CONFIGS]) cpSync(join(root, path), join(stage, path), { recursive: true });
  // The build (prepack) writes to the same output, before npm's JSON.
  const output = run('npm', ['pack', '--json', '--pack-destination', temp], stage);
  rmSync(stage, { recursive: true, force: true });
  const [packed] = JSON.parse(output.slice(output.search(/^\[/m))) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(temp, packed!.filename);
  files = packed!.files.map((file) => file.path).sort();
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  run('tar', ['xzf', tarball, '-C', installed, '--strip-components=1']);
}, 120_000);

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  rmSync(join(appsRoot, 'node_modules'), { recursive: true, force: true });
});

describe('the tarball', () => {
  it('ships the bundle, lib, types, manifest, README with its image, LICENSE and CHANGELOG, and nothing else', () => {
    const top = [...new Set(files.map((file) => file.split('/')[0]))];
    expect(top.sort()).toEqual(
      [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'bin',
        'custom-elements.json',
        'dist',
        'docs',
        'lib',
        'package.json',
      ].sort(),
    );
    expect(files.filter((file) => file.startsWith('dist/'))).toEqual(['dist/eprofile-radar.js']);
    expect(files).not.toContain('lib/bundle.js');
    for (const types of [
      'lib/index.d.ts',
      'lib/bundle.d.ts',
      'lib/jsx.d.ts',
      'lib/react.d.ts',
      'lib/vue.d.ts',
      'lib/svelte.d.ts',
    ])
      expect(files).toContain(types);
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]!);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(files).toContain(image);
  });

  it('resolves the single file by both names the README gives it', () => {
    const require = createRequire(join(appsRoot, 'package.json'));
    const file = join(installed, 'dist/eprofile-radar.js');
    // The path a user copies from the README; a bundler refused it while `exports` did not list it.
    expect(require.resolve('eprofile-radar/dist/eprofile-radar.js')).toBe(file);
    expect(require.resolve('eprofile-radar/bundle')).toBe(file);
  });

  it('passes publint, suggestions included', async () => {
    const buffer = readFileSync(tarball);
    const pack = { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length) };
    const { messages, pkg } = await publint({ pack, level: 'suggestion', strict: true });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  it('passes arethetypeswrong in every resolution mode, node10 included', () => {
    // The one finding left is that require() gets an ES module (CommonJS callers need import()): by design, as
    // lit, which the element extends, ships ES modules only. attw exits non-zero on anything else, and
    // execFileSync then throws with its report.
    run(join(root, 'node_modules/.bin/attw'), [tarball, '--ignore-rules', 'cjs-resolves-to-esm']);
  });
});

/**
 * Builds apps of test/package as `vite build` would for a user: in production mode, so with lit's production
 * build (vitest sets NODE_ENV=test, which would pick lit's development build, 4 KB gzip larger).
 */
async function buildApps(out: string, names: string[], options: BuildEnvironmentOptions = {}) {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false,
      root: appsRoot,
      logLevel: 'error',
      cacheDir: join(temp, 'vite'),
      plugins: [
        react(),
        vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'eprofile-radar' } } }),
        svelte(),
      ],
      build: {
        ...options,
        outDir: out,
        emptyOutDir: true,
        rolldownOptions: { input: Object.fromEntries(names.map((name) => [name, join(appsRoot, name, 'index.html')])) },
      },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

describe('the package in apps', () => {
  beforeAll(() => buildApps(outDir, apps), 120_000);

  it('type-checks the examples and typed usage against the installed types', () => {
    // tsc exits non-zero, and execFileSync throws with its output, on any error.
    expect(run(join(root, 'node_modules/.bin/tsc'), ['-p', join(appsRoot, 'tsconfig.json')])).toBe('');
  }, 60_000);

  it("type-checks Vue templates with vue-tsc's strictTemplates: props, attributes, a ref, DOM and element events", () => {
    expect(run(join(root, 'node_modules/.bin/vue-tsc'), ['-p', join(appsRoot, 'tsconfig.vue.json')])).toBe('');
  }, 60_000);

  it('rejects in a Vue template what the element does not take, naming each', () => {
    const wrong = join(appsRoot, 'vue-wrong');
    mkdirSync(wrong, { recursive: true });
    writeFileSync(
      join(wrong, 'Wrong.vue'),
      `<script setup lang="ts">
import 'eprofile-radar';
const onKey = (event: KeyboardEvent) => event.key;
const onError = (event: number) => event;
</script>
<template>
  <eprofile-radar heading-level="three" :max="true" @click="onKey" @eprofile-error="onError"></eprofile-radar>
</template>
`,
    );
    const config = { extends: '../tsconfig.vue.json', include: ['Wrong.vue'] };
    writeFileSync(join(wrong, 'tsconfig.json'), JSON.stringify(config));
    let output = '';
    try {
      run(join(root, 'node_modules/.bin/vue-tsc'), ['-p', join(wrong, 'tsconfig.json')]);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    } finally {
      rmSync(wrong, { recursive: true, force: true });
    }
    expect(output).toContain(`Type '"three"' is not assignable`);
    expect(output).toContain("Type 'true' is not assignable to type 'string | number | undefined'");
    expect(output).toContain("Type 'PointerEvent' is missing the following properties from type 'KeyboardEvent'");
    expect(output).toContain("Type 'EprofileErrorEvent' is not assignable to type 'number'");
  }, 60_000);

  /**
   * A project outside this one (so that no framework resolves from its node_modules) with the package installed as
   * strictly as pnpm or npm's `linked` strategy do: each package sees only its own dependencies, so the package's
   * types may name lit but not lit's own packages (lit-html, lit-element), which only lit may resolve.
   */
  const strictProject = (name: string) => {
    const project = join(temp, name);
    const modules = join(project, 'node_modules');
    const own = join(modules, 'eprofile-radar/node_modules');
    const lits = join(own, 'lit/node_modules');
    cpSync(installed, join(modules, 'eprofile-radar'), { recursive: true });
    cpSync(join(root, 'node_modules/lit'), join(own, 'lit'), { recursive: true });
    for (const need of [
      'lit-html',
      'lit-element',
      '@lit/reactive-element',
      '@lit-labs/ssr-dom-shim',
      '@types/trusted-types',
    ])
      cpSync(join(root, 'node_modules', need), join(lits, need), { recursive: true });
    return project;
  };
  const typeCheck = (project: string, main: string, jsx?: string) => {
    writeFileSync(join(project, jsx ? 'main.tsx' : 'main.ts'), main);
    const options = {
      strict: true,
      noEmit: true,
      module: 'ESNext',
      moduleResolution: 'Bundler',
      target: 'ES2022',
      jsx,
    };
    const config = { compilerOptions: options, files: [jsx ? 'main.tsx' : 'main.ts'] };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config));
    try {
      return run(join(root, 'node_modules/.bin/tsc'), ['-p', join(project, 'tsconfig.json')], project);
    } catch (error) {
      // tsc's errors, so that the assertion shows them.
      return String((error as { stdout?: string }).stdout);
    }
  };

  it("type-checks with tsc's defaults (lib checks on) in a project without React, Vue or Svelte, installed strictly", () => {
    // Every framework typing is referenced from the entry's types, and each must compile where its framework is
    // missing.
    const main =
      "import type { EprofileRadar } from 'eprofile-radar';\n" +
      "const chart: EprofileRadar = document.createElement('eprofile-radar');\n" +
      'chart.scores = [3, 3.2, 3, 3, 3.1];\n';
    expect(typeCheck(strictProject('bare'), main)).toBe('');
  }, 60_000);

  it("type-checks JSX against React 18's types with tsc's defaults, attributes as strings", () => {
    // React 18's global JSX namespace and React.JSX extend each other: the element's type in the one (lib/jsx.d.ts,
    // for other runtimes) clashed with its type in the other (lib/react.d.ts) as soon as the package was imported.
    const project = strictProject('react18');
    const types = join(project, 'node_modules/@types');
    cpSync(join(root, 'node_modules/@types/react-18'), join(types, 'react'), { recursive: true });
    for (const need of ['csstype', '@types/prop-types'])
      cpSync(join(root, 'node_modules', need), join(project, 'node_modules', need), { recursive: true });
    const main =
      "import 'eprofile-radar';\n" +
      'export const Chart = () => (\n' +
      '  <eprofile-radar heading="E-profil" heading-level="3" scores="3,0 2,8 3,1 2,9 3,0" lang="sv" />\n' +
      ');\n';
    expect(typeCheck(project, main, 'react-jsx')).toBe('');
  }, 60_000);

  it("costs an app no more than the single file, give or take lit's global records", async () => {
    const out = join(temp, 'import');
    await buildApps(out, ['import'], { modulePreload: { polyfill: false } });
    const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
    const app = readdirSync(join(out, 'assets')).reduce((sum, file) => sum + gzip(join(out, 'assets', file)), 0);
    const single = gzip(join(installed, 'dist/eprofile-radar.js'));
    console.log(`import 'eprofile-radar' in an app: ${app} B gzip; dist/eprofile-radar.js: ${single} B gzip`);
    // The single file drops lit's version records and metadata map on globalThis (scripts/bundle.mjs, isolateLit);
    // an app's lit, shared with the app, keeps them: about 60 bytes, and an ES module's wrapping about as much.
    expect(app).toBeLessThanOrEqual(single + 160);
  }, 60_000);

  it('draws from properties and reports rejected input on first render, in every app', async () => {
    const server = await preview({
      configFile: false,
      root: appsRoot,
      logLevel: 'error',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1' },
    });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      for (const app of apps) {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(`${app}: ${error.message}`));
        await page.goto(new URL(`${app}/`, server.resolvedUrls!.local[0]).href);
        const state = () =>
          page.evaluate(() => {
            const chart = document.querySelector('eprofile-radar')?.shadowRoot;
            return {
              series: chart?.querySelectorAll('[part~="series"]').length ?? 0,
              // Two of the four areas' names (single words, so never wrapped): the `areas` property was read.
              areas: ['E-services', 'Governance'].filter((name) =>
                chart?.querySelector('[part~="radar"]')?.textContent?.includes(name),
              ).length,
              problem: document.querySelector('.problem')?.textContent ?? '',
            };
          });
        const expected = { series: 2, areas: 2, problem: expect.stringContaining('scores: 9') };
        for (let tries = 0; tries < 100 && !matches(await state(), expected); tries++) await page.waitForTimeout(100);
        expect({ app, ...(await state()) }).toEqual({ app, ...expected });
        expect(errors).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});
