// `npm run bench`: the same radar from dist/eprofile-radar.js (eager, and with loading="lazy"), a hand-written vanilla
// SVG function (the floor, bench/contenders/floor.ts) and Chart.js's tree-shaken radar, in headless Chromium, like
// for like: 290 charts with nothing skipping rendering off screen, and again with every contender skipping it the
// same way (bench/harness.ts). Interleaved rounds; medians, spreads and ratios printed as a table and written to
// bench/results/latest.json, with a CPU profile summary of the element. BENCH_ROUNDS=n sets the rounds.
// BENCH_PROFILE=1 only profiles the element, built unminified so functions keep their source names (nothing
// written): where to look before changing code, not a figure to report. BENCH_VARIANT=skip profiles it skipping.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build } from 'vite';
import { buildBundle, root } from '../scripts/bundle.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const PROFILE_ONLY = process.env.BENCH_PROFILE === '1';
const PROFILE_VARIANT = PROFILE_ONLY && process.env.BENCH_VARIANT === 'skip' ? 'skip' : 'all';
const ROUNDS = PROFILE_ONLY ? 0 : Number(process.env.BENCH_ROUNDS ?? 7);
/** The two like-for-like rules (bench/harness.ts) and the suffix of their figures. */
const VARIANTS = [
  ['all', 'All'],
  ['skip', 'Skip'],
];
const CONTENDERS = ['element', 'lazy', 'floor', 'chartjs'];
const NAMES = {
  element: '<eprofile-radar> (eager)',
  lazy: 'element, loading="lazy"',
  floor: 'floor (vanilla SVG)',
  chartjs: 'Chart.js radar',
};

// --- Build: the element's own bundle, and each other contender (and the page harness) as its own file. --------
const dir = mkdtempSync(join(tmpdir(), 'eprofile-bench-'));
await buildBundle(dir, { minify: !PROFILE_ONLY });
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

async function many(name, variant) {
  const { context, tab } = await open(`/bench.html?c=${name}&m=many&v=${variant}`);
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

/**
 * Where the element's time goes for 290 charts, all drawn (`phase` draw), or while all 290 are updated (`update`):
 * a CPU profile (CDP) of one run, self time summed by function and by file, the largest first. Garbage collection
 * and the browser's own work show as (program), (garbage collector) and the like.
 */
async function cpuProfile(phase) {
  const { context, tab } = await open(`/bench.html?c=element&m=many&v=${PROFILE_VARIANT}&wait=1`);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (phase === 'draw') await cdp.send('Profiler.start');
  await tab.evaluate(() => window.bench.start());
  await finished(tab);
  if (phase === 'update') {
    await cdp.send('Profiler.start');
    await tab.evaluate(() => window.bench.update());
  }
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  const total = profile.endTime - profile.startTime;
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { callFrame } = byNode.get(id);
    const file = callFrame.url.split('/').pop() || callFrame.url || '';
    // A native call's self time includes the browser work it forces: getBoundingClientRect's is style and layout.
    const name = callFrame.functionName === 'getBoundingClientRect' ? 'style and layout (forced by a box read)' : '';
    const key =
      name || `${callFrame.functionName || '(anonymous)'} ${file}${file ? `:${callFrame.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0));
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, PROFILE_ONLY ? 40 : 12);
  return { totalMs: total / 1000, top: top.map(([where, us]) => ({ where, ms: us / 1000, share: us / total })) };
}

const samples = {};
const add = (figure, name, value) => ((samples[figure] ??= {})[name] ??= []).push(value);
const load = [loadavg()[0]];
const started = Date.now();
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order every round, so no contender always runs first (cold machine) or last.
  const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]);
  for (const name of order) add('one', name, await one(name));
  for (const [variant, suffix] of VARIANTS) {
    // Lazy charts wait for the browser to say it renders them, which it never does when nothing may skip.
    for (const name of order.filter((name) => variant === 'skip' || name !== 'lazy')) {
      const result = await many(name, variant);
      add(`drawn${suffix}`, name, result.drawn);
      add(`update${suffix}`, name, result.update);
      add(`heap${suffix}`, name, result.heap);
    }
  }
  add('clsModule', 'element', await cls('module'));
  add('clsBlocking', 'element', await cls('blocking'));
  add('clsClassic', 'element', await cls('classic'));
  load.push(loadavg()[0]);
  process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
}
const profile = await cpuProfile('draw');
const updateProfile = await cpuProfile('update');
const version = browser.version();
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });
if (PROFILE_ONLY) {
  for (const [phase, { totalMs, top }] of [
    ['drawing', profile],
    ['updating', updateProfile],
  ]) {
    console.log(`\n${phase} 290, ${PROFILE_VARIANT} (${totalMs.toFixed(0)} ms recorded, unminified):`);
    for (const { where, ms } of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${where}`);
  }
  process.exit(0);
}

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
  ['gzip', 'bundle gzip ≤ 28.4 KB (no growth)', medians.gzip.element <= 28.4 * 1024],
  ['drawnAll', '290 all drawn ≤ 3× floor (like for like)', ratio('drawnAll', 'floor') <= 3],
  ['drawnSkip', '290 skipping off screen ≤ 3× floor (like for like)', ratio('drawnSkip', 'floor') <= 3],
  ['updateAll', 'update all 290, all drawn ≤ 2× floor', ratio('updateAll', 'floor') <= 2],
  ['updateSkip', 'update all 290, skipping ≤ 2× floor', ratio('updateSkip', 'floor') <= 2],
  ['heapAll', 'heap after 290 all drawn ≤ 5 MB', medians.heapAll.element <= 5 * 1024 * 1024],
  ['heapSkip', 'heap after 290 skipping ≤ 5 MB', medians.heapSkip.element <= 5 * 1024 * 1024],
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
    drawnAll:
      'ms from creating 290 charts (seeded random data, 400 px each) to every chart drawn (its shapes in the DOM, a ' +
      'box for every chart in view) and a frame rendered, with no contender skipping rendering off screen (the ' +
      "element's radars told to draw with ::part(plot) { content-visibility: visible })",
    drawnSkip:
      'the same with every contender skipping rendering off screen alike: the floor and Chart.js boxes get ' +
      "content-visibility: auto, as the element's radars have; lazy is <eprofile-radar loading=lazy>, whose radars " +
      'off screen are not built at all',
    updateAll: 'ms from new data for all 290 to all redrawn and a frame rendered, nothing skipped',
    updateSkip: 'the same, skipping off screen for all',
    heapAll: 'bytes of JS heap in use after 290 drawn, nothing skipped (CDP collectGarbage, Runtime.getHeapUsage)',
    heapSkip: 'the same, skipping off screen for all',
    profile: "the element's CPU profile for 290 all drawn: self time by function, largest first",
    updateProfile: 'the same while all 290 are updated, all drawn',
    clsModule: 'cumulative layout shift, phone viewport, ten charts in an article, bundle in <script type=module>',
    clsBlocking: 'the same with <script type=module blocking=render>',
    clsClassic: 'the same with a classic <script src> in the head',
    lazy:
      'element (lazy), only with skipping: drawnSkip and updateSkip end when the charts in the first viewport ' +
      '(1000 × 800) are drawn and every other chart has its shell with the radar height reserved; heapSkip is ' +
      'without scrolling, so only the charts near the viewport have a radar',
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
  profile,
  updateProfile,
  samples,
  targets: targets.map(([figure, target, met]) => ({ figure, target, met })),
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(result, null, 2) + '\n');

const fmt = {
  one: (v) => `${v.toFixed(0)} ms`,
  drawnAll: (v) => `${v.toFixed(0)} ms`,
  drawnSkip: (v) => `${v.toFixed(0)} ms`,
  updateAll: (v) => `${v.toFixed(0)} ms`,
  updateSkip: (v) => `${v.toFixed(0)} ms`,
  heapAll: (v) => `${(v / 2 ** 20).toFixed(1)} MB`,
  heapSkip: (v) => `${(v / 2 ** 20).toFixed(1)} MB`,
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
  drawnAll: '290 charts, all drawn (nothing skipped)',
  drawnSkip: '290 charts, off screen skipped by all (lazy: not built)',
  updateAll: 'Update all 290, all drawn',
  updateSkip: 'Update all 290, off screen skipped by all',
  heapAll: 'JS heap after 290 all drawn, after GC',
  heapSkip: 'JS heap after 290 skipping, after GC (lazy: not scrolled)',
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
console.log(`\nWhere the element's time goes, 290 all drawn (CPU profile, ${profile.totalMs.toFixed(0)} ms recorded):`);
for (const { where, ms, share } of profile.top)
  console.log(`${(share * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(5)} ms  ${where}`);
console.log(
  `\nWhere the element's time goes, updating all 290, all drawn (CPU profile, ${updateProfile.totalMs.toFixed(0)} ms recorded):`,
);
for (const { where, ms, share } of updateProfile.top)
  console.log(`${(share * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(5)} ms  ${where}`);
console.log('\nWritten to bench/results/latest.json.');
