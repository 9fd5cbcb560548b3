import { afterEach, describe, expect, it } from 'vitest';
import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';
import { mount } from './mount.js';
import { FALKENBERG } from './fixtures.js';

/** The chart first: at the width of a phone or a small-multiples card, the plot is the figure's largest thing. */

afterEach(() => {
  document.body.replaceChildren();
});

/** The outer ring's box in the page. */
function plotBox(chart: EprofileRadar): DOMRect {
  return chart.shadowRoot!.querySelector('.radar .grid .rings')!.getBoundingClientRect();
}

describe('the plot is the largest thing in the figure', () => {
  for (const lang of ['sv', 'en'])
    it(`at 400 px (${lang}) the radar spans at least 55 % of the width, and its names sit beside it`, async () => {
      const chart = await mount({ ...FALKENBERG, lang }, 400);
      const host = chart.getBoundingClientRect();
      const plot = plotBox(chart);
      const share = plot.width / host.width;
      console.log(`radar width share at 400 px, ${lang}: ${share.toFixed(3)}`);
      expect(share).toBeGreaterThanOrEqual(0.55);
      const root = chart.shadowRoot!;
      // Names, not numbers that would read as ring values.
      expect(root.querySelector('.area-key')).toBeNull();
      const labels = [...root.querySelectorAll('.axis-label')].map((label) => label.getBoundingClientRect());
      // Each name hugs the plot: its nearest edge within 24 px of the outer ring's box or its vertex.
      for (const box of labels) {
        const gapX = Math.max(plot.left - box.right, box.left - plot.right, 0);
        const gapY = Math.max(plot.top - box.bottom, box.top - plot.bottom, 0);
        expect(Math.max(gapX, gapY)).toBeLessThan(24);
      }
      // The plot is taller than any other block of the figure.
      const blocks = [...root.querySelectorAll('.frame > :not(.plot):not([hidden])')].map(
        (block) => block.getBoundingClientRect().height,
      );
      expect(Math.max(...blocks)).toBeLessThan(plot.height);
    });
});
