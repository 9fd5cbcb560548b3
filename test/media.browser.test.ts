import { afterEach, describe, expect, it } from 'vitest';
import type { EprofileRadar } from '../src/index.js';
import { formatRatio } from '../src/model/contrast.js';
import { mountFixture } from './a11y-fixtures.js';
import { computedColor, emulate, ratio, resetMedia } from './browser-a11y.js';
import { AVERAGE, FALKENBERG, NOMINEES } from './fixtures.js';
import { settle } from './mount.js';
import { markerOf, shapeOf } from './asserts.js';

afterEach(async () => {
  document.body.replaceChildren();
  document.documentElement.style.colorScheme = '';
  await resetMedia();
});

/** A page that supports a dark scheme: there a chart whose theme is auto follows the reader's setting. */
const supportDark = () => (document.documentElement.style.colorScheme = 'light dark');

const q = <T extends Element = SVGElement>(chart: EprofileRadar, selector: string) =>
  chart.shadowRoot!.querySelector<T>(selector)!;
const style = (chart: EprofileRadar, selector: string) => getComputedStyle(q(chart, selector));

/** Four series and the baseline, so every series colour is drawn. */
const nominees = (theme: string) =>
  mountFixture({
    name: 'nominees',
    attributes: { heading: 'Sveriges IT-kommun 2009', lang: 'sv', theme },
    properties: { series: NOMINEES, baseline: AVERAGE },
  });

/** Focuses the first area, so the focus ring is drawn. */
async function focusFirst(chart: EprofileRadar): Promise<void> {
  q<SVGGElement>(chart, '.axis').focus();
  await settle(chart);
}

describe('contrast of the default colours', () => {
  /** Every colour the chart draws with, read from the rendered element, against its background. */
  async function ratios(chart: EprofileRadar): Promise<Record<string, number>> {
    await focusFirst(chart);
    const background = getComputedStyle(chart).backgroundColor;
    const against = (color: string) => ratio(color, background);
    const out: Record<string, number> = {
      text: against(getComputedStyle(chart).color),
      'axis label': against(style(chart, '.axis-label').fill),
      'ring value': against(style(chart, '.tick').fill),
      grid: against(style(chart, '.grid .rings').stroke),
      baseline: against(style(chart, '.radar .baseline .line').stroke),
      focus: against(style(chart, '.focus-ring').stroke),
    };
    for (const n of [1, 2, 3, 4]) out[`series ${n}`] = against(style(chart, `.radar .s${n} .line`).stroke);
    return out;
  }

  const TEXT = ['text', 'axis label', 'ring value'];

  for (const [theme, media] of [
    ['light', {}],
    ['dark', {}],
    ['auto', { 'prefers-color-scheme': 'dark' }],
    ['light', { 'prefers-contrast': 'more' }],
    ['dark', { 'prefers-contrast': 'more' }],
  ] as [string, Record<string, string>][]) {
    const label = `${theme}${Object.keys(media).length ? ` + ${Object.entries(media).flat().join(': ')}` : ''}`;
    it(`reaches 4.5:1 for text and 3:1 for marks, grid and focus: ${label}`, async () => {
      supportDark();
      await emulate(media);
      const chart = await nominees(theme);
      const measured = await ratios(chart);
      for (const [token, value] of Object.entries(measured))
        expect(value, `${token} ${formatRatio(value)}`).toBeGreaterThanOrEqual(TEXT.includes(token) ? 4.5 : 3);
    });
  }

  it('draws no text below 12 px', async () => {
    const chart = await mountFixture({ name: 'open', attributes: { ...FALKENBERG, lang: 'sv' }, open: true });
    const texts = chart.shadowRoot!.querySelectorAll('text, p, li, button, th, td, caption, .heading');
    expect(texts.length).toBeGreaterThan(20);
    for (const element of texts) expect(parseFloat(getComputedStyle(element).fontSize)).toBeGreaterThanOrEqual(12);
  });
});

describe('forced colours (Windows High Contrast and the like)', () => {
  // The reader's palette is dark or light; the chart's theme follows it (no attribute) or is set.
  for (const [scheme, theme] of [
    ['light', 'light'],
    ['dark', 'dark'],
    ['dark', ''],
    ['light', ''],
  ] as const) {
    it(`draws with system colours, keeps dashes and marker shapes: ${scheme} palette, theme ${theme || 'auto'}`, async () => {
      // On a page that supports dark, where the automatic dark rule applies: the forced palette still wins.
      supportDark();
      await emulate({ 'forced-colors': 'active', 'prefers-color-scheme': scheme });
      const chart = await mountFixture({
        name: 'fc',
        attributes: { ...FALKENBERG, lang: 'sv', ...(theme ? { theme } : {}) },
      });
      await focusFirst(chart);
      const canvasText = computedColor('CanvasText');
      expect(style(chart, '.radar .s1 .line').stroke).toBe(canvasText);
      expect(getComputedStyle(markerOf(chart.shadowRoot!, q(chart, '.radar .s1 .line'))!.firstElementChild!).fill).toBe(
        canvasText,
      );
      expect(style(chart, '.radar .baseline .line').stroke).toBe(canvasText);
      expect(style(chart, '.axis-label').fill).toBe(canvasText);
      expect(style(chart, '.grid .rings').stroke).toBe(computedColor('GrayText'));
      expect(getComputedStyle(chart).backgroundColor).toBe(computedColor('Canvas'));
      expect(style(chart, '.radar .s1 .line').fillOpacity).toBe('0');
      // The focus ring is the system's highlight, and still at least 2 px.
      const ring = style(chart, '.focus-ring');
      expect(ring.stroke).toBe(computedColor('Highlight'));
      expect(parseFloat(ring.strokeWidth)).toBeGreaterThanOrEqual(2);
      // Colour is gone, so dash and shape tell the series apart: solid vs dashed, circle vs diamond.
      expect(style(chart, '.radar .s1 .line').strokeDasharray).toBe('none');
      expect(style(chart, '.radar .baseline .line').strokeDasharray).not.toBe('none');
      expect(shapeOf(chart.shadowRoot!, q(chart, '.radar .s1 .line'))).toBe('circle');
      expect(shapeOf(chart.shadowRoot!, q(chart, '.radar .baseline .line'))).toBe('diamond');
      // The legend draws the same: a solid line with a round marker, a dashed one with a diamond.
      const legend = [...chart.shadowRoot!.querySelectorAll('.legend .glyph')];
      expect(legend.map((g) => getComputedStyle(g.querySelector('.line')!).strokeDasharray)).toEqual([
        'none',
        '6px, 4px',
      ]);
      expect(legend.map((g) => shapeOf(chart.shadowRoot!, g.querySelector('.line')!))).toEqual(['circle', 'diamond']);
      // No blanket opt-out: nothing sets forced-color-adjust: none.
      for (const element of [chart, ...chart.shadowRoot!.querySelectorAll('*')])
        expect(getComputedStyle(element).forcedColorAdjust).not.toBe('none');
    });
  }
});

describe('prefers-contrast: more', () => {
  it('thickens the lines, strengthens the grid and drops the fill', async () => {
    const chart = await mountFixture({ name: 'pc', attributes: { ...FALKENBERG, lang: 'sv', theme: 'light' } });
    const read = () => ({
      line: parseFloat(style(chart, '.radar .s1 .line').strokeWidth),
      grid: parseFloat(style(chart, '.grid .rings').strokeWidth),
      gridContrast: ratio(style(chart, '.grid .rings').stroke, getComputedStyle(chart).backgroundColor),
      fill: style(chart, '.radar .s1 .line').fillOpacity,
    });
    const normal = read();
    await emulate({ 'prefers-contrast': 'more' }, chart);
    const more = read();
    expect(more.line).toBeGreaterThan(normal.line);
    expect(more.grid).toBeGreaterThan(normal.grid);
    expect(more.gridContrast).toBeGreaterThan(normal.gridContrast + 2);
    expect(Number(normal.fill)).toBeGreaterThan(0);
    expect(more.fill).toBe('0');
  });
});

describe('dark mode', () => {
  it('follows prefers-color-scheme when the theme is auto, and the theme attribute over it', async () => {
    // A page that supports a dark scheme (theme.browser.test.ts: one made for light only keeps the chart light).
    supportDark();
    const chart = await mountFixture({ name: 'dm', attributes: { ...FALKENBERG, lang: 'sv' } });
    const background = () => getComputedStyle(chart).backgroundColor;
    expect(background()).toBe('rgb(255, 255, 255)');
    await emulate({ 'prefers-color-scheme': 'dark' }, chart);
    expect(background()).toBe('rgb(22, 22, 22)');
    chart.theme = 'light';
    await settle(chart);
    expect(background()).toBe('rgb(255, 255, 255)');
    await emulate({ 'prefers-color-scheme': 'light' }, chart);
    chart.theme = 'dark';
    await settle(chart);
    expect(background()).toBe('rgb(22, 22, 22)');
  });
});

describe('motion', () => {
  /** Changes the data and returns the transitions it starts. */
  async function change(chart: EprofileRadar): Promise<Animation[]> {
    chart.scores = '2,0 2,5 3,5 1,5 3,0';
    await settle(chart);
    return chart.shadowRoot!.getAnimations();
  }

  it('morphs the series into new data when the reader has no preference', async () => {
    await emulate({ 'prefers-reduced-motion': 'no-preference' });
    const chart = await mountFixture({ name: 'm', attributes: { ...FALKENBERG, lang: 'sv' } });
    expect(chart.shadowRoot!.getAnimations()).toEqual([]); // nothing moves on first draw
    const animations = await change(chart);
    expect(animations.length).toBeGreaterThan(0);
    expect(animations.every((a) => (a as CSSTransition).transitionProperty === 'd')).toBe(true);
  });

  it('moves nothing under prefers-reduced-motion: reduce, and still shows the new data', async () => {
    await emulate({ 'prefers-reduced-motion': 'reduce' });
    const chart = await mountFixture({ name: 'm', attributes: { ...FALKENBERG, lang: 'sv' } });
    const before = q(chart, '.radar .s1 .line').getAttribute('d');
    expect(await change(chart)).toEqual([]);
    expect(style(chart, '.radar .s1 .line').transitionDuration).toBe('0s');
    expect(q(chart, '.radar .s1 .line').getAttribute('d')).not.toBe(before);
    // What is painted is the new path at once, not a frame of a morph.
    const numbers = (text: string | null) => text?.match(/-?[\d.]+/g)?.map(Number);
    expect(numbers(style(chart, '.radar .s1 .line').d)).toEqual(
      numbers(q(chart, '.radar .s1 .line').getAttribute('d')),
    );
  });
});
