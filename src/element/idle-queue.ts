/**
 * Work that can wait for the page to be idle, done a slice at a time: a page that switches language re-words every
 * chart, and the charts the browser is not drawing (far off screen) follow in slices of about a frame's worth, so
 * a page of many charts never blocks in one long task. In the order queued; a job queued twice runs once.
 */
type Job = () => Promise<unknown> | void;

const queue = new Set<Job>();
let scheduled = false;
/** About half a frame at 60 Hz: the page stays responsive between slices. */
const SLICE_MS = 8;

export function whenIdle(job: Job): void {
  queue.delete(job);
  queue.add(job);
  if (scheduled) return;
  scheduled = true;
  schedule(run);
}

/** Runs a job now if it is queued (the chart came into view): it needs no longer wait. */
export function runNow(job: Job): void {
  if (queue.delete(job)) void job();
}

async function run(): Promise<void> {
  const start = performance.now();
  for (const job of queue) {
    queue.delete(job);
    // A job may return its update's promise: the time it takes to render is counted in this slice.
    await job();
    if (performance.now() - start > SLICE_MS) break;
  }
  if (queue.size > 0) schedule(run);
  else scheduled = false;
}

/** requestIdleCallback where the browser has it (not Safari), else the next task. */
function schedule(callback: () => Promise<void>): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void callback(), { timeout: 200 });
  else setTimeout(() => void callback(), 0);
}
