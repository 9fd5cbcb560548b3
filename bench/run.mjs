// `npm run bench`: the same radar from dist/eprofile-radar.js (eager, and with loading="lazy"), a hand-written vanilla SVG function (the floor,
// bench/contenders/floor.ts) and Chart.js's tree-shaken radar, in headless Chromium. Interleaved rounds; medians,
// spreads and ratios printed as a table and written to bench/results/latest.json. BENCH_ROUNDS=n sets the rounds.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build } from 'vite';
import { buildBundle, root } from '../scripts/bundle.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CONTENDERS = ['element', 'lazy', 'floor', 'chartjs'];
const NAMES = {
  element: '<eprofile-radar> (eager: all drawn)',
  lazy: 'element (lazy: visible drawn)',
  floor: 'floor (vanilla SVG)',
  chartjs: 'Chart.js radar',
};

// --- Build: the element's own bundle, and each other contender (and the page harness) as its own file. --------
const dir = mkdtempSync(join(tmpdir(), 'eprofile-bench-'));
await buildBundle(dir);
for (const entry of ['floor', 'chartjs', 'harness']) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: false,
      lib: {
        entry: `bench/${entry === 'harness' ? 'harness' : `contenders/${entry}`}.ts`,
        formats: ['es'],
        fileName: () => `${entry}.js`,
      },
      rolldownOptions: { output: { minify: true } },
    },
  });
}
const files = { element: 'eprofile-radar.js', lazy: 'eprofile-radar.js', floor: 'floor.js', chartjs: 'chartjs.js' };
const bundle = Object.fromEntries(
  CONTENDERS.map((name) => {
    const code = readFileSync(join(dir, files[name]));
    return [name, { gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length }];
  }),
);

// --- Pages. ----------------------------------------------------------------------------------------------------
const page = (head, body = '') =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<meta name="viewport" content="width=device-width">${head}</head><body style="margin:8px">${body}</body></html>`;
/** Ten charts in an article, as a news page on a phone has them; the layout-shift observer runs first. */
const article = (scriptTag) => {
  const text =
    '<p>Kommunernas e-förvaltning har utvecklats ojämnt. Profilen nedan visar kommunens poäng inom fem ' +
    'områden jämfört med medel för samtliga kommuner, på en skala från 0 till 4.</p>';
  const charts = Array.from({ length: 10 }, (_, i) => {
    const v = (k) => (2 + ((i * 7 + k * 3) % 20) / 10).toFixed(1).replace('.', ',');
    return `<eprofile-radar heading="E-profil kommun ${i + 1}" label="Kommun ${i + 1}" scores="${[0, 1, 2, 3, 4].map(v).join(' ')}" baseline="2,1 2,1 2,0 2,0 2,0"></eprofile-radar>`;
  });
  return page(
    `<script>window.cls=0;new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.cls+=e.value}).observe({type:'layout-shift',buffered:true});</script>${scriptTag}`,
    `<h1>E-profiler</h1>${charts.map((chart) => text + chart).join('')}${text}`,
  );
};
const pages = {
  '/bench.html': page('<script type="module" src="/harness.js"></script>'),
  '/cls-module.html': article('<script type="module" src="/eprofile-radar.js"></script>'),
  '/cls-blocking.html': article('<script type="module" blocking="render" src="/eprofile-radar.js"></script>'),
  // The same file as a classic script in the head: every browser runs it before it paints.
  '/cls-classic.html': article('<script src="/eprofile-radar.js"></script>'),
};
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (pages[path]) return response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
  try {
    const body = readFileSync(join(dir, path.replace(/^\/+/, '').replace(/\.\./g, '')));
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- Measurements: each in a fresh browser context (no cache, no leftovers). --------------------------------------
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
async function open(path, viewport = { width: 1000, height: 800 }) {
  // Animations off for every contender, as the issue's conditions say: Chart.js by option, the element by the
  // reader's setting it follows (it morphs a changed series only under prefers-reduced-motion: no-preference).
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const tab = await context.newPage();
  tab.on('pageerror', (error) => console.error(`page error (${path}):`, error.message));
  await tab.goto(origin + path);
  return { context, tab };
}
const finished = async (tab) => {
  await tab.waitForFunction(() => window.bench?.done, null, { timeout: 120_000, polling: 50 });
  const error = await tab.evaluate(() => window.bench.error);
  if (error) throw new Error(error);
};

async function one(name) {
  const { context, tab } = await open(`/bench.html?c=${name}&m=one`);
  await finished(tab);
  const ms = await tab.evaluate(() => window.bench.one);
  await context.close();
  return ms;
}

async function many(name) {
  const { context, tab } = await open(`/bench.html?c=${name}&m=many`);
  await finished(tab);
  const drawn = await tab.evaluate(() => window.bench.many);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const update = await tab.evaluate(() => window.bench.update());
  await context.close();
  return { drawn, update, heap: usedSize };
}

async function cls(variant) {
  const { context, tab } = await open(`/cls-${variant}.html`, { width: 412, height: 915 });
  await tab.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('eprofile-radar')];
      return charts.every((chart) => !chart.isUpdatePending && chart.shadowRoot?.querySelector('svg.radar .series'));
    },
    null,
    { timeout: 60_000, polling: 'raf' },
  );
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const value = await tab.evaluate(() => window.cls);
  await context.close();
  return value;
}

const samples = {};
const add = (figure, name, value) => ((samples[figure] ??= {})[name] ??= []).push(value);
const load = [loadavg()[0]];
const started = Date.now();
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order every round, so no contender always runs first (cold machine) or last.
  const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]);
  for (const name of order) add('one', name, await one(name));
  for (const name of order) {
    const result = await many(name);
    add('drawn290', name, result.drawn);
    add('update290', name, result.update);
    add('heap290', name, result.heap);
  }
  add('clsModule', 'element', await cls('module'));
  add('clsBlocking', 'element', await cls('blocking'));
  add('clsClassic', 'element', await cls('classic'));
  load.push(loadavg()[0]);
  process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
}
const version = browser.version();
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });

// --- Report. ---------------------------------------------------------------------------------------------------
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** Spread: the middle half of the rounds (interquartile range) as a share of the median. */
const spread = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
  const m = median(values);
  return m ? (q(0.75) - q(0.25)) / m : 0;
};
const medians = {};
const spreads = {};
for (const [figure, byName] of Object.entries(samples))
  for (const [name, values] of Object.entries(byName)) {
    (medians[figure] ??= {})[name] = median(values);
    (spreads[figure] ??= {})[name] = spread(values);
  }
for (const name of CONTENDERS) {
  (medians.gzip ??= {})[name] = bundle[name].gzip;
  (medians.brotli ??= {})[name] = bundle[name].brotli;
}
/**
 * element ÷ other (or `name` ÷ other): for measured figures the median of the per-round ratios (each round runs
 * every contender back to back, so a ratio within a round shares that round's load), for sizes the plain ratio.
 */
const ratio = (figure, other, name = 'element') => {
  const mine = samples[figure]?.[name];
  const theirs = samples[figure]?.[other];
  if (!mine || !theirs) return medians[figure][name] / medians[figure][other];
  return median(mine.map((value, round) => value / theirs[round]));
};
const targets = [
  ['gzip', 'bundle gzip ≤ 15 KB', medians.gzip.element <= 15 * 1024],
  ['drawn290', '290 drawn ≤ 1.5× floor', ratio('drawn290', 'floor') <= 1.5],
  ['drawn290', '290 drawn ≤ 0.25× Chart.js', ratio('drawn290', 'chartjs') <= 0.25],
  ['update290', 'update all ≤ 2× floor', ratio('update290', 'floor') <= 2],
  ['heap290', 'heap after 290 ≤ 5 MB', medians.heap290.element <= 5 * 1024 * 1024],
  ['drawn290', '290, lazy (visible drawn) ≤ 1.5× floor (all drawn)', ratio('drawn290', 'floor', 'lazy') <= 1.5],
  ['heap290', 'heap after 290, lazy (visible drawn) ≤ 5 MB', medians.heap290.lazy <= 5 * 1024 * 1024],
  ['clsModule', 'layout shift 0 (plain module script)', medians.clsModule.element === 0],
  ['clsBlocking', 'layout shift 0 (blocking="render")', medians.clsBlocking.element === 0],
  ['clsClassic', 'layout shift 0 (classic script in the head)', medians.clsClassic.element === 0],
];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = {
  cpu,
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: version,
  loadAverage: { min: Math.min(...load), max: Math.max(...load) },
};
const result = {
  date: new Date().toISOString(),
  command: 'npm run bench',
  rounds: ROUNDS,
  seconds: Math.round((Date.now() - started) / 1000),
  machine,
  definitions: {
    one: 'ms from the page starting to load the contender script to one chart drawn (400 px) and a frame rendered',
    drawn290: 'ms from creating 290 charts (seeded random data, 400 px each) to all drawn and a frame rendered',
    update290: 'ms from new data for all 290 to all redrawn and a frame rendered',
    heap290: 'bytes of JS heap in use after 290 drawn (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage)',
    clsModule: 'cumulative layout shift, phone viewport, ten charts in an article, bundle in <script type=module>',
    clsBlocking: 'the same with <script type=module blocking=render>',
    clsClassic: 'the same with a classic <script src> in the head',
    lazy:
      'element (lazy) is <eprofile-radar loading="lazy">: drawn290 and update290 end when the charts in the ' +
      'first viewport (1000 × 800) are drawn and every other chart has its shell with the radar height reserved; ' +
      'heap290 is without scrolling, so only the charts near the viewport have a radar. Every other contender ' +
      'draws all 290, in and out of the viewport',
    gzip: 'bytes of the contender file, gzip -9',
    brotli: 'bytes of the contender file, brotli (default quality)',
  },
  medians,
  ratios: Object.fromEntries(
    Object.keys(medians)
      .filter((figure) => medians[figure].floor !== undefined)
      .map((figure) => [
        figure,
        {
          floor: ratio(figure, 'floor'),
          chartjs: ratio(figure, 'chartjs'),
          lazyEager: medians[figure].lazy === undefined ? undefined : ratio(figure, 'element', 'lazy'),
        },
      ]),
  ),
  spreads,
  samples,
  targets: targets.map(([figure, target, met]) => ({ figure, target, met })),
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(result, null, 2) + '\n');

const fmt = {
  one: (v) => `${v.toFixed(0)} ms`,
  drawn290: (v) => `${v.toFixed(0)} ms`,
  update290: (v) => `${v.toFixed(0)} ms`,
  heap290: (v) => `${(v / 2 ** 20).toFixed(1)} MB`,
  clsModule: (v) => v.toFixed(3),
  clsBlocking: (v) => v.toFixed(3),
  clsClassic: (v) => v.toFixed(3),
  gzip: (v) => `${(v / 1024).toFixed(1)} KB`,
  brotli: (v) => `${(v / 1024).toFixed(1)} KB`,
};
const label = {
  gzip: 'Bundle, gzip',
  brotli: 'Bundle, brotli',
  one: 'One chart, script start → drawn',
  drawn290: '290 charts drawn (lazy: first viewport drawn, rest reserved)',
  update290: 'Update all 290 (lazy: visible ones redraw)',
  heap290: 'JS heap after 290, after GC (lazy: not scrolled)',
  clsModule: 'Layout shift, 10 charts, module script',
  clsBlocking: 'Layout shift, 10 charts, blocking="render"',
  clsClassic: 'Layout shift, 10 charts, classic script in head',
};
const cell = (figure, name) => {
  const value = medians[figure][name];
  if (value === undefined) return '–';
  const s = spreads[figure]?.[name];
  return fmt[figure](value) + (s ? ` (±${Math.round((s * 100) / 2)}%)` : '');
};
const rows = Object.keys(label).map((figure) => {
  const ratios = ['floor', 'chartjs'].map((other) =>
    medians[figure][other] ? `${ratio(figure, other).toFixed(2)}×` : '–',
  );
  ratios.push(samples[figure]?.lazy ? `${ratio(figure, 'element', 'lazy').toFixed(2)}×` : '–');
  return `| ${label[figure]} | ${CONTENDERS.map((name) => cell(figure, name)).join(' | ')} | ${ratios.join(' | ')} |`;
});
console.log(
  [
    `| Figure (median of ${ROUNDS} rounds) | ${CONTENDERS.map((name) => NAMES[name]).join(' | ')} | element ÷ floor | element ÷ Chart.js | lazy ÷ eager |`,
    `| --- |${' ---: |'.repeat(CONTENDERS.length + 3)}`,
    ...rows,
  ].join('\n'),
);
console.log(`\n${cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${process.version}, Chromium ${version}`);
console.log(
  `1-min load average during the run: ${machine.loadAverage.min.toFixed(1)}–${machine.loadAverage.max.toFixed(1)}`,
);
console.log('± is half the interquartile range of the rounds, as a share of the median.');
console.log('Ratios of timed figures are medians of the per-round ratios.\n');
for (const { target, met } of result.targets) console.log(`${met ? 'met   ' : 'MISSED'}  ${target}`);
console.log('\nWritten to bench/results/latest.json.');
