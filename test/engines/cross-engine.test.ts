/**
 * The element in the three engines readers use, Chromium, Firefox and WebKit (Safari's), each from Debian's
 * packages, with the built bundle on pages served as a CMS would serve them. The same checks in each: drawing at
 * phone and desktop widths with names that fit, numbers in the page's language, the keyboard walk with real key
 * presses, the table view, a child table, dark, a strict Content-Security-Policy, downloads, the iframe embed,
 * resizing, markers drawn whole, text that can be selected where it shows, and lazy drawing. Nothing here depends
 * on the machine's fonts: positions are compared with the element's own boxes, never with fixed numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, selectedEngines, type Engine, type Tab } from './browsers.js';
import { startServer, type TestServer } from './server.js';

/** What the page-side probe (probe.js) offers the functions run in the page. */
interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
  right: number;
  bottom: number;
  x: number;
  y: number;
}
interface Probe {
  violations: string[];
  errors: string[];
  rejected: string[];
  files: { name: string; type: string; size: number; text?: string; image?: { width?: number; error?: string } }[];
  settle(chart: Element): Promise<void>;
  ready(): Promise<void>;
  box(element: Element): Box;
  target(chart: Element, selector: string): Box;
  part(chart: Element, selector: string): Element | null;
  misfits(chart: Element): string[];
  focus(chart: Element): { index: number; tag: string | null; tip: string | null; outside: string | null };
  contrast(a: string, b: string): number;
}
declare const probe: Probe;

const FALKENBERG = 'label="Falkenberg" scores="3,0 3,2 3,0 3,0 3,1" baseline="2,1 2,1 2,0 2,0 2,0"';
const chart = (attributes = '', id = 'c') => `<eprofile-radar id="${id}" ${FALKENBERG} ${attributes}></eprofile-radar>`;
const TABLE = `<table><thead><tr><th>Område</th><th>Täby</th><th data-baseline>Medel</th></tr></thead><tbody>
<tr><th>E-förvaltning totalt</th><td>3,8</td><td>2,1</td></tr><tr><th>IT-plattform</th><td>3,8</td><td>2,1</td></tr>
<tr><th>Förändringsledning</th><td>3,8</td><td>2,0</td></tr><tr><th>Samverkan</th><td>3,7</td><td>2,0</td></tr>
<tr><th>Styrning</th><td>3,9</td><td>2,0</td></tr></tbody></table>`;
/** Page styles as a file: the strict policy forbids inline styles. */
const CSS = `body { margin: 8px; font-family: sans-serif; }
.w320 { width: 320px; } .w480 { width: 480px; } .w800 { width: 800px; }
.big { --eprofile-marker-size: 24px; --eprofile-baseline-color: rgb(200, 0, 0); --eprofile-background: #fff; }
.far { height: 4000px; }
.dark-page { color-scheme: dark; }`;

/** A page with the probe and the bundle as a classic script in the head, the form that shifts nothing. */
const page = (body: string, lang = 'sv', script = '<script src="/eprofile-radar.js"></script>') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>test</title><link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/page.css"><script src="/probe.js"></script>${script}
</head><body>${body}</body></html>`;

/** Which engines make the first paint wait for `<script blocking="render">` (README, "Use it"). */
const BLOCKS_RENDER: Record<string, boolean> = { chromium: true, firefox: false, webkit: true };

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  server.page('/page.css', CSS);
}, 120_000);
afterAll(() => server?.close());

describe.each(selectedEngines())('in %s', (name) => {
  let engine: Engine;
  let tab: Tab;
  beforeAll(async () => {
    engine = await launch(name);
    console.log(`${name}: ${engine.version}`);
  }, 60_000);
  afterAll(() => engine?.close());

  /** Opens a page in a fresh window of the given size and waits until its charts have drawn. */
  async function open(path: string, html: string, { width = 1000, height = 900, policy = '' } = {}) {
    tab = await engine.open(width, height);
    await tab.goto(server.page(path, html, policy || undefined));
    await tab.run(() => probe.ready());
  }

  it('draws at 320 and 800 px with every name inside the chart and none on another', async () => {
    await open(
      '/sizes.html',
      page(`<div class="w320">${chart('', 'narrow')}</div><div class="w800">${chart('', 'wide')}</div>`),
    );
    const result = await tab.run(() =>
      ['narrow', 'wide'].map((id) => {
        const chart = document.getElementById(id)!;
        const svg = probe.part(chart, 'svg.radar');
        return {
          drawn: !!svg,
          width: svg ? probe.box(svg).width : 0,
          host: probe.box(chart).width,
          misfits: probe.misfits(chart),
        };
      }),
    );
    for (const [i, width] of [320, 800].entries()) {
      expect(result[i]!.drawn).toBe(true);
      expect(result[i]!.host).toBe(width);
      expect(result[i]!.width).toBeGreaterThan(width * 0.8);
      expect(result[i]!.width).toBeLessThanOrEqual(width);
      expect(result[i]!.misfits).toEqual([]);
    }
  });

  it('is one tab stop that arrows walk, Home and End jump, Esc hides the box and Tab leaves', async () => {
    await open('/keys.html', page(`<button id="before">Före</button><div id="box" class="w480">${chart()}</div>`));
    await tab.run(() => document.getElementById('before')!.focus());
    const focus = () => tab.run(() => probe.focus(document.getElementById('c')!));
    const after = async (...keys: Parameters<Tab['press']>) => {
      await tab.press(...keys);
      await tab.run(() => probe.settle(document.getElementById('c')!));
      return focus();
    };
    const first = await after('Tab');
    expect(first.index).toBe(0);
    expect(first.tip).toMatch(/^E-förvaltning totalt/);
    expect((await after('ArrowRight')).index).toBe(1);
    expect((await after('ArrowLeft', 'ArrowLeft')).index).toBe(4);
    expect((await after('Home')).index).toBe(0);
    expect((await after('End')).index).toBe(4);
    // Laid out again at another width (a window resized, zoom): new nodes for the areas, focus on the same one.
    const resized = await tab.run(async () => {
      const chart = document.getElementById('c')!;
      const names = probe.part(chart, '.axes');
      document.getElementById('box')!.className = 'w320';
      for (let i = 0; i < 10 && probe.part(chart, '.axes') === names; i++) await probe.settle(chart);
      return { replaced: probe.part(chart, '.axes') !== names, ...probe.focus(chart) };
    });
    expect(resized.replaced).toBe(true);
    expect(resized.index).toBe(4);
    expect(resized.tip).toMatch(/^Styrning/);
    expect((await after('ArrowDown')).index).toBe(0);
    const escaped = await after('Escape');
    expect(escaped.index).toBe(0);
    expect(escaped.tip).toBeNull();
    // Tab leaves the areas for the chart's first button: one stop for all five areas.
    const left = await after('Tab');
    expect(left.index).toBe(-1);
    expect(left.tag).toBe('button');
  });

  it('opens the table view with a click, in Swedish and English numbers', async () => {
    await open(
      '/table.html',
      page(`<div class="w480">${chart('', 'sv')}</div><div class="w480">${chart('lang="en"', 'en')}</div>`),
    );
    for (const id of ['sv', 'en']) {
      const button = await tab.run((id) => probe.target(document.getElementById(id)!, 'button[data-view="table"]'), id);
      await tab.click(button.x, button.y);
      const table = await tab.run(async (id) => {
        const chart = document.getElementById(id)!;
        await probe.settle(chart);
        const table = probe.part(chart, 'table');
        return {
          expanded: probe.part(chart, 'button[data-view="table"]')!.getAttribute('aria-expanded'),
          rows: table ? table.querySelectorAll('tbody tr').length : 0,
          caption: table?.querySelector('caption')?.textContent?.trim() ?? '',
          text: table?.textContent ?? '',
        };
      }, id);
      expect(table.expanded).toBe('true');
      expect(table.rows).toBe(5);
      expect(table.caption).not.toBe('');
      expect(table.text).toContain(id === 'sv' ? '3,2' : '3.2');
      expect(table.text).not.toContain(id === 'sv' ? '3.2' : '3,2');
    }
  });

  it("fits the table view in a phone's column: each name over its numbers, under their headers", async () => {
    await open(
      '/narrow-table.html',
      page(`<div class="w320">${chart()}</div><div class="w800">${chart('', 'w')}</div>`),
    );
    for (const id of ['c', 'w']) {
      const button = await tab.run((id) => probe.target(document.getElementById(id)!, 'button[data-view="table"]'), id);
      await tab.click(button.x, button.y);
      const layout = await tab.run(async (id) => {
        const chart = document.getElementById(id)!;
        await probe.settle(chart);
        const wrap = probe.part(chart, '.table-wrap')!;
        const table = wrap.querySelector('table')!;
        const right = (cell: Element) => Math.round(probe.box(cell).right);
        const row = table.tBodies[0]!.rows[1]!;
        return {
          overflow: wrap.scrollWidth - wrap.clientWidth,
          nameAbove: probe.box(row.cells[0]!).bottom <= probe.box(row.cells[1]!).top + 1,
          heads: Array.from(table.tHead!.rows[0]!.cells, right).slice(1),
          cells: Array.from(row.cells, right).slice(1),
        };
      }, id);
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.nameAbove).toBe(id === 'c');
      layout.cells.forEach((cell, i) => expect(Math.abs(cell - layout.heads[i]!)).toBeLessThanOrEqual(1));
    }
  });

  it("lists several municipalities in a phone's column each number by its name, with no sideways scroll", async () => {
    const four = `<table><thead><tr><th>Område</th><th>Falkenberg</th><th>Järfälla</th><th>Stockholm</th>
<th>Täby</th><th data-baseline>Medel samtliga kommuner</th></tr></thead><tbody>
<tr><th>E-förvaltning</th><td>3,0</td><td>3,5</td><td>4,0</td><td>3,8</td><td>2,1</td></tr>
<tr><th>IT-plattform</th><td>3,2</td><td>3,8</td><td>4,0</td><td>3,8</td><td>2,1</td></tr>
<tr><th>Förändring</th><td>3,0</td><td>3,1</td><td>3,8</td><td>3,8</td><td>2,0</td></tr>
<tr><th>Samverkan</th><td>3,0</td><td>3,2</td><td>4,0</td><td>3,8</td><td>2,0</td></tr>
<tr><th>Styrning</th><td>3,1</td><td>3,5</td><td>4,0</td><td>3,9</td><td>2,0</td></tr></tbody></table>`;
    await open('/four-table.html', page(`<div class="w320"><eprofile-radar id="c">${four}</eprofile-radar></div>`));
    const button = await tab.run(() => probe.target(document.getElementById('c')!, 'button[data-view="table"]'));
    await tab.click(button.x, button.y);
    const layout = await tab.run(async () => {
      const chart = document.getElementById('c')!;
      await probe.settle(chart);
      const wrap = probe.part(chart, '.table-wrap')!;
      const cells = [...wrap.querySelectorAll('tbody tr:first-child td')];
      const seen = probe.box(wrap);
      return {
        overflow: wrap.scrollWidth - wrap.clientWidth,
        // What each number's line shows before it: its column's name (Firefox gives the rule as written).
        names: cells.map((cell) =>
          getComputedStyle(cell, '::before').content.replace(
            /^attr\(data-label\).*/,
            (cell as HTMLElement).dataset.label!,
          ),
        ),
        inside: [...wrap.querySelectorAll('td')].every((cell) => probe.box(cell).right <= seen.right + 0.5),
        stacked: cells.every((cell, i) => i === 0 || probe.box(cell).top >= probe.box(cells[i - 1]!).bottom - 1),
      };
    });
    // Five columns of numbers scrolled sideways in a phone's card, the fourth cut at its edge.
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.inside).toBe(true);
    expect(layout.stacked).toBe(true);
    layout.names.forEach((name, i) =>
      expect(name).toContain(['Falkenberg', 'Järfälla', 'Stockholm', 'Täby', 'Medel samtliga kommuner'][i]),
    );
  });

  it("draws an editor's child table as the chart", async () => {
    await open('/child.html', page(`<div class="w480"><eprofile-radar id="c">${TABLE}</eprofile-radar></div>`));
    const drawn = await tab.run(() => {
      const chart = document.getElementById('c')!;
      return {
        radar: !!probe.part(chart, 'svg.radar'),
        names: [...chart.shadowRoot!.querySelectorAll('.axis-label')].map((label) => label.textContent!.trim()),
        legend: probe.part(chart, '[part~="legend"]')?.textContent ?? '',
        rejected: probe.rejected,
      };
    });
    expect(drawn.radar).toBe(true);
    // The script in the head runs before the parser reaches the table: the chart waits for it, never reporting
    // its data missing in the meantime.
    expect(drawn.rejected).toEqual([]);
    expect(drawn.names.join(' ')).toContain('Samverkan');
    expect(drawn.legend).toContain('Täby');
  });

  it('draws dark with readable text and marks', async () => {
    await open('/dark.html', page(`<div class="w480">${chart('theme="dark"')}</div>`));
    const colours = await tab.run(() => {
      const chart = document.getElementById('c')!;
      const background = getComputedStyle(chart).backgroundColor;
      return {
        background,
        text: probe.contrast(getComputedStyle(probe.part(chart, '.takeaway')!).color, background),
        series: probe.contrast(getComputedStyle(probe.part(chart, '.series .line')!).stroke, background),
      };
    });
    expect(colours.background).toMatch(/^rgb/);
    expect(colours.text).toBeGreaterThanOrEqual(4.5);
    expect(colours.series).toBeGreaterThanOrEqual(3);
    // Dark: the background is darker than its text.
    expect(
      colours.background
        .match(/\d+/g)!
        .slice(0, 3)
        .every((v) => Number(v) < 80),
    ).toBe(true);
  });

  it("takes its page's scheme when its theme is auto: light on a light page, dark where the page is", async () => {
    await open(
      '/scheme.html',
      page(`<div class="w320">${chart()}</div><div class="w320 dark-page">${chart('', 'd')}</div>`),
    );
    const states = () =>
      tab.run(() =>
        ['c', 'd'].map((id) => {
          const chart = document.getElementById(id)!;
          return [chart.matches(':state(dark-page)'), getComputedStyle(chart).backgroundColor] as const;
        }),
      );
    const [light, dark] = await states();
    expect(light![0]).toBe(false);
    expect(dark![0]).toBe(true);
    expect(dark![1]).not.toBe(light![1]);
    // The page's theme control makes the whole page dark on <html>: every chart follows.
    await tab.run(() => document.documentElement.classList.add('dark-page'));
    await tab.run(() => probe.settle(document.getElementById('c')!));
    expect((await states()).map(([state]) => state)).toEqual([true, true]);
  });

  it('works under a strict Content-Security-Policy with no violation', async () => {
    await open(
      '/csp.html',
      page(
        `<div class="w480">${chart()}</div><div class="w480"><eprofile-radar id="t">${TABLE}</eprofile-radar></div>
         <div class="w480"><eprofile-radar id="bad" scores="3 3 9 3 3"></eprofile-radar></div>`,
      ),
      { policy: "default-src 'self'" },
    );
    // The hover box is placed through the CSSOM, which the policy allows (a style attribute it would block).
    const label = await tab.run(() => {
      const name = document.getElementById('c')!.shadowRoot!.querySelectorAll('.axis-label')[2]!;
      name.scrollIntoView({ block: 'center' });
      return probe.box(name);
    });
    await tab.move(label.x, label.y);
    const seen = await tab.run(async () => {
      const chart = document.getElementById('c')!;
      await probe.settle(chart);
      return {
        violations: probe.violations,
        errors: probe.errors,
        tip: probe.focus(chart).tip,
        drawn: ['c', 't'].map((id) => !!probe.part(document.getElementById(id)!, 'svg.radar')),
        message: probe.part(document.getElementById('bad')!, '[part="message"]')?.textContent ?? '',
      };
    });
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.drawn).toEqual([true, true]);
    expect(seen.tip).toMatch(/^Förändringsledning/);
    expect(seen.message).toContain('9');
  });

  it('offers the data as CSV and the figure as SVG and PNG', async () => {
    await open('/downloads.html', page(`<div class="w480">${chart('heading="E-profil Falkenberg 2009"')}</div>`));
    const center = (selector: string) =>
      tab.run((selector) => probe.target(document.getElementById('c')!, selector), selector);
    for (const kind of ['csv', 'svg', 'png']) {
      const toggle = await center('.download-toggle');
      await tab.click(toggle.x, toggle.y);
      await tab.run(() => probe.settle(document.getElementById('c')!));
      const item = await center(`[data-kind="${kind}"]`);
      await tab.click(item.x, item.y);
    }
    const files = await tab.run(async () => {
      for (let i = 0; i < 100 && !(probe.files.length === 3 && probe.files.every((f) => f.text ?? f.image)); i++)
        await new Promise((resolve) => requestAnimationFrame(resolve));
      return probe.files.map((file) => {
        const svg = file.type.startsWith('image/svg')
          ? new DOMParser().parseFromString(file.text!, 'image/svg+xml')
          : null;
        return {
          ...file,
          text: file.type.startsWith('text/csv') ? file.text : undefined,
          parsed: svg ? svg.documentElement.localName + (svg.querySelector('parsererror') ? ' with errors' : '') : null,
        };
      });
    });
    expect(files.map((file) => file.name)).toEqual([
      'e-profil-falkenberg-2009.csv',
      'e-profil-falkenberg-2009.svg',
      'e-profil-falkenberg-2009.png',
    ]);
    expect(files[0]!.text).toContain('3,2');
    expect(files[0]!.text).toContain('Styrning och ledning');
    expect(files[1]!.parsed).toBe('svg');
    expect(files[2]!.type).toBe('image/png');
    expect(files[2]!.image?.width).toBeGreaterThan(400);
  });

  it('sizes the embed iframe to its content', async () => {
    const params = new URLSearchParams({
      heading: 'E-profil Falkenberg 2009',
      label: 'Falkenberg',
      scores: '3,0 3,2 3,0 3,0 3,1',
      baseline: '2,1 2,1 2,0 2,0 2,0',
    });
    await open(
      '/parent.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>article</title><link rel="icon" href="/favicon.ico">
       <link rel="stylesheet" href="/page.css"><script src="/probe.js"></script></head><body><p>Article text.</p>
       <iframe id="f" class="w320" src="/site/embed.html?${params}" data-eprofile-embed title="E-profil" height="150"></iframe>
       <script src="/site/embed-resize.js"></script></body></html>`,
    );
    const heights = await tab.run(async () => {
      const frame = document.getElementById('f') as HTMLIFrameElement;
      let previous = -1;
      for (let i = 0; i < 300; i++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const height = frame.getBoundingClientRect().height;
        const drawn = frame.contentDocument?.querySelector('eprofile-radar')?.shadowRoot?.querySelector('svg.radar');
        if (drawn && height === previous && height > 150) break;
        previous = height;
      }
      const html = frame.contentDocument!.documentElement;
      // Settled means settled: over the next frames the height holds (a page whose width depended on its own
      // scrollbar would make the iframe grow and shrink for ever).
      const heights = new Set<number>();
      for (let i = 0; i < 20; i++) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        heights.add(frame.clientHeight);
      }
      // The iframe's inner height (its default border aside) against the height of the page inside it.
      return { iframe: frame.clientHeight, content: html.getBoundingClientRect().height, heights: heights.size };
    });
    expect(heights.heights).toBe(1);
    expect(heights.iframe).toBeGreaterThan(300);
    expect(Math.abs(heights.iframe - heights.content)).toBeLessThanOrEqual(2);
  });

  it('lays out again when its container narrows, and the names still fit', async () => {
    await open('/resize.html', page(`<div id="box" class="w800">${chart()}</div>`));
    const widths = await tab.run(async () => {
      const chart = document.getElementById('c')!;
      const before = probe.box(probe.part(chart, 'svg.radar')!).width;
      document.getElementById('box')!.className = 'w320';
      for (let i = 0; i < 10 && probe.box(probe.part(chart, 'svg.radar')!).width > 320; i++) await probe.settle(chart);
      return { before, after: probe.box(probe.part(chart, 'svg.radar')!).width, misfits: probe.misfits(chart) };
    });
    expect(widths.before).toBeGreaterThan(600);
    expect(widths.after).toBeLessThanOrEqual(320);
    expect(widths.after).toBeGreaterThan(250);
    expect(widths.misfits).toEqual([]);
  });

  it("draws the comparison's hollow diamonds whole, not dashed like its line", async () => {
    await open(
      '/markers.html',
      page(
        '<div class="w480 big"><eprofile-radar id="c" label="Fyra" scores="4 4 4 4 4" baseline="2 2 2 2 2"></eprofile-radar></div>',
      ),
    );
    const layout = await tab.run(() => {
      const chart = document.getElementById('c')!;
      const svg = probe.part(chart, 'svg.radar') as SVGSVGElement;
      svg.scrollIntoView({ block: 'center' });
      const line = probe.part(chart, '.radar .baseline .line') as SVGPathElement;
      const matrix = (line.getScreenCTM ? line.getScreenCTM() : null)!;
      const points = line
        .getAttribute('d')!
        .match(/-?[\d.]+,-?[\d.]+/g)!
        .map((pair) => {
          const [x, y] = pair.split(',').map(Number) as [number, number];
          return { x: matrix.a * x + matrix.c * y + matrix.e, y: matrix.b * x + matrix.d * y + matrix.f };
        });
      // Which of the baseline's paths carry markers, and whether any of those is dashed.
      const dashed = [...chart.shadowRoot!.querySelectorAll('path')]
        .filter((path) => getComputedStyle(path).markerMid.startsWith('url'))
        .filter((path) => !['none', ''].includes(getComputedStyle(path).strokeDasharray))
        .map((path) => path.getAttribute('class'));
      return { points, scale: matrix.a, dashed, background: getComputedStyle(chart).backgroundColor };
    });
    // No path that carries markers is dashed, in the chart, the legend or the hover box.
    expect(layout.dashed).toEqual([]);
    // And the pixels agree: walk each diamond's outline (half-diagonal 1.2 × half the 24 px marker) and count the
    // pixels nearer the comparison's red than the white background.
    const png = await tab.screenshot();
    const half = 12 * 1.2 * layout.scale;
    let painted = 0;
    let total = 0;
    for (const { x, y } of layout.points.slice(0, 5)) {
      const corners = [
        [x, y - half],
        [x + half, y],
        [x, y + half],
        [x - half, y],
      ];
      for (let side = 0; side < 4; side++) {
        const [a, b] = [corners[side]!, corners[(side + 1) % 4]!];
        for (let step = 1; step < 12; step++) {
          const t = step / 12;
          const [px, py] = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
          // The best of the four pixels around the point: the 1.75 px stroke may cover any of them most.
          const red = [Math.floor, Math.ceil].flatMap((fx) =>
            [Math.floor, Math.ceil].map((fy) => {
              const at = (fy(py) * png.width + fx(px)) * 4;
              return png.data[at]! - png.data[at + 1]!;
            }),
          );
          total++;
          if (Math.max(...red) > 100) painted++;
        }
      }
    }
    expect(total).toBe(5 * 4 * 11);
    expect(painted / total).toBeGreaterThan(0.95);
  });

  it('leaves its text selectable where it shows: nothing invisible lies over it', async () => {
    await open('/select.html', page(`<div class="w800">${chart('heading="E-profil Falkenberg 2009"')}</div>`));
    const hits = await tab.run(() => {
      const chart = document.getElementById('c')!;
      const root = chart.shadowRoot!;
      const host = probe.box(chart);
      const defs = probe.part(chart, '.marker-defs');
      return {
        takeaway: (['.takeaway', '.heading'] as const).map((selector) => {
          const box = probe.box(probe.part(chart, selector)!);
          return [0.1, 0.5, 0.9].map((f) => root.elementFromPoint(box.left + box.width * f, box.y)?.className ?? null);
        }),
        defs: defs ? probe.box(defs) : null,
        host,
      };
    });
    expect(hits.takeaway[0]).toEqual(['takeaway', 'takeaway', 'takeaway']);
    expect(hits.takeaway[1]!.every((name) => name === 'heading')).toBe(true);
    expect(hits.defs!.width * hits.defs!.height).toBe(0);
    expect(hits.defs!.right).toBeLessThanOrEqual(hits.host.right);
  });

  it('draws a lazy chart far below the fold only when the reader comes near it', async () => {
    await open('/lazy.html', page(`<div class="far"></div><div class="w480">${chart('loading="lazy"')}</div>`));
    const state = await tab.run(async () => {
      const chart = document.getElementById('c')!;
      const skips = typeof ContentVisibilityAutoStateChangeEvent === 'function';
      const before = !!probe.part(chart, 'svg.radar');
      chart.scrollIntoView();
      for (let i = 0; i < 60 && !probe.part(chart, 'svg.radar'); i++) await probe.settle(chart);
      return { skips, before, after: !!probe.part(chart, 'svg.radar') };
    });
    // Where the browser says when it skips rendering, the radar waits for the reader; elsewhere it draws at once.
    expect(state.before).toBe(!state.skips);
    expect(state.after).toBe(true);
  });

  it('draws from a module script marked blocking="render", which only some engines honour', async () => {
    await open(
      '/blocking.html',
      page(
        `<div class="w480">${chart()}</div>`,
        'sv',
        '<script type="module" blocking="render" src="/eprofile-radar.js"></script>',
      ),
    );
    const seen = await tab.run(() => ({
      blocks: 'blocking' in HTMLScriptElement.prototype,
      drawn: !!probe.part(document.getElementById('c')!, 'svg.radar'),
    }));
    // Where the attribute is unknown the script loads as a plain module: the chart draws just the same, after the
    // first paint (so the README recommends the classic script for pages that must not move).
    expect(seen.blocks).toBe(BLOCKS_RENDER[name]);
    expect(seen.drawn).toBe(true);
  });
});
