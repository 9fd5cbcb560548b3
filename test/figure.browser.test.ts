import { afterEach, describe, expect, it } from 'vitest';
import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';
import { mount, settle } from './mount.js';
import { AVERAGE, FALKENBERG, NOMINEES } from './fixtures.js';
import { axTree, descendants, heard, name, role } from './browser-a11y.js';

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
      console.log(
        `radar width share at 400 px, ${lang}: ${share.toFixed(3)}`,
        [...chart.shadowRoot!.querySelectorAll('.axis-label')].map((l) => l.textContent!.trim()).join('/'),
        plot.width,
        host.width,
      );
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

describe('controls', () => {
  const names = (chart: EprofileRadar) =>
    [...chart.shadowRoot!.querySelectorAll('.controls > .item > button, .controls .download-toggle')].map(
      (button) => button.getAttribute('aria-label') ?? button.textContent!.trim(),
    );

  for (const width of [320, 400])
    it(`compact (the default) is one quiet line of words at ${width} px, each button named by its word`, async () => {
      const chart = await mount({ ...FALKENBERG, lang: 'sv' }, width);
      const root = chart.shadowRoot!;
      const buttons = [...root.querySelectorAll<HTMLElement>('.controls > .item > button, .controls .download-toggle')];
      expect(buttons.map((b) => b.textContent!.trim())).toEqual(['Tabell', 'Punktdiagram', 'Ladda ner', 'Lyssna']);
      // What is seen is what is heard (and what a voice user says): no longer a name behind the word.
      expect(names(chart)).toEqual(['Tabell', 'Punktdiagram', 'Ladda ner', 'Lyssna']);
      expect(buttons.filter((b) => b.hasAttribute('aria-label'))).toEqual([]);
      const tops = buttons.map((b) => b.getBoundingClientRect().top);
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(1);
      for (const b of buttons) {
        expect(b.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
        expect(getComputedStyle(b).borderTopStyle).toBe('none');
      }
      // An open view's word is heavier, and takes no more room for it: the line does not rewrap.
      const widths = buttons.map((b) => b.getBoundingClientRect().width);
      buttons[0]!.click();
      await settle(chart);
      const open = [...root.querySelectorAll<HTMLElement>('.controls > .item > button, .controls .download-toggle')];
      expect(getComputedStyle(open[0]!).textShadow).not.toBe('none');
      expect(getComputedStyle(open[0]!).textDecorationLine).toBe('none');
      expect(open.map((b) => b.getBoundingClientRect().width)).toEqual(widths);
      const openTops = open.map((b) => b.getBoundingClientRect().top);
      expect(Math.max(...openTops) - Math.min(...openTops)).toBeLessThan(1);
      expect(names(chart)).toEqual(['Tabell', 'Punktdiagram', 'Ladda ner', 'Lyssna']);
      // The download list's words are underlined as actions too: plain grey words read as disabled.
      root.querySelector<HTMLElement>('.download-toggle')!.click();
      await settle(chart);
      for (const item of root.querySelectorAll('.download-menu button'))
        expect(getComputedStyle(item).textDecorationLine, item.textContent!).toBe('underline');
    });

  it('full keeps boxed buttons with their whole names', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv', controls: 'full' }, 600);
    const root = chart.shadowRoot!;
    const first = root.querySelector<HTMLElement>('.controls > .item > button')!;
    expect(first.textContent!.trim()).toBe('Visa som tabell');
    expect(first.hasAttribute('aria-label')).toBe(false);
    expect(getComputedStyle(first).borderTopStyle).toBe('solid');
  });

  it('none shows no buttons and no disclosure, and each value is heard once, in the list of areas', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv', controls: 'none' }, 400);
    const root = chart.shadowRoot!;
    expect(root.querySelectorAll('button')).toHaveLength(0);
    expect(root.querySelector('.help, .how-to-read')).toBeNull();
    // A hidden copy of the table read every value a second time: 105 words a chart on a page of small multiples.
    expect(root.querySelector('table, #table')).toBeNull();
    const nodes = await axTree();
    const figure = nodes.find((node) => role(node) === 'figure')!;
    const heardWords = heard(nodes, figure, 'sv')
      .map((u) => u.words)
      .join(' · ');
    expect(heardWords.match(/3,2/g)).toHaveLength(1);
    expect(heardWords).toContain('IT-plattform, hård och mjuk infrastruktur: 3,2, medel 2,1, +1,1');
  });

  it('closes the views open when controls become none: no button would close them', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' }, 400);
    const root = chart.shadowRoot!;
    for (const view of ['table', 'dotplot'])
      root.querySelector<HTMLButtonElement>(`button[data-view="${view}"]`)!.click();
    await settle(chart);
    expect(root.querySelector('table')).not.toBeNull();
    const views: unknown[] = [];
    chart.addEventListener('eprofile-view', (event) => views.push((event as CustomEvent).detail));
    chart.controls = 'none';
    await settle(chart);
    expect(root.querySelector('table, #dotplot')).toBeNull();
    // Closed, and the page told so: buttons back, the views are closed too.
    expect(views).toEqual([
      { view: 'table', open: false },
      { view: 'dotplot', open: false },
    ]);
    chart.controls = 'compact';
    await settle(chart);
    expect(root.querySelector('table, #dotplot')).toBeNull();
  });

  it('compact: a wrapped line neither ends nor starts with a visible dot', async () => {
    for (const [width, font] of [
      [320, 'Georgia, serif'],
      [240, 'inherit'],
      [180, 'inherit'],
    ] as const) {
      const chart = await mount({ ...FALKENBERG, lang: 'sv' }, width);
      chart.style.setProperty('--eprofile-font-family', font);
      await settle(chart);
      const row = chart.shadowRoot!.querySelector<HTMLElement>('.controls.compact')!;
      expect(getComputedStyle(row).overflowX).toBe('clip');
      const clip = row.getBoundingClientRect().left; // overflow-x: clip, at the padding box
      const items = [...row.querySelectorAll<HTMLElement>(':scope > .item')];
      const tops = items.map((item) => Math.round(item.getBoundingClientRect().top));
      expect(new Set(tops).size, `${width} px: the row wraps`).toBeGreaterThan(width < 300 ? 1 : 0);
      items.forEach((item, i) => {
        if (i === 0) return; // The first word has no dot.
        const dot = getComputedStyle(item, '::before');
        expect(dot.content).toMatch(/·/);
        const box = item.getBoundingClientRect();
        // The dot's glyph, centred in its box less its end padding.
        const centre = box.left + (parseFloat(dot.width) - parseFloat(dot.paddingInlineEnd)) / 2;
        if (tops[i] !== tops[i - 1]) expect(centre + 2, `${width} px, item ${i} starts a line`).toBeLessThan(clip);
        else expect(centre - 2, `${width} px, item ${i}`).toBeGreaterThan(clip);
      });
      // No line ends in a dot: every dot is its word's own, on the word's line.
      chart.parentElement!.remove();
    }
  });
});

describe('the table view in a narrow card', () => {
  it('lists several municipalities each number by its name, where five columns scrolled sideways', async () => {
    const chart = await mount({ lang: 'sv', heading: 'E-profiler 2009' }, 373);
    chart.series = NOMINEES;
    chart.baseline = AVERAGE;
    await settle(chart);
    chart.shadowRoot!.querySelector<HTMLButtonElement>('button[data-view="table"]')!.click();
    await settle(chart);
    const root = chart.shadowRoot!;
    const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
    // Four municipalities and the average: the fourth was cut at the card's edge and the average out of sight.
    expect(wrap.scrollWidth).toBeLessThanOrEqual(wrap.clientWidth);
    const seen = wrap.getBoundingClientRect();
    const first = [...root.querySelectorAll('tbody tr:first-child td')];
    expect(first.map((cell) => getComputedStyle(cell, '::before').content)).toEqual(
      ['Falkenberg', 'Järfälla', 'Stockholm', 'Täby', 'Medel samtliga kommuner'].map(
        (name) => expect.stringContaining(name) as unknown as string,
      ),
    );
    for (const cell of root.querySelectorAll('td')) {
      const box = cell.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(seen.left - 0.5);
      expect(box.right).toBeLessThanOrEqual(seen.right + 0.5);
    }
    // Each on a line of its own, under the one before.
    expect(first[1]!.getBoundingClientRect().top).toBeGreaterThanOrEqual(first[0]!.getBoundingClientRect().bottom - 1);
    // One municipality's table keeps its columns (alternatives.browser.test.ts).
    expect(root.querySelector('table')!.classList.contains('many')).toBe(true);
    // The column headers are read, not drawn: each number's drawn copy of its name stands in for them.
    for (const header of root.querySelectorAll('thead th')) {
      const box = header.getBoundingClientRect();
      expect([box.width, box.height]).toEqual([1, 1]);
    }
    // Listed up to a 40rem column, where the five columns need about 600 px; wider, they are columns again.
    for (const [width, listed] of [
      [600, true],
      [800, false],
    ] as const) {
      const wide = await mount({ lang: 'sv', heading: 'E-profiler 2009' }, width);
      wide.series = NOMINEES;
      wide.baseline = AVERAGE;
      await settle(wide);
      wide.shadowRoot!.querySelector<HTMLButtonElement>('button[data-view="table"]')!.click();
      await settle(wide);
      const box = wide.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
      expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
      expect(getComputedStyle(box.querySelector('td')!).display === 'flex').toBe(listed);
      wide.parentElement!.remove();
    }
    // A screen reader hears each number once, its column's name from the header, not again from the drawn copy.
    const nodes = await axTree();
    const table = nodes.find((node) => role(node) === 'table')!;
    const cells = descendants(nodes, table).filter((node) => role(node) === 'cell');
    expect(cells.slice(0, 5).map(name)).toEqual(['3,0', '3,5', '4,0', '3,8', '2,1']);
  });

  it('keeps its title outside the scroll box, shows a cue when it scrolls, and scrolls to its last column', async () => {
    // A table wider than its card (a page's own rule here) scrolls inside its box.
    const wide = document.createElement('style');
    wide.textContent = 'eprofile-radar::part(table) { min-width: 40rem; }';
    document.head.append(wide);
    try {
      const chart = await mount({ ...FALKENBERG, lang: 'sv' }, 373);
      chart.shadowRoot!.querySelector<HTMLButtonElement>('button[data-view="table"]')!.click();
      await settle(chart);
      const root = chart.shadowRoot!;
      const host = chart.getBoundingClientRect();
      const title = root.querySelector('.table-caption')!;
      const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
      // The title is never scrolled or clipped with the table.
      expect(wrap.contains(title)).toBe(false);
      const box = title.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(host.left);
      expect(box.right).toBeLessThanOrEqual(host.right);
      expect(wrap.getBoundingClientRect().right).toBeLessThanOrEqual(host.right + 0.5);
      // Wider than the card: it scrolls inside its box, whose edges carry the shadows that say there is more.
      expect(wrap.scrollWidth).toBeGreaterThan(wrap.clientWidth);
      expect(getComputedStyle(wrap).backgroundImage.match(/radial-gradient/g)).toHaveLength(2);
      // Each area's name wraps within the visible box (it was clipped at its edge).
      const names = () => [...root.querySelectorAll('th[scope="row"]')].map((name) => name.getBoundingClientRect());
      const seen = wrap.getBoundingClientRect();
      for (const name of names()) expect(name.right).toBeLessThanOrEqual(seen.right + 0.5);
      wrap.scrollLeft = wrap.scrollWidth;
      const last = [...root.querySelectorAll('tbody tr:first-child td')].at(-1)!.getBoundingClientRect();
      expect(last.right).toBeLessThanOrEqual(wrap.getBoundingClientRect().right + 0.5);
      expect(last.left).toBeGreaterThanOrEqual(wrap.getBoundingClientRect().left);
    } finally {
      wide.remove();
    }
  });
});

describe('text size', () => {
  it('dot-plot names never cross its scale lines nor leave its box, at 100 % and 200 % text size', async () => {
    for (const rootSize of ['', '32px']) {
      document.documentElement.style.fontSize = rootSize;
      try {
        for (const width of [320, 480, 800]) {
          const chart = await mount({ ...FALKENBERG, lang: 'sv' }, width);
          chart.shadowRoot!.querySelector<HTMLButtonElement>('button[data-view="dotplot"]')!.click();
          await settle(chart);
          const plot = chart.shadowRoot!.querySelector('svg.dotplot')!;
          const box = plot.getBoundingClientRect();
          const lines = [...plot.querySelectorAll('.grid line')].map((line) => line.getBoundingClientRect());
          const names = [...plot.querySelectorAll('.axis-label tspan')].map((name) => name.getBoundingClientRect());
          expect(names.length).toBeGreaterThanOrEqual(5);
          for (const name of names) {
            const where = `${rootSize || '100 %'} at ${width} px: "${name.width}" wide at ${name.left}`;
            expect(name.left, where).toBeGreaterThanOrEqual(box.left - 0.5);
            expect(name.right, where).toBeLessThanOrEqual(box.right + 0.5);
            const crossing = lines.filter(
              (line) =>
                line.left > name.left && line.left < name.right && line.top < name.bottom && line.bottom > name.top,
            );
            expect(crossing, where).toEqual([]);
          }
          chart.parentElement!.remove();
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    }
  });

  it('says "uppgift saknas" in the dot plot inside its box, clear of the names, for a series or the comparison', async () => {
    // Centred on the scale's start, it ran over the names beside the rows, or past a narrow plot's left edge; a
    // missing comparison value was not said at all.
    for (const width of [320, 480, 1200]) {
      const chart = await mount(
        { ...FALKENBERG, lang: 'sv', scores: '3,0 - 2,5 3,0 3,1', baseline: '2,1 2,1 - 2,0 2,0' },
        width,
      );
      chart.shadowRoot!.querySelector<HTMLButtonElement>('button[data-view="dotplot"]')!.click();
      await settle(chart);
      const plot = chart.shadowRoot!.querySelector('svg.dotplot')!;
      const box = plot.getBoundingClientRect();
      const notes = [...plot.querySelectorAll('text')].filter((text) => text.textContent === 'uppgift saknas');
      expect(notes).toHaveLength(2);
      const names = [...plot.querySelectorAll('.axis-label tspan')].map((name) => name.getBoundingClientRect());
      for (const note of notes.map((text) => text.getBoundingClientRect())) {
        expect(note.left).toBeGreaterThanOrEqual(box.left - 0.5);
        expect(note.right).toBeLessThanOrEqual(box.right + 0.5);
        const over = names.filter(
          (n) => n.left < note.right && n.right > note.left && n.top < note.bottom && n.bottom > note.top,
        );
        expect(over, `at ${width} px`).toEqual([]);
      }
      chart.parentElement!.remove();
    }
  });

  it('ring values follow the reader’s text size, as the area names do', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' }, 600);
    const size = () => parseFloat(getComputedStyle(chart.shadowRoot!.querySelector('.radar .tick')!).fontSize);
    expect(size()).toBe(12);
    document.documentElement.style.fontSize = '32px';
    try {
      chart.style.width = '599px';
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await chart.updateComplete;
      expect(size()).toBe(24);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});

describe('the row of buttons', () => {
  it("takes the names' size where a theme enlarges them, never under 12 px", async () => {
    const sizes = async (labelSize: string) => {
      const chart = await mount({ ...FALKENBERG, lang: 'sv' }, 320);
      if (labelSize) chart.style.setProperty('--eprofile-label-font-size', labelSize);
      await settle(chart);
      const size = (selector: string) => getComputedStyle(chart.shadowRoot!.querySelector(selector)!).fontSize;
      const found = [size('.compact button[data-view="table"]'), size('.how-to-read-toggle')];
      chart.parentElement!.remove();
      return found;
    };
    expect(await sizes('')).toEqual(['12px', '13px']);
    // A low-vision theme's 16 px names left its buttons at 12 px.
    expect(await sizes('1rem')).toEqual(['16px', '16px']);
    expect(await sizes('0.5rem')).toEqual(['12px', '13px']);
  });
});
