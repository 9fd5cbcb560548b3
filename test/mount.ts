import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';

/** Mounts a chart in a container of a given width and waits until it has drawn at that width. */
export async function mount(attributes: Record<string, string>, width = 480): Promise<EprofileRadar> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  const chart = document.createElement('eprofile-radar');
  for (const [name, value] of Object.entries(attributes)) chart.setAttribute(name, value);
  container.append(chart);
  await settle(chart);
  return chart;
}

/** Waits for lit's update and the ResizeObserver's first report (two frames), then for the re-render. */
export async function settle(chart: EprofileRadar): Promise<void> {
  await chart.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await chart.updateComplete;
}

/** Opens the table view as a reader would (the table exists only while open), and waits for it to render. */
export async function openTable(chart: EprofileRadar): Promise<void> {
  const button = chart.shadowRoot!.querySelector<HTMLButtonElement>('button[data-view="table"]');
  if (button && button.getAttribute('aria-expanded') !== 'true') {
    button.click();
    await chart.updateComplete;
  }
}

/** Waits until the page has been idle once: the colour-contrast check runs then, for every chart at once. */
export function idle(): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => resolve()));
}
