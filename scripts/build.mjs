// `npm run build`: the self-contained bundle (dist/eprofile-radar.js), the npm library (lib/: ES modules with lit
// and d3 as dependencies, .d.ts types for TypeScript, React, Vue and Svelte), custom-elements.json from the JSDoc,
// and the demo site (dist/site). `--package` (npm pack's prepack) builds only what the package ships.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'vite';
import { buildBundle, minifyTemplateLiterals, pureD3Curves, root } from './bundle.mjs';

const require = createRequire(import.meta.url);
/**
 * Runs a package's command line by node resolution (not npx, which looks the name up first; not node_modules/.bin,
 * which a copy of the project inside node_modules, as the package test packs, does not have).
 */
const run = (script, args) =>
  execSync(`"${process.execPath}" ${require.resolve(script)} ${args}`, { cwd: root, stdio: 'inherit' });
const lib = join(root, 'lib');

/** Framework typings, hand-written in src/ (see each file why) or generated into lib/ from the manifest. */
const FRAMEWORK_TYPES = ['jsx.d.ts', 'react.d.ts', 'vue.d.ts', 'svelte.d.ts'];

await buildBundle(`${root}dist`);

rmSync(lib, { recursive: true, force: true });
run('typescript/bin/tsc', '-p tsconfig.build.json');
await vendorD3Shape();
// The same template minification as the bundle's, so an app importing from npm gets no more bytes than the file;
// and d3-shape's one function from lib/d3-shape.js.
for (const name of readdirSync(lib, { recursive: true }).filter((name) => name.endsWith('.js'))) {
  const file = join(lib, name);
  const code = readFileSync(file, 'utf8');
  const d3 = `from '${relative(dirname(file), join(lib, 'd3-shape.js')).replace(/^(?!\.)/, './')}'`;
  const out = (minifyTemplateLiterals(code, file) ?? code).replace("from 'd3-shape'", d3);
  if (out !== code) writeFileSync(file, out);
}
// The single file's entry: the package ships the file itself (`eprofile-radar/bundle`) and only its types.
rmSync(join(lib, 'bundle.js'));
for (const name of ['react.d.ts', 'vue.d.ts', 'svelte.d.ts']) copyFileSync(join(root, 'src', name), join(lib, name));
run('@custom-elements-manifest/analyzer/cem.js', "analyze --litelement --globs 'src/**/*.ts' --quiet");
// Typed out of the box: the entry's types pull in every framework's, each of which only augments its framework's
// module (a project without that framework is not affected).
// React has its own (lib/react.d.ts): the generated file's React blocks would give the element a second, different
// type in React's JSX, whose `ref` and `style` reject React's own. Its global JSX block goes too: React 18's global
// JSX namespace and React.JSX extend each other, so the element's type there clashed with lib/react.d.ts's in every
// React 18 project (TS2430), and no runtime the file is kept for reads the global namespace.
const jsxTypes = join(lib, 'jsx.d.ts');
const REACT_BLOCK = /declare (module "react(\/jsx-(dev-)?runtime)?"|global) \{[\s\S]*?\n\}\n\n?/g;
const withoutReact = readFileSync(jsxTypes, 'utf8').replace(REACT_BLOCK, '');
if (/declare (module "react(\/jsx-(dev-)?runtime)?"|global)/.test(withoutReact))
  throw new Error('lib/jsx.d.ts: a React or global JSX block was left');
writeFileSync(jsxTypes, withoutReact);
const entryTypes = join(lib, 'index.d.ts');
const references = FRAMEWORK_TYPES.map((name) => `/// <reference path="./${name}" />\n`).join('');
writeFileSync(entryTypes, references + readFileSync(entryTypes, 'utf8'));

/**
 * lib/d3-shape.js: the part of d3-shape the chart uses (pointRadial), tree-shaken as in the single file. d3-shape
 * ships one module whose curves are built at load by calls an app's bundler cannot prove pure, so importing it
 * from lib/ would keep every curve (1.2 KB gzip) in every app; and d3-shape is then no dependency of the package.
 */
async function vendorD3Shape() {
  const entry = join(lib, 'd3-shape.entry.js');
  writeFileSync(entry, "export { pointRadial } from 'd3-shape';\n");
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [pureD3Curves()],
    build: {
      outDir: lib,
      emptyOutDir: false,
      // Minified: its minifier drops the curves' prototypes, which tree-shaking alone keeps.
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'd3-shape.js' },
    },
  });
  rmSync(entry);
}

if (!process.argv.includes('--package')) {
  await build({ configFile: `${root}vite.config.ts`, logLevel: 'warn' });
  // The iframe parent script is plain JavaScript, served as written beside the site and the bundle.
  for (const dir of ['dist', 'dist/site']) copyFileSync(`${root}demo/embed-resize.js`, `${root}${dir}/embed-resize.js`);
  // The builder offers the single file for download, beside itself.
  copyFileSync(`${root}dist/eprofile-radar.js`, `${root}dist/site/eprofile-radar.js`);
}
console.log(
  `Built dist/eprofile-radar.js, lib/, custom-elements.json${process.argv.includes('--package') ? '' : ' and dist/site/'}.`,
);
