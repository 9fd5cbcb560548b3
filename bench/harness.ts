/**
 * Runs in the benchmark's page (see bench/run.mjs). `?c=element|lazy|floor|chartjs&m=one|many` picks the contender and
 * the measurement; results go to `window.bench`, read by the runner.
 *
 * "Drawn", for every contender: its own condition (`Contender.drawn`) holds for every chart, checked once per
 * animation frame, and then one more frame has been rendered (a rAF, then a task after it), so the time includes
 * style, layout and paint of what was drawn.
 */
import { element, lazy } from './contenders/element.js';
import type { BenchData, Contender } from './contenders/types.js';

const WIDTH = 400;
const COUNT = 290;
const params = new URLSearchParams(location.search);
const name = params.get('c') ?? 'element';
const mode = params.get('m') ?? 'one';

interface Bench {
  done?: boolean;
  error?: string;
  one?: number;
  many?: number;
  update?: () => Promise<number>;
}
const bench: Bench = ((window as unknown as { bench: Bench }).bench = {});

async function load(): Promise<Contender> {
  // Absolute URLs, left alone by the bundler: each contender is its own file, as a page would load it.
  const url = (file: string) => new URL(file, location.origin).href;
  if (name === 'element' || name === 'lazy') {
    await import(/* @vite-ignore */ url('/eprofile-radar.js'));
    return (name === 'lazy' ? lazy : element) as Contender;
  }
  const module = await import(/* @vite-ignore */ url(`/${name}.js`));
  return module[name] as Contender;
}

/** mulberry32: the same 290 municipalities in every run and for every contender. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function dataset(seed: number): BenchData[] {
  const next = random(seed);
  const score = (low: number) => Math.round((low + next() * (4 - low)) * 10) / 10;
  return Array.from({ length: COUNT }, (_, i) => ({
    label: `Kommun ${i + 1}`,
    scores: Array.from({ length: 5 }, () => score(0.5)),
    baseline: Array.from({ length: 5 }, () => score(1.5)),
  }));
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
}

function container(): HTMLElement {
  const box = document.createElement('div');
  box.style.width = `${WIDTH}px`;
  document.body.append(box);
  return box;
}

async function run(): Promise<void> {
  if (mode === 'one') {
    const start = performance.now();
    const contender = await load();
    const box = container();
    const handle = contender.draw(box, dataset(1)[0]!);
    await until(() => contender.drawn(box, handle));
    bench.one = performance.now() - start;
    return;
  }
  const contender = await load();
  const first = dataset(1);
  const second = dataset(2);
  await frame();
  const start = performance.now();
  const boxes = first.map(() => container());
  const handles = first.map((data, i) => contender.draw(boxes[i]!, data));
  await until(() => handles.every((handle, i) => contender.drawn(boxes[i]!, handle)));
  bench.many = performance.now() - start;
  bench.update = async () => {
    await frame();
    const begin = performance.now();
    handles.forEach((handle, i) => contender.update(handle, second[i]!));
    await until(() => handles.every((handle, i) => contender.drawn(boxes[i]!, handle)));
    return performance.now() - begin;
  };
}

run().then(
  () => (bench.done = true),
  (error: Error) => {
    bench.error = String(error?.stack ?? error);
    bench.done = true;
  },
);
