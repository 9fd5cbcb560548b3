// The self-contained bundle (dist/eprofile-radar.js): one vite build shared by `npm run build`, the size budget
// test (test/size.test.ts) and the benchmark (bench/), so all three measure the same file.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { build } from 'vite';

export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * gzip budget of dist/eprofile-radar.js in bytes, asserted by test/size.test.ts: the measured size with a little
 * room, so that growth fails the test. Lower it when the bundle shrinks; raise it only with a reason in the commit
 * (`git log -p scripts/bundle.mjs` lists every raise and what it paid for; the README's Performance section sums
 * them up).
 *
 * Where the bytes go (43,838 bytes, by Node's zlib at level 9; `node bench/size-breakdown.mjs`): lit 5.2 KB, the
 * Swedish and English texts 3.6 KB, the styles 4.1 KB; then the element and its controllers (observers, focus,
 * controls, announcer, diagnostics, sound) 9.9 KB, the model (words, layout, labels, ring values, dot plot) 7.8 KB,
 * the templates 4.6 KB, reading input 2.9 KB, the exports 2.3 KB, number formats and comparison names 0.8 KB,
 * d3-shape 0.5 KB. The pipeline issue's 28.4 KB was the bundle before the work the later issues asked for (hostile
 * input and pages, the newspaper graphic and print, what a listener hears); no single part
 * holds the 14.7 KB between them, and the one file is the product (a chunk loaded later would be a request from
 * the component).
 */
// Raised from 42.5 KB for what a tenth look found (a table read as a reader sees it, a huge list reported by its
// count, the CSV at the data's precision, one Esc for every box, the box under enlarged text, the SVG text at the
// measured size), measured at 43,560 bytes; and for what reviews of hostile pages found (inherited SVG paint and
// vertical writing reset, invisible characters left out of values, no matchMedia or MutationObserver and a
// throwing console survived, only own fields read), measured at 43,838.
export const GZIP_BUDGET = 43 * 1024;

/**
 * Minifies the static text of lit's tagged templates at build time: `css` loses comments, the whitespace around
 * punctuation and the zero before a decimal point (0.5rem → .5rem); `html`/`svg` lose indentation (a run of
 * whitespace with a line break becomes nothing next to a tag and one space elsewhere, which is what the HTML
 * parser would collapse it to). Expressions are untouched.
 */
export function minifyTemplate(tag, text, first, last) {
  if (tag === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
      .replace(/([\s:,(/-])0\.(?=\d)/g, '$1.')
      .replace(first ? /^ / : /^$/, '')
      .replace(last ? / $/ : /^$/, '');
  }
  return text
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\s*\n\s*>/g, '>')
    .replace(/\s*\n\s*/g, ' ')
    .replace(first ? /^\s+/ : /^$/, '')
    .replace(last ? /\s+$/ : /^$/, '');
}

/**
 * `minifyTemplate` applied to every `css`, `html` and `svg` template of a module's code (TypeScript or JavaScript);
 * null when nothing changed. The npm build (lib/) runs it over tsc's output, the bundle through the plugin below.
 */
export function minifyTemplateLiterals(code, fileName) {
  // tsc writes a space between tag and template (css `…`).
  if (!/(css|html|svg)\s*`/.test(code)) return null;
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      ['css', 'html', 'svg'].includes(node.tag.text)
    ) {
      const tag = node.tag.text;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      parts.forEach((part, index) => {
        // The raw text between the delimiters: `…` or `…${, }…${, }…`.
        const start = part.getStart(file) + 1;
        const end = part.getEnd() - (part.kind === ts.SyntaxKind.TemplateTail || parts.length === 1 ? 1 : 2);
        const raw = code.slice(start, end);
        const minified = minifyTemplate(tag, raw, index === 0, index === parts.length - 1);
        if (minified !== raw) edits.push([start, end, minified]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Vite plugin applying `minifyTemplate` to every `css`, `html` and `svg` template in src/. */
export function minifyTemplates() {
  return {
    name: 'eprofile-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyTemplateLiterals(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/**
 * d3-shape ships one pre-bundled module in which each parametric curve is built by an immediately-called
 * function (`var curveBundle = (function custom(beta) {…})(0.85)`), and the radial curve by a call at load. The
 * bundler cannot prove those calls free of side effects, so every curve stays in the bundle although the chart
 * uses only pointRadial. They are pure (they only return closures); saying so lets tree-shaking drop them.
 */
export function pureD3Curves() {
  return {
    name: 'eprofile-pure-d3-curves',
    transform(code, id) {
      if (!/\/d3-shape\/dist\/d3-shape\.mjs$/.test(id)) return null;
      const pure = code
        .replace(/= \(function custom\(/g, '= /*#__PURE__*/ (function custom(')
        // The radial form of curveLinear, made at load for lineRadial and areaRadial, which the chart does not use.
        .replace('= curveRadial(curveLinear)', '= /*#__PURE__*/ curveRadial(curveLinear)');
      return { code: pure, map: null };
    },
  };
}

const LIT_METADATA = '\0eprofile-lit-metadata';
const TRUSTED_TYPES = join(root, 'src/trusted-types.ts');

/**
 * The bundle writes no global but its tag. lit records its versions on globalThis (`litHtmlVersions`,
 * `litElementVersions`, `reactiveElementVersions`: a multiple-copies diagnostic) and keeps decorator metadata in
 * `globalThis.litPropertyMetadata`. Inside this one self-contained file the pushes are dropped and the metadata map
 * becomes a module of its own, so two builds on one page share nothing either. (The npm build in lib/ leaves lit,
 * a dependency there, as it is.) lit's Trusted Types policy is made through src/trusted-types.ts, which tells the
 * element when a page refuses it.
 */
export function isolateLit() {
  return {
    name: 'eprofile-isolate-lit',
    resolveId: (id) => (id === LIT_METADATA ? id : null),
    load: (id) => (id === LIT_METADATA ? 'export const litPropertyMetadata = new WeakMap();' : null),
    transform(code, id) {
      if (!/\/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return null;
      let out = code.replace(
        /\(\s*[\w$]+\.(litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\([^)]*\)/g,
        'void 0',
      );
      if (/\/lit-html\/lit-html\.js$/.test(id)) {
        // lit's Trusted Types policy, asked for through src/trusted-types.ts, which survives a page's refusal.
        const policy = /([\w$]+)\.createPolicy\("lit-html",\{createHTML:([\w$]+)=>\2\}\)/;
        if (!policy.test(out)) throw new Error('isolateLit: lit-html no longer makes its policy as expected');
        out = `import { litPolicy as litPolicy$ } from '${TRUSTED_TYPES}';\n${out.replace(policy, 'litPolicy$($1)')}`;
      }
      if (out.includes('litPropertyMetadata')) {
        out = out
          .replace(/[\w$]+\.litPropertyMetadata\s*\?\?=\s*new WeakMap(\(\))?/g, 'void 0')
          .replace(/globalThis\.litPropertyMetadata/g, 'litPropertyMetadata$')
          .replace(/(?<![\w$.])litPropertyMetadata(?![\w$])/g, 'litPropertyMetadata$');
        out = `import { litPropertyMetadata as litPropertyMetadata$ } from '${LIT_METADATA}';\n${out}`;
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Builds src/index.ts into `outDir`/eprofile-radar.js and returns that file's path. `minify: false` gives the
 * same code unminified (the host tests load it as a second, different build beside the first).
 */
export async function buildBundle(outDir, { sourcemap = false, minify = true } = {}) {
  // Always lit's production build: vite picks the `development` export condition whenever NODE_ENV is not
  // `production`, which it is not inside vitest (`test`), and lit's development build is 4 KB gzip larger.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildWith(outDir, sourcemap, minify);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return join(outDir, 'eprofile-radar.js');
}

async function buildWith(outDir, sourcemap, minify) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [minifyTemplates(), pureD3Curves(), isolateLit()],
    build: {
      outDir,
      emptyOutDir: false,
      sourcemap,
      // An immediately-invoked function with nothing exported: a module script and a classic one alike.
      lib: { entry: 'src/bundle.ts', formats: ['iife'], name: 'eprofileRadar', fileName: () => 'eprofile-radar.js' },
      rolldownOptions: { output: { minify, intro: "'use strict';" } },
    },
  });
}
