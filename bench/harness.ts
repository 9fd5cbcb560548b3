/**
 * Runs in the benchmark's page (see bench/run.mjs). `?c=element|lazy|floor|chartjs&m=one|many&v=all|skip` picks
 * the contender, the measurement and the rendering rule; results go to `window.bench`, read by the runner.
 *
 * The rule is the same for every contender, so the figures compare like with like:
 * - `all`: nothing skips rendering. The element's radars are told to draw off screen too (`::part(plot)`,
 *   `content-visibility: visible`), as the floor and Chart.js always do.
 * - `skip`: everything off screen may be skipped. The floor's and Chart.js's boxes get the
 *   `content-visibility: auto` the element's radars have, with a reserved height.
 *
 * "Drawn", for every contender: its own condition (`Contender.drawn`) holds for every chart (its shapes are in the
 * DOM), every chart that is in the viewport has a box, checked once per animation frame, and then one more frame
 * has been rendered (a rAF, then a task after it), so the time includes style, layout and paint of what was drawn.
 * The first check comes when the contender's own work is done: at once for one that draws in the call, after its
 * `settled` promise for the element, whose lit renders run in microtasks after the call. Checked only at the next
 * animation frame, the element waited a frame more than the floor for the same work (about 17 ms of an update).
 */
import { element, lazy } from './contenders/element.js';
import type { BenchData, Contender } from './contenders/types.js';

const WIDTH = 400;
const COUNT = 290;
const params = new URLSearchParams(location.search);
const name = params.get('c') ?? 'element';
const mode = params.get('m') ?? 'one';
// No rule for a single chart in view (nothing to skip); `all` or `skip` for 290.
const variant = params.get('v') ?? '';
const isElement = name === 'element' || name === 'lazy';

interface Bench {
  done?: boolean;
  error?: string;
  one?: number;
  many?: number;
  update?: () => Promise<number>;
  start?: () => void;
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
  // Skipping for all: the other contenders' boxes skip rendering off screen as the element's radars do, at about
  // their height until first drawn (then at the height they had).
  if (variant === 'skip' && !isElement)
    box.style.cssText += ';content-visibility:auto;contain-intrinsic-size:auto 400px auto 460px';
  document.body.append(box);
  return box;
}

/** Every chart whose box reaches into the viewport has been laid out (a box with height). */
function inView(boxes: HTMLElement[]): boolean {
  return boxes.every((box) => {
    const rect = box.getBoundingClientRect();
    return rect.top >= innerHeight || rect.height > 0;
  });
}

if (variant === 'all' && isElement) {
  // Drawing all for all: the element's radars off screen are drawn too. A stylesheet, as a page would write it.
  const style = document.createElement('style');
  style.textContent = 'eprofile-radar::part(plot) { content-visibility: visible; }';
  document.head.append(style);
}

async function run(): Promise<void> {
  if (mode === 'one') {
    const start = performance.now();
    const contender = await load();
    const box = container();
    const handle = contender.draw(box, dataset(1)[0]!);
    await contender.settled?.(handle);
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
  const drawn = () => handles.every((handle, i) => contender.drawn(boxes[i]!, handle)) && inView(boxes);
  const settled = () => Promise.all(handles.map((handle) => contender.settled?.(handle)));
  await settled();
  await until(drawn);
  bench.many = performance.now() - start;
  bench.update = async () => {
    await frame();
    const begin = performance.now();
    handles.forEach((handle, i) => contender.update(handle, second[i]!));
    await settled();
    await until(drawn);
    return performance.now() - begin;
  };
}

function go(): void {
  run().then(
    () => (bench.done = true),
    (error: Error) => {
      bench.error = String(error?.stack ?? error);
      bench.done = true;
    },
  );
}
// `wait=1`: the runner starts the run itself, once its CPU profiler records.
if (params.has('wait')) bench.start = go;
else go();
