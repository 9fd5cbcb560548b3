import { afterEach, describe, expect, it } from 'vitest';
import type { EprofileRadar } from '../src/index.js';
import { FALKENBERG } from './fixtures.js';
import { mountFixture } from './a11y-fixtures.js';
import { settle } from './mount.js';

/** WCAG 1.4.12's overrides, set on the page around the chart: they inherit into its shadow root. */
const TEXT_SPACING = 'line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em;';

/**
 * A chart under the overrides: set before it is drawn, or after (as a reader's bookmarklet or extension sets them
 * on a page that has loaded, which no event announces).
 */
async function spaced(width: number, lang: string, after: boolean): Promise<EprofileRadar> {
  const container = document.createElement('div');
  container.style.cssText = `width: ${width}px; ${after ? '' : TEXT_SPACING}`;
  const chart = document.createElement('eprofile-radar');
  for (const [key, value] of Object.entries({ ...FALKENBERG, lang })) chart.setAttribute(key, value);
  container.append(chart);
  document.body.append(container);
  await settle(chart);
  if (after) {
    // Laid out again without "ResizeObserver loop" errors on the page, as updating inside the observer's callback
    // gave.
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    addEventListener('error', onError);
    container.style.cssText += TEXT_SPACING;
    await settle(chart);
    await settle(chart);
    removeEventListener('error', onError);
    expect(errors).toEqual([]);
  }
  return chart;
}

afterEach(() => document.body.replaceChildren());

describe('text-spacing overrides (WCAG 1.4.12)', () => {
  for (const [lang, width, after] of [
    ['sv', 320, false],
    ['sv', 480, false],
    ['sv', 800, false],
    ['en', 320, false],
    ['en', 480, false],
    ['en', 800, false],
    ['sv', 320, true],
    ['en', 280, true],
  ] as const)
    it(`keeps every area name inside its planned box, and everything inside the chart: ${lang}, ${width} px${after ? ', set after drawing' : ''}`, async () => {
      const chart = await spaced(width, lang, after);
      const root = chart.shadowRoot!;
      expect(getComputedStyle(root.querySelector('.axis-label')!).letterSpacing).not.toBe('normal');
      const axes = [...root.querySelectorAll<SVGGElement>('.axis')];
      const labels = axes.map((axis) => axis.querySelector('.axis-label')!.getBoundingClientRect());
      // The box the layout planned from measured widths, spacing included: the focus ring draws it.
      const planned: DOMRect[] = [];
      for (const axis of axes) {
        axis.focus({ preventScroll: true });
        await settle(chart);
        planned.push(root.querySelector('.focus-ring')!.getBoundingClientRect());
      }
      axes.at(-1)!.blur();
      await settle(chart);
      labels.forEach((label, i) => {
        expect(label.left, `area ${i + 1}`).toBeGreaterThanOrEqual(planned[i]!.left);
        expect(label.right, `area ${i + 1}`).toBeLessThanOrEqual(planned[i]!.right);
        labels.slice(i + 1).forEach((other) => {
          const apart =
            Math.min(label.right, other.right) <= Math.max(label.left, other.left) + 1 ||
            Math.min(label.bottom, other.bottom) <= Math.max(label.top, other.top) + 1;
          expect(apart, `area ${i + 1} overlaps another`).toBe(true);
        });
      });
      const host = chart.getBoundingClientRect();
      for (const element of root.querySelectorAll('.frame *')) {
        const box = element.getBoundingClientRect();
        // Hidden helpers are not drawn where they are: the screen readers' list, the marker definitions.
        if (box.width === 0 || element.closest('.sr-only, .marker-defs')) continue;
        expect(box.left, element.className.toString()).toBeGreaterThanOrEqual(host.left - 1);
        expect(box.right, element.className.toString()).toBeLessThanOrEqual(host.right + 1);
      }
    });
});

describe('reflow at 320 px, the width of a 1280 px window at 400 % zoom (WCAG 1.4.10)', () => {
  for (const lang of ['sv', 'en'])
    it(`needs no sideways scrolling with every view open, except inside the table's own region: ${lang}`, async () => {
      const chart = await mountFixture({ name: 'reflow', attributes: { ...FALKENBERG, lang }, width: 320, open: true });
      const root = chart.shadowRoot!;
      const host = chart.getBoundingClientRect();
      const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
      expect(wrap.hidden).toBe(false);
      for (const element of root.querySelectorAll('.frame *')) {
        const box = element.getBoundingClientRect();
        if (
          box.width === 0 ||
          element.closest('.sr-only, .marker-defs') ||
          (wrap.contains(element) && element !== wrap)
        )
          continue;
        expect(box.left, element.className.toString() || element.tagName).toBeGreaterThanOrEqual(host.left - 1);
        expect(box.right, element.className.toString() || element.tagName).toBeLessThanOrEqual(host.right + 1);
      }
      // A table wider than the screen scrolls in its box; the table itself takes focus, so its keys scroll it.
      if (wrap.scrollWidth > wrap.clientWidth) expect(wrap.querySelector('table')!.tabIndex).toBe(0);
    });

  it("wraps an area's name longer than the card in the numbered key under a narrow chart", async () => {
    const long = 'Verksamhetsutvecklingsuppföljningsinfrastrukturhuvudbetänkandegenomförandeplanering';
    const areas = ['Styrning', long, 'Samverkan', 'Förändring', 'Service'].map((label, i) => ({ key: `a${i}`, label }));
    const chart = await mountFixture({
      name: 'long area name',
      attributes: FALKENBERG,
      properties: { areas },
      width: 320,
    });
    const key = chart.shadowRoot!.querySelector('.area-key')!;
    expect(key, 'a numbered chart').not.toBeNull();
    // The word ran 250 px past the card's edge, cut off ("…hauptbet").
    const host = chart.getBoundingClientRect();
    for (const item of key.querySelectorAll('li')) {
      expect(item.getBoundingClientRect().right).toBeLessThanOrEqual(host.right + 1);
      expect(item.scrollWidth).toBeLessThanOrEqual(item.clientWidth + 1);
    }
  });

  it("wraps an author's word longer than the card (a pasted link without slashes) in every line of text", async () => {
    const word = 'x'.repeat(200);
    const texts = { heading: word, takeaway: word, source: word, notes: word, byline: word };
    const chart = await mountFixture({ name: 'long words', attributes: { ...FALKENBERG, ...texts }, width: 320 });
    const host = chart.getBoundingClientRect();
    const lines = chart.shadowRoot!.querySelectorAll('.heading, .takeaway, .credits p');
    expect(lines).toHaveLength(5);
    for (const line of lines)
      expect(line.getBoundingClientRect().right, line.className).toBeLessThanOrEqual(host.right + 1);
    for (const line of lines) expect(line.scrollWidth, line.className).toBeLessThanOrEqual(line.clientWidth + 1);
  });
});
