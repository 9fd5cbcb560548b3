import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';
import { FALKENBERG } from './fixtures.js';
import { settle } from './mount.js';

/** The chart's heading takes its level from the page's outline, so axe finds no skipped level. */

afterEach(() => document.body.replaceChildren());

/** A page's own markup around the chart: fixed strings of this test. */
const markup = (html: string) => document.createRange().createContextualFragment(html);

async function page(html: string, attributes: Record<string, string> = {}): Promise<EprofileRadar> {
  document.body.replaceChildren(markup(`<main>${html}<div id="slot"></div></main>`));
  const chart = document.createElement('eprofile-radar');
  for (const [name, value] of Object.entries({ ...FALKENBERG, lang: 'sv', ...attributes }))
    chart.setAttribute(name, value);
  document.querySelector('#slot')!.append(chart);
  await settle(chart);
  return chart;
}

const level = (chart: EprofileRadar) =>
  Number(chart.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level'));

async function headingOrder(): Promise<string[]> {
  const result = await axe.run(document, { runOnly: { type: 'rule', values: ['heading-order'] } });
  return result.violations.map((v) => v.id);
}

describe('heading level', () => {
  const cases: [string, string, number][] = [
    ['no heading above it', '<p>Text</p>', 2],
    ['an h1 above it', '<h1>Page</h1><p>Text</p>', 2],
    ['an h2 above it', '<h1>Page</h1><h2>Section</h2>', 3],
    ['an h3 above it, after an h2', '<h1>Page</h1><h2>Section</h2><h3>Part</h3>', 4],
    ['an h2 nested in an earlier section', '<h1>Page</h1><section><h2>Section</h2><p>x</p></section>', 3],
    ['a role=heading with a level', '<h1>Page</h1><div role="heading" aria-level="2">Section</div>', 3],
  ];
  it.each(cases)('is one below the nearest heading before the chart: %s', async (_, html, expected) => {
    const chart = await page(html);
    expect(level(chart)).toBe(expected);
    expect(await headingOrder()).toEqual([]);
  });

  it('a heading after the chart does not count', async () => {
    document.body.replaceChildren(markup('<h1>Page</h1><div id="slot"></div><h4>Later</h4>'));
    const chart = document.createElement('eprofile-radar');
    for (const [name, value] of Object.entries(FALKENBERG)) chart.setAttribute(name, value);
    document.querySelector('#slot')!.append(chart);
    await settle(chart);
    expect(level(chart)).toBe(2);
  });

  it('heading-level still wins', async () => {
    const chart = await page('<h1>Page</h1>', { 'heading-level': '4' });
    expect(level(chart)).toBe(4);
  });

  /** A chart appended now, in this task, with the data of the other tests. */
  const chartIn = (parent: Element): EprofileRadar => {
    const chart = document.createElement('eprofile-radar');
    for (const [name, value] of Object.entries({ ...FALKENBERG, lang: 'sv' })) chart.setAttribute(name, value);
    parent.append(chart);
    return chart;
  };

  /** A page's main, with its h1: where the outline tests write headings and charts. */
  const titledMain = (): HTMLElement => {
    const main = document.createElement('main');
    document.body.replaceChildren(main);
    main.append(markup('<h1>Page</h1>'));
    return main;
  };

  it('follows an outline a script writes in the same task as its charts', async () => {
    const main = titledMain();
    const first = chartIn(main);
    main.append(markup('<section><h2>Section</h2></section>'));
    const second = chartIn(main);
    const sub = markup('<div role="heading" aria-level="3">Part</div>').firstElementChild!;
    main.append(sub);
    const third = chartIn(main);
    sub.setAttribute('aria-level', '4');
    const fourth = chartIn(main);
    sub.remove();
    main.querySelector('h2')!.remove();
    const fifth = chartIn(main);
    await Promise.all([first, second, third, fourth, fifth].map(settle));
    expect([first, second, third, fourth, fifth].map(level)).toEqual([2, 3, 4, 5, 2]);
  });

  it('follows a heading added between charts across a microtask, where the change was already reported', async () => {
    // The change's record goes to the observer in the microtask, where a check of pending records no longer sees it.
    const main = titledMain();
    const first = chartIn(main);
    main.append(markup('<h2>Section</h2>'));
    await Promise.resolve();
    await Promise.resolve();
    const second = chartIn(main);
    await Promise.all([first, second].map(settle));
    expect([first, second].map(level)).toEqual([2, 3]);
  });

  it("reads the page's headings once for all the charts connected in one task, not once per chart", async () => {
    document.body.replaceChildren(markup('<h1>Page</h1><h2>Section</h2>'));
    const read = document.querySelectorAll;
    let reads = 0;
    document.querySelectorAll = function (this: Document, selector: string) {
      if (/h1,h2/.test(selector)) reads++;
      return read.call(this, selector);
    } as typeof document.querySelectorAll;
    try {
      const charts = Array.from({ length: 40 }, () =>
        chartIn(document.body.appendChild(document.createElement('div'))),
      );
      await Promise.all(charts.map(settle));
      expect(charts.map(level)).toEqual(charts.map(() => 3));
      expect(reads).toBe(1);
    } finally {
      delete (document as { querySelectorAll?: unknown }).querySelectorAll;
    }
  });
});
