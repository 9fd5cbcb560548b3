import { afterEach, describe, expect, it } from 'vitest';
import '../src/index.js';
import { settle } from './mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<eprofile-radar> width', () => {
  it('follows its container after starting without data (message, then chart)', async () => {
    const box = document.createElement('div');
    box.style.width = '500px';
    document.body.append(box);
    const chart = document.createElement('eprofile-radar');
    box.append(chart);
    await settle(chart);
    expect(chart.shadowRoot!.querySelector('svg.radar')).toBeNull();
    chart.scores = [3, 2, 3, 2, 3];
    await settle(chart);
    const width = () => Number(chart.shadowRoot!.querySelector('svg.radar')?.getAttribute('width'));
    const before = width();
    expect(before).toBeGreaterThan(300);
    box.style.width = '300px';
    await settle(chart);
    expect(width()).toBe(before - 200);
  });

  it('is drawn in the first frame, before any layout shift could be seen', async () => {
    const box = document.createElement('div');
    box.style.width = '400px';
    document.body.append(box);
    const chart = document.createElement('eprofile-radar');
    chart.scores = [3, 2, 3, 2, 3];
    box.append(chart);
    // No frame yet: lit's render and the first width (read in a microtask) are enough to draw.
    await chart.updateComplete;
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('svg.radar .series path')).not.toBeNull();
  });
});
