import { afterEach, describe, expect, it } from 'vitest';
import { page as browser, userEvent } from 'vitest/browser';
import type { EprofileRadar } from '../src/index.js';
import { parkPointer, ratio } from './browser-a11y.js';
import { FALKENBERG } from './fixtures.js';
import { settle } from './mount.js';

/** A chart between two page buttons, so Tab has somewhere to come from and go to. */
/** Tabs into a chart at a width and runs a check on each area in turn, its box of values showing. */
async function eachArea(width: number, check: (chart: EprofileRadar, area: number) => void): Promise<void> {
  const { chart, before } = await page(width);
  before.focus();
  await userEvent.tab();
  await settle(chart);
  for (let area = 0; area < 5; area++) {
    if (area > 0) await press(chart, '{ArrowRight}');
    check(chart, area);
  }
}

/** The box of values leaves the area it describes in sight: its spoke, its values and its name. */
function clearOfArea(chart: EprofileRadar, area: number): void {
  const box = tip(chart)!.getBoundingClientRect();
  const spoke = chart.shadowRoot!.querySelector<SVGPathElement>('.spoke-highlight')!;
  const toScreen = spoke.getScreenCTM()!;
  // Points along the spoke from the centre to the outer ring, where the area's values sit.
  const covered = Array.from({ length: 21 }, (_, k) => {
    const { x, y } = spoke.getPointAtLength((spoke.getTotalLength() * k) / 20);
    return new DOMPoint(x, y).matrixTransform(toScreen);
  }).filter((p) => p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom);
  expect(covered.length, `area ${area}: points of its spoke under the box`).toBe(0);
  // Inside the plot, whose paint a skipped plot's containment clips (0.5rem around it), or under it.
  const plot = chart.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
  if (box.top < plot.bottom) {
    expect(box.bottom, `area ${area}: box's bottom`).toBeLessThanOrEqual(plot.bottom + 8);
    // All of it on the far side of the centre from the spoke: a box pushed back over the centre covered the other
    // half's names and radar.
    const [centre, end] = [0, spoke.getTotalLength()].map((at) => {
      const { x, y } = spoke.getPointAtLength(at);
      return new DOMPoint(x, y).matrixTransform(toScreen);
    });
    if (end!.y < centre!.y) expect(box.top, `area ${area}: box's top`).toBeGreaterThanOrEqual(centre!.y);
    else expect(box.bottom, `area ${area}: box's bottom`).toBeLessThanOrEqual(centre!.y);
  }
  expect(box.top, `area ${area}: box's top`).toBeGreaterThanOrEqual(plot.top - 8);
  // The focused area's name, with its focus ring, is not hidden either.
  const name = chart.shadowRoot!.querySelector('.axis.active')!.getBoundingClientRect();
  const overlaps = name.left < box.right && box.left < name.right && name.top < box.bottom && box.top < name.bottom;
  expect(overlaps, `area ${area}: its name under the box`).toBe(false);
}

async function page(
  width = 480,
): Promise<{ chart: EprofileRadar; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  const before = document.createElement('button');
  before.textContent = 'Före';
  const after = document.createElement('button');
  after.textContent = 'Efter';
  const chart = document.createElement('eprofile-radar');
  for (const [key, value] of Object.entries({ ...FALKENBERG, lang: 'sv' })) chart.setAttribute(key, value);
  container.append(before, chart, after);
  document.body.append(container);
  await settle(chart);
  return { chart, before, after };
}

/** The element that has focus, looking into the chart's shadow root. */
function focused(): Element | null {
  const active = document.activeElement;
  return active?.shadowRoot?.activeElement ?? active;
}

/** Whether the current area's spoke is drawn heavier (stroked). */
const spokeShown = (chart: EprofileRadar) => {
  const spoke = chart.shadowRoot!.querySelector('.spoke-highlight');
  return !!spoke && getComputedStyle(spoke).stroke !== 'none';
};
const activeIndex = () => Number((focused() as SVGElement | null)?.dataset.index ?? NaN);
const tip = (chart: EprofileRadar) => chart.shadowRoot!.querySelector<HTMLElement>('.tooltip');
const tipText = (chart: EprofileRadar) => {
  const box = tip(chart);
  return box && !box.hidden ? box.textContent!.replace(/\s+/g, ' ').trim() : null;
};

/**
 * Moves the pointer over an area's name, as a reader would: onto the radar at the middle of the name's box (the
 * radar matches the pointer to areas by position; the text itself has gaps between its lines).
 */
async function hoverArea(chart: EprofileRadar, index: number): Promise<void> {
  const svg = chart.shadowRoot!.querySelector('svg.radar')!;
  const text = chart.shadowRoot!.querySelectorAll('.axis-label')[index]!;
  // The test page is narrower than some charts: bring the name itself into view first.
  text.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const label = text.getBoundingClientRect();
  const origin = svg.getBoundingClientRect();
  const position = { x: label.left - origin.left + label.width / 2, y: label.top - origin.top + label.height / 2 };
  await userEvent.hover(svg, { position } as Parameters<typeof userEvent.hover>[1]);
  await settle(chart);
}

async function press(chart: EprofileRadar, keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await settle(chart);
}

const viewport = (width: number, height: number) => browser.viewport(width, height);

afterEach(async () => {
  await parkPointer();
  document.body.replaceChildren();
});

describe('keyboard', () => {
  it('takes focus with chart.focus(), where Tab would land: the current area, or the first button while lazy', async () => {
    const { chart } = await page();
    chart.focus();
    await settle(chart);
    expect(focused()?.getAttribute('role')).toBe('listitem');
    expect(activeIndex()).toBe(0);
    await press(chart, '{End}');
    chart.blur();
    (document.activeElement as HTMLElement | null)?.blur();
    chart.focus();
    expect(activeIndex()).toBe(4);
    // A chart just added, focused at once by the app that showed it: focus goes in once it has drawn.
    const shown = document.createElement('eprofile-radar');
    Object.entries({ ...FALKENBERG, lang: 'sv' }).forEach(([key, value]) => shown.setAttribute(key, value));
    chart.parentElement!.append(shown);
    await shown.updateComplete;
    shown.focus();
    await settle(shown);
    expect(document.activeElement).toBe(shown);
    expect(focused()?.getAttribute('role')).toBe('listitem');
    // A lazy chart far below: its radar is not built, so its first button takes focus.
    const lazy = document.createElement('eprofile-radar');
    Object.entries({ ...FALKENBERG, lang: 'sv', loading: 'lazy' }).forEach(([key, value]) =>
      lazy.setAttribute(key, value),
    );
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    document.body.append(spacer, lazy);
    await settle(lazy);
    expect(lazy.shadowRoot!.querySelector('.axis')).toBeNull();
    lazy.focus({ preventScroll: true });
    expect(focused()?.tagName).toBe('BUTTON');
  });

  it('is one tab stop; arrows move between areas and wrap, Home and End jump, Tab leaves', async () => {
    const { chart, before } = await page();
    before.focus();
    await userEvent.tab();
    await settle(chart);
    expect(focused()?.getAttribute('role')).toBe('listitem');
    expect(activeIndex()).toBe(0);
    expect(tipText(chart)).toMatch(/^E-förvaltning totalt Falkenberg: 3,0 Medel samtliga kommuner: 2,1/);

    const walk: [string, number][] = [
      ['{ArrowRight}', 1],
      ['{ArrowDown}', 2],
      ['{ArrowUp}', 1],
      ['{ArrowLeft}', 0],
      ['{ArrowLeft}', 4], // wraps to the last area
      ['{ArrowRight}', 0], // and back to the first
      ['{End}', 4],
      ['{Home}', 0],
      ['{End}', 4],
    ];
    for (const [key, index] of walk) {
      await press(chart, key);
      expect(activeIndex(), key).toBe(index);
      expect(focused()?.getAttribute('tabindex')).toBe('0');
      expect(chart.shadowRoot!.querySelectorAll('.axis[tabindex="0"]')).toHaveLength(1);
    }
    expect(tipText(chart)).toMatch(/^Styrning och ledning Falkenberg: 3,1/);

    expect(spokeShown(chart)).toBe(true);
    // Tab leaves the plot for the first control; Shift+Tab comes back to the area last visited. The area's spoke
    // is no longer drawn heavier once focus has left: it would read as emphasis on the data.
    await userEvent.tab();
    await settle(chart);
    expect(spokeShown(chart)).toBe(false);
    // The compact line shows "Tabell", which is also the button's name.
    expect(focused()?.textContent?.trim()).toBe('Tabell');
    expect(focused()?.hasAttribute('aria-label')).toBe(false);
    await userEvent.tab({ shift: true });
    await settle(chart);
    expect(activeIndex()).toBe(4);
  });

  it('stays on the chart when an app gives it fewer areas than the one the reader is on', async () => {
    const { chart, before } = await page();
    before.focus();
    await userEvent.tab();
    await press(chart, '{End}');
    expect(activeIndex()).toBe(4);
    chart.areas = ['Styrning', 'Samverkan', 'Förändring'].map((label, i) => ({ key: `a${i}`, label }));
    chart.setAttribute('scores', '1 2 3');
    chart.setAttribute('baseline', '2 2 2');
    await settle(chart);
    const root = chart.shadowRoot!;
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelectorAll('.axis')).toHaveLength(3);
    // Focus on the chart's tab stop, its first area, box hidden until the reader moves.
    expect(activeIndex()).toBe(0);
    await press(chart, '{ArrowRight}');
    expect(activeIndex()).toBe(1);
    expect(tipText(chart)).toMatch(/^Samverkan/);
  });

  it('goes back into the chart when it draws again after showing a message (areas set a task before scores)', async () => {
    const { chart, before } = await page();
    before.focus();
    await userEvent.tab();
    await press(chart, '{End}');
    // Three areas against five scores: a message, nothing in the chart to hold focus.
    chart.areas = ['Styrning', 'Samverkan', 'Förändring'].map((label, i) => ({ key: `a${i}`, label }));
    await settle(chart);
    expect(chart.shadowRoot!.querySelector('.message')).not.toBeNull();
    const moved: unknown[] = [];
    chart.addEventListener('eprofile-focus-area', (event) => moved.push((event as CustomEvent).detail));
    chart.setAttribute('scores', '1 2 3');
    chart.setAttribute('baseline', '2 2 2');
    await settle(chart);
    expect(chart.shadowRoot!.querySelectorAll('.axis')).toHaveLength(3);
    expect(activeIndex()).toBe(0);
    // Put back, not moved by the reader: no area reported, no box opened.
    expect(moved).toEqual([]);
    expect(tipText(chart)).toBeNull();
  });

  it('counts one stop in the plot when tabbing through the whole chart, and no trap', async () => {
    const { chart, before, after } = await page();
    before.focus();
    const stops: string[] = [];
    for (let i = 0; i < 12 && focused() !== after; i++) {
      await userEvent.tab();
      const element = focused();
      const label = element?.getAttribute('aria-label') ?? element?.textContent?.trim().split('\n')[0];
      stops.push(element?.closest('.plot') ? 'plot' : (label ?? ''));
    }
    await settle(chart);
    expect(stops).toEqual(['plot', 'Tabell', 'Punktdiagram', 'Ladda ner', 'Lyssna', 'Hjälp', 'Efter']);
  });

  it('keeps focus on its area when the chart is laid out again at another width (a window resized, zoom)', async () => {
    const { chart, before } = await page(480);
    before.focus();
    await userEvent.tab();
    await press(chart, '{ArrowRight}{ArrowRight}');
    expect(activeIndex()).toBe(2);
    const names = chart.shadowRoot!.querySelector('.axes');
    chart.parentElement!.style.width = '360px';
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await settle(chart);
    // Laid out again: new nodes for the areas, and focus on the same area, its box still showing.
    expect(chart.shadowRoot!.querySelector('.axes')).not.toBe(names);
    expect(activeIndex()).toBe(2);
    expect(tipText(chart)).toMatch(/^Förändringsledning/);
    await press(chart, '{ArrowRight}');
    expect(activeIndex()).toBe(3);
  });

  for (const width of [320, 480, 800])
    it(`shows the box clear of the area it describes: its spoke and values (${width} px)`, async () => {
      await eachArea(width, clearOfArea);
    });

  it("shows the box clear of its area when the reader's text is twice as large (text-only zoom)", async () => {
    // Text-only zoom (Firefox, Safari) enlarges what is sized in rem, the box's text and padding with it: the box,
    // twice as tall, stayed inside the plot and covered the names and half the radar.
    document.documentElement.style.fontSize = '200%';
    try {
      for (const width of [480, 600, 800]) {
        await eachArea(width, clearOfArea);
        document.body.replaceChildren();
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it("keeps each value in the box on the line of its name's last word, in a phone's card (256–288 px)", async () => {
    for (const width of [256, 272, 288]) {
      await eachArea(width, (chart, area) => {
        // "Medel samtliga kommuner: 2,1": "kommuner:" over "2,1" read as two things.
        for (const line of tip(chart)!.querySelectorAll('li span, .difference')) {
          const text = [...line.childNodes].find(
            (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes(':'),
          )!;
          const words = text.textContent!;
          const range = document.createRange();
          range.setStart(text, words.lastIndexOf(' ', words.indexOf(':')) + 1);
          range.setEnd(text, words.length);
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          expect(tops.size, `${width} px, area ${area}: "${words}" from its last word on one line`).toBe(1);
        }
      });
      document.body.replaceChildren();
    }
  });

  it("brings the box under a phone's plot into view when a key opens it", async () => {
    // A phone's screen, the chart just below its edge: Tab scrolls the focused name, at the plot's top, only to
    // the screen's middle, and the box under the plot stayed under the screen's edge.
    const [width, height] = [innerWidth, innerHeight];
    await viewport(360, 560);
    try {
      const spacer = document.createElement('div');
      spacer.style.height = '600px';
      document.body.append(spacer);
      const { chart, before } = await page(320);
      scrollTo(0, 0);
      before.focus();
      await userEvent.tab();
      await settle(chart);
      const box = () => chart.shadowRoot!.querySelector('.box-below .tooltip')!.getBoundingClientRect();
      expect(box().bottom).toBeLessThanOrEqual(innerHeight + 1);
      for (const key of ['{ArrowRight}', '{End}']) {
        scrollBy(0, -200);
        await press(chart, key);
        expect(box().bottom, key).toBeLessThanOrEqual(innerHeight + 1);
        expect(box().top, key).toBeGreaterThanOrEqual(0);
      }
      // An app's focus() that asks not to scroll does not scroll to the box either.
      before.focus({ preventScroll: true });
      await settle(chart);
      scrollTo(0, 0);
      chart.focus({ preventScroll: true });
      await settle(chart);
      expect(scrollY).toBe(0);
    } finally {
      await viewport(width, height);
    }
  });

  it('Esc hides the box and keeps focus; an arrow brings it back', async () => {
    const { chart, before } = await page();
    before.focus();
    await userEvent.tab();
    await press(chart, '{ArrowRight}');
    expect(tipText(chart)).not.toBeNull();
    await press(chart, '{Escape}');
    expect(tipText(chart)).toBeNull();
    expect(activeIndex()).toBe(1);
    await press(chart, '{ArrowRight}');
    expect(tipText(chart)).toMatch(/^Förändringsledning/);
  });

  it("Esc in a chart also hides another chart's box, shown by the pointer", async () => {
    const { chart, before } = await page();
    const { chart: other } = await page();
    before.focus();
    await userEvent.tab();
    await press(chart, '{ArrowRight}');
    await hoverArea(other, 2);
    expect([tipText(chart), tipText(other)].map((text) => !!text)).toEqual([true, true]);
    // One Esc for both: the focused chart's box was hidden and the other's stayed until a second Esc.
    await press(chart, '{Escape}');
    await settle(other);
    expect([tipText(chart), tipText(other)]).toEqual([null, null]);
    expect(activeIndex()).toBe(1);
  });

  it('takes no keys while it does not have focus', async () => {
    const { chart, after } = await page();
    const moves: number[] = [];
    chart.addEventListener('eprofile-focus-area', (event) => moves.push((event as CustomEvent).detail.index));
    after.focus();
    await press(chart, '{ArrowRight}{End}{Home}');
    expect(moves).toEqual([]);
    expect(focused()).toBe(after);
    expect(chart.shadowRoot!.querySelector('.axis.active')).toBeNull();
  });

  it('tells the page which area the reader moved to', async () => {
    const { chart, before } = await page();
    const moves: unknown[] = [];
    chart.addEventListener('eprofile-focus-area', (event) => moves.push((event as CustomEvent).detail));
    before.focus();
    await userEvent.tab();
    await press(chart, '{End}');
    expect(moves).toEqual([
      { index: 0, key: 'egov', label: 'E-förvaltning totalt' },
      { index: 4, key: 'governance', label: 'Styrning och ledning' },
    ]);
  });

  it('draws a focus indicator of at least 2 px and 3:1 around the focused area only', async () => {
    const { chart, before } = await page();
    const rings = () => Array.from(chart.shadowRoot!.querySelectorAll<SVGPathElement>('.focus-ring'));
    expect(rings()).toHaveLength(0);
    before.focus();
    await userEvent.tab();
    await press(chart, '{ArrowRight}');
    const drawn = rings().filter((ring) => getComputedStyle(ring).stroke !== 'none');
    expect(drawn).toHaveLength(1);
    const style = getComputedStyle(drawn[0]!);
    expect(parseFloat(style.strokeWidth)).toBeGreaterThanOrEqual(2);
    expect(ratio(style.stroke, getComputedStyle(chart).backgroundColor)).toBeGreaterThanOrEqual(3);
    // The ring's bounds enclose the focused area's label, and no other's.
    const box = drawn[0]!.getBoundingClientRect();
    const labels = [...chart.shadowRoot!.querySelectorAll('.axis-label')].map((label) => label.getBoundingClientRect());
    const around = labels.map(
      (label) =>
        box.left <= label.left && box.right >= label.right && box.top <= label.top && box.bottom >= label.bottom,
    );
    expect(around).toEqual(labels.map((_, i) => i === activeIndex()));
    // The pointer alone shows the spoke, not the ring: the ring is for keyboard focus.
    (focused() as SVGElement).blur();
    await settle(chart);
    expect(rings().every((ring) => getComputedStyle(ring).stroke === 'none')).toBe(true);
  });

  it('closes an open view or Hjälp with Esc on its button, focus staying there', async () => {
    const { chart } = await page();
    for (const selector of ['[data-view="table"]', '[data-view="dotplot"]', '[data-action="how-to-read"]']) {
      const button = () => chart.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;
      button().focus();
      await press(chart, '{Enter}');
      button().focus(); // the table takes focus when it opens; its own Esc is tested above
      expect(button().getAttribute('aria-expanded'), selector).toBe('true');
      await press(chart, '{Escape}');
      expect(button().getAttribute('aria-expanded'), selector).toBe('false');
      expect(focused(), selector).toBe(button());
    }
    const root = chart.shadowRoot!;
    expect(root.querySelector('#table, #dotplot, #how-to-read')).toBeNull();
  });

  it("rings the table it opens outside its letters, unclipped by the table's scroll box, at 320 and 480 px", async () => {
    for (const width of [320, 480]) {
      const { chart, before } = await page(width);
      before.focus();
      await userEvent.tab(); // the plot
      await userEvent.tab(); // "Tabell"
      expect(focused()?.textContent?.trim()).toBe('Tabell');
      await press(chart, '{Enter}');
      const table = focused() as HTMLTableElement;
      expect(table.tagName).toBe('TABLE');
      expect(table.matches(':focus-visible')).toBe(true);
      const style = getComputedStyle(table);
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      // Drawn outside the table: never over the first letters of a row.
      expect(parseFloat(style.outlineOffset)).toBeGreaterThanOrEqual(0);
      // And inside the scroll box's padding, which clips what reaches past it.
      const box = table.getBoundingClientRect();
      const wrap = table.parentElement!.getBoundingClientRect();
      expect(box.left - reach, `${width} px, left`).toBeGreaterThanOrEqual(wrap.left - 0.5);
      expect(box.top - reach, `${width} px, top`).toBeGreaterThanOrEqual(wrap.top - 0.5);
      expect(box.bottom + reach, `${width} px, bottom`).toBeLessThanOrEqual(wrap.bottom + 0.5);
      // The room is the box's own: the table still lines up with its title.
      const title = chart.shadowRoot!.querySelector('.table-caption')!.getBoundingClientRect();
      expect(Math.abs(box.left - title.left), `${width} px, in line with its title`).toBeLessThan(0.5);
      chart.parentElement!.remove();
    }
  });
});

describe('the box on hover (WCAG 1.4.13)', () => {
  it('shows on hover exactly what it shows on focus', async () => {
    const { chart, before } = await page();
    await hoverArea(chart, 2);
    const onHover = tipText(chart);
    expect(onHover).toMatch(/^Förändringsledning och kommunikation Falkenberg: 3,0 Medel samtliga kommuner: 2,0/);
    // Off the chart for sure: vitest's unhover moves the pointer to the body's centre, which with some fonts lies
    // on another area's name, and the chart rightly shows that area.
    await parkPointer();
    await settle(chart);
    // Tab lands on the area the pointer last showed (the roving stop follows it); the box reads the same.
    before.focus();
    await userEvent.tab();
    await settle(chart);
    expect(activeIndex()).toBe(2);
    expect(tipText(chart)).toBe(onHover);
  });

  // 480 px: the box is inside the plot; 320 px: under it, over the legend (too small a plot to hold it).
  for (const width of [480, 320])
    it(`stays while the pointer moves onto it, and hides when the pointer leaves the chart (${width} px)`, async () => {
      const { chart } = await page(width);
      await hoverArea(chart, 1);
      expect(tipText(chart)).toMatch(/^IT-plattform/);
      const inPlot = !!tip(chart)!.closest('.plot');
      expect(inPlot).toBe(width === 480);
      await userEvent.hover(tip(chart)!);
      await settle(chart);
      expect(tipText(chart)).toMatch(/^IT-plattform/);
      expect(spokeShown(chart)).toBe(true);
      if (!inPlot) {
        // Back onto the radar from the box under it: still shown.
        await hoverArea(chart, 1);
        expect(tipText(chart)).toMatch(/^IT-plattform/);
        await userEvent.hover(tip(chart)!);
        await settle(chart);
      }
      await userEvent.hover(document.body, { position: { x: 1, y: 1 } });
      await settle(chart);
      expect(tipText(chart)).toBeNull();
      expect(spokeShown(chart)).toBe(false);
    });

  it('hides on Esc while the pointer stays and focus is elsewhere on the page', async () => {
    const { chart, after } = await page();
    after.focus();
    await hoverArea(chart, 3);
    expect(tipText(chart)).toMatch(/^Samverkan/);
    await press(chart, '{Escape}');
    expect(tipText(chart)).toBeNull();
    expect(focused()).toBe(after);
  });
});
