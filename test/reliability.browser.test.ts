/**
 * What hostile pages, pasted text and odd data must not break, in real Chromium: exports that parse whatever text
 * they hold, no chart drawn from no data, no exception reaching the page, one `eprofile-error` per problem. The
 * pure layers' side is in reliability.test.ts; pages with headers (Trusted Types) in host.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { renderStatic, type Profile } from '../src/static.js';
import { toPng } from '../src/export/export.js';
import type { EprofileRadar } from '../src/index.js';
import { FALKENBERG } from './fixtures.js';
import { mount, settle } from './mount.js';
import { watchPage } from './watch.js';

const watch = watchPage();

/** The parser's complaint about an SVG file, or null when it is well-formed XML. */
function parseError(svg: string): string | null {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return doc.querySelector('parsererror')?.textContent ?? null;
}

/** Text pasted from Word, PDF or a broken encoder: every kind of character XML 1.0 cannot hold, and some it can. */
const PASTED: [string, string][] = [
  ['a vertical tab (Word line break)', 'IT-\u000bplattform'],
  ['a form feed (PDF page break)', 'Sid\u000c2'],
  ['NUL', 'a\u0000b'],
  ['every C0 control', Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')],
  ['DEL and C1 controls', 'a\u007f\u0085\u009fb'],
  ['a lone high surrogate', 'x\ud800y'],
  ['a lone low surrogate', 'x\udc00y'],
  ['a surrogate pair split the wrong way', '\ude00\ud83d'],
  ['U+FFFE and U+FFFF', '\ufffe\uffff'],
  ['markup', '</text><script>alert(1)</script>&amp;'],
  ['quotes and an apostrophe', `"Kommun's" ]]> <![CDATA[`],
  ['an emoji and a non-BMP noncharacter', '😀\u{1fffe}'],
];

describe('every export is well-formed, whatever text it is given', () => {
  it.each(PASTED)('%s in every text of the SVG: it parses, and the PNG draws', async (_, pasted) => {
    const profile: Profile = {
      ...FALKENBERG,
      heading: `Rubrik ${pasted}`,
      label: pasted,
      baselineLabel: `Medel ${pasted}`,
      takeaway: pasted,
      notes: pasted,
      source: pasted,
      byline: pasted,
      areas: [{ key: 'a', label: pasted }, { key: 'b', label: `B ${pasted}` }, { key: 'c' }],
      scores: '1 2 3',
      baseline: '2 2 2',
    };
    for (const lang of ['sv', 'en']) {
      const chart = renderStatic({ ...profile, lang }, 480);
      expect(chart.problems).toEqual([]);
      expect(parseError(chart.svg)).toBeNull();
      const html = new DOMParser().parseFromString(chart.html, 'text/html');
      // The drawing laid out at 480 px, the phone's at 280 px, and the table.
      expect(html.querySelectorAll('svg, table')).toHaveLength(3);
    }
    const { svg } = renderStatic(profile, 480);
    const [, width, height] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!.map(Number);
    const png = await toPng({ svg, width: width!, height: height!, plot: { x: 0, y: 0, width: 0, height: 0 } }, 1);
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(1000);
  });

  it('any text in any field gives an SVG that parses (fast-check)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
    fc.assert(
      fc.property(
        fc.record({ heading: text, label: text, baselineLabel: text, takeaway: text, notes: text, source: text }),
        fc.array(text, { minLength: 3, maxLength: 6 }),
        fc.constantFrom('sv', 'en'),
        (texts, areaLabels, lang) => {
          const areas = areaLabels.map((label, i) => ({ key: `a${i}`, label }));
          const scores = areas.map((_, i) => i % 5);
          const chart = renderStatic({ ...texts, byline: texts.label, areas, scores, baseline: scores, lang }, 400);
          expect(chart.problems).toEqual([]);
          expect(parseError(chart.svg)).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });
});

const messageOf = (chart: EprofileRadar) =>
  chart.shadowRoot!.querySelector('[part="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const headingOf = (chart: EprofileRadar) => chart.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim();
const drawn = (chart: EprofileRadar) => chart.shadowRoot!.querySelector('svg.radar') !== null;

describe('no data drawn as a claim', () => {
  it.each<[string, (chart: EprofileRadar) => void, string]>([
    ['dashes', (chart) => chart.setAttribute('scores', '- - - - -'), 'scores'],
    ['missing words', (chart) => chart.setAttribute('scores', 'saknas – n/a ? na'), 'scores'],
    ['an empty object', (chart) => (chart.scores = {}), 'scores'],
    ['an array of nulls', (chart) => (chart.scores = [null, null, null, null, null]), 'scores'],
    ['an all-missing baseline', (chart) => chart.setAttribute('baseline', '- - - - -'), 'baseline'],
    ['an all-missing series', (chart) => (chart.series = [{ label: 'A', scores: '- - - - -' }]), 'series[0]'],
  ])('%s: a message and an eprofile-error, not an empty radar with a takeaway', async (_, set, attribute) => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    set(chart);
    await settle(chart);
    expect(drawn(chart)).toBe(false);
    expect(chart.shadowRoot!.querySelector('[part="takeaway"]')).toBeNull();
    expect(messageOf(chart)).toContain(`${attribute}: inga värden`);
    expect(watch.events.map((event) => event.detail.attribute)).toEqual([attribute]);
    expect(headingOf(chart)).toBe(FALKENBERG.heading);
  });
});

describe('eprofile-error fires once per distinct problem', () => {
  it.each<[string, (chart: EprofileRadar) => void]>([
    ['lang sv → en → sv', (chart) => (chart.lang = chart.lang === 'en' ? 'sv' : 'en')],
    ['the page language', (chart) => chart.removeAttribute('lang')],
    ['a heading change', (chart) => (chart.heading = `${chart.heading}!`)],
    ['custom strings', (chart) => (chart.strings = { errorPrefix: 'Fel' })],
    ['the same bad value set again', (chart) => chart.setAttribute('scores', '3 3 9 3 3')],
    ['a resize', (chart) => (chart.parentElement!.style.width = '300px')],
  ])('not again on %s; the message re-localises', async (_, change) => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv', scores: '3 3 9 3 3', baseline: 'x 2 2 2 2' });
    expect(watch.events).toHaveLength(2);
    expect(watch.warnings).toHaveLength(1);
    for (let round = 0; round < 3; round++) {
      change(chart);
      document.documentElement.lang = round % 2 ? 'sv' : 'en';
      await settle(chart);
    }
    chart.lang = 'en';
    await settle(chart);
    expect(messageOf(chart)).toContain('scores: 9 is outside the scale 0–4');
    expect(watch.events).toHaveLength(2);
    expect(watch.warnings).toHaveLength(1);
    // A new problem is heard of, once; one that stays is not heard of again.
    chart.setAttribute('baseline', '2 2 2 2 y');
    await settle(chart);
    expect(watch.events.map((event) => event.detail.value)).toEqual(['9', 'x', 'y']);
    document.documentElement.lang = 'sv';
  });
});

describe('exceptions never reach the page', () => {
  const boom = () => {
    throw new Error('boom');
  };
  const trap = <T extends object>(target: T, name: keyof ProxyHandler<T>) => new Proxy(target, { [name]: boom });
  it.each<[string, (chart: EprofileRadar) => void, string]>([
    ['a Proxy series whose every read throws', (chart) => (chart.series = trap([], 'get') as never), 'series'],
    [
      'a series whose length throws',
      (chart) =>
        (chart.series = {
          get length(): number {
            return boom();
          },
        } as never),
      'series',
    ],
    [
      'a series entry whose label getter throws',
      (chart) =>
        (chart.series = [
          {
            get label(): string {
              return boom();
            },
            scores: '3 3 3 3 3',
          },
        ]),
      'series[0]',
    ],
    [
      'a series entry whose scores getter throws',
      (chart) =>
        (chart.series = [
          {
            label: 'A',
            get scores(): string {
              return boom();
            },
          },
        ]),
      'series[0]',
    ],
    [
      'scores with a throwing getter',
      (chart) =>
        (chart.scores = {
          get egov(): number {
            return boom();
          },
        }),
      'scores',
    ],
    ['scores as a Proxy whose keys throw', (chart) => (chart.scores = trap({}, 'ownKeys') as never), 'scores'],
    [
      'scores as a Proxy whose prototype throws',
      (chart) => (chart.scores = trap({}, 'getPrototypeOf') as never),
      'scores',
    ],
    [
      'an array with a throwing element',
      (chart) => (chart.scores = Object.defineProperty([3, 3, 3, 3, 3], 2, { get: boom }) as never),
      'scores',
    ],
    ['a baseline Proxy', (chart) => (chart.baseline = trap([2, 2, 2, 2, 2], 'get') as never), 'baseline'],
    ['areas as a Proxy', (chart) => (chart.areas = trap([], 'get') as never), 'areas'],
    [
      'a value that throws when turned into a string',
      (chart) => (chart.scores = [3, 3, { [Symbol.toPrimitive]: boom, toJSON: boom }, 3, 3] as never),
      'scores',
    ],
  ])('%s: a message naming it, the heading stays', async (_, set, attribute) => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    set(chart);
    await settle(chart);
    expect(watch.uncaught).toEqual([]);
    expect(headingOf(chart)).toBe(FALKENBERG.heading);
    expect(drawn(chart)).toBe(false);
    expect(messageOf(chart)).toContain(`${attribute}:`);
    expect(watch.events.map((event) => event.detail.attribute)).toEqual([attribute]);
    // Good input afterwards draws again.
    chart.series = undefined;
    chart.areas = undefined;
    chart.scores = [3, 3, 3, 3, 3];
    chart.baseline = [2, 2, 2, 2, 2];
    await settle(chart);
    expect(drawn(chart)).toBe(true);
  });

  it('an update that throws leaves the heading and a message, and one console error', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(chart as unknown as { render(): unknown }, 'render').mockImplementationOnce(boom);
    chart.heading = 'Ny rubrik';
    await settle(chart).catch(() => {});
    await settle(chart);
    expect(watch.uncaught).toEqual([]);
    expect(errors).toHaveBeenCalledOnce();
    expect(headingOf(chart)).toBe('Ny rubrik');
    expect(messageOf(chart)).toContain('Diagrammet kan inte visas');
    // New data from the page draws again: a chart that failed once stayed a message for good.
    chart.scores = [3, 3, 3, 3, 3];
    await settle(chart);
    expect(drawn(chart)).toBe(true);
  });

  it("draws again when the author's table inside it changes after an update that threw", async () => {
    const chart = document.createElement('eprofile-radar');
    chart.setAttribute('lang', 'sv');
    chart.setAttribute('heading', 'Tabellen');
    const cell = (tag: string, text: string) => Object.assign(document.createElement(tag), { textContent: text });
    const table = document.createElement('table');
    table.createTHead().append(cell('tr', ''));
    table.tHead!.rows[0]!.append(cell('th', 'Område'), cell('th', 'Ort'));
    const body = table.createTBody();
    for (const area of ['E-förvaltning totalt', 'IT-plattform', 'Förändringsledning', 'Samverkan', 'Styrning'])
      body.insertRow().append(cell('th', area), cell('td', '3,0'));
    chart.append(table);
    document.body.append(chart);
    await settle(chart);
    expect(drawn(chart)).toBe(true);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(chart as unknown as { render(): unknown }, 'render').mockImplementationOnce(boom);
    chart.heading = 'Ny rubrik';
    await settle(chart).catch(() => {});
    await settle(chart);
    expect(drawn(chart)).toBe(false);
    chart.querySelector('td')!.textContent = '2,5';
    await new Promise((resolve) => setTimeout(resolve));
    await settle(chart);
    expect(drawn(chart)).toBe(true);
  });
});

/** A same-origin iframe, ready: plain, or with a Content-Security-Policy that refuses every inline style. */
async function frame(csp = false): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '640px';
  iframe.style.height = '900px';
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`;
  iframe.srcdoc = `<!doctype html><html lang="sv"><head>${csp ? policy : ''}</head><body></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe.contentDocument!;
}

/** Whether the chart's own styles apply where it is now: the hidden live region is taken out of the flow. */
const styled = (chart: EprofileRadar) => {
  const view = chart.ownerDocument.defaultView!;
  const region = chart.shadowRoot!.querySelector('.sr-only')!;
  const heading = chart.shadowRoot!.querySelector('[part="heading"]')!;
  return view.getComputedStyle(region).position === 'absolute' && view.getComputedStyle(heading).fontWeight === '700';
};

describe('a chart moved into another document keeps its styles', () => {
  const make = () => {
    const chart = document.createElement('eprofile-radar');
    for (const [name, value] of Object.entries({ ...FALKENBERG, lang: 'sv' })) chart.setAttribute(name, value);
    return chart;
  };
  it.each<[string, boolean, boolean]>([
    ['drawn in the page, then moved into an iframe', true, false],
    ['created in the page, first connected in an iframe', false, false],
    ['drawn in the page, moved into an iframe with a strict CSP', true, true],
    ['created in the page, first connected in an iframe with a strict CSP', false, true],
  ])('%s, and after moving back', async (_, drawFirst, csp) => {
    const chart = make();
    if (drawFirst) {
      document.body.append(chart);
      await settle(chart);
      expect(styled(chart)).toBe(true);
    }
    const doc = await frame(csp);
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    doc.body.append(chart);
    await settle(chart);
    expect(watch.uncaught).toEqual([]);
    expect(styled(chart)).toBe(true);
    expect(drawn(chart)).toBe(true);
    // A second chart in the same frame shares its sheets; one moved between two frames is styled in each.
    const second = make();
    doc.body.append(second);
    await settle(second);
    expect(styled(second)).toBe(true);
    expect(second.shadowRoot!.adoptedStyleSheets).toEqual(chart.shadowRoot!.adoptedStyleSheets);
    const other = await frame(csp);
    other.body.append(second);
    await settle(second);
    expect(styled(second)).toBe(true);
    document.body.append(chart);
    await settle(chart);
    expect(styled(chart)).toBe(true);
    expect(violations).toEqual([]);
    expect(watch.uncaught).toEqual([]);
  });
});

describe('smaller things', () => {
  it.each([
    ['a parent component', (host: HTMLElement) => host],
    ['an element inside the parent component', (_: HTMLElement, inner: HTMLElement) => inner],
    ['a nested component', (_: HTMLElement, __: HTMLElement, nested: HTMLElement) => nested],
  ])('follows lang set on %s whose shadow root holds the chart', async (_, where) => {
    document.documentElement.lang = 'sv';
    const host = document.createElement('div');
    document.body.append(host);
    const inner = document.createElement('section');
    host.attachShadow({ mode: 'open' }).append(inner);
    const nested = document.createElement('div');
    inner.append(nested);
    const chart = document.createElement('eprofile-radar');
    for (const [name, value] of Object.entries(FALKENBERG)) chart.setAttribute(name, value);
    nested.attachShadow({ mode: 'open' }).append(chart);
    await settle(chart);
    const takeaway = () => chart.shadowRoot!.querySelector('[part="takeaway"]')!.textContent!;
    expect(takeaway()).toContain('Över medel');
    where(host, inner, nested).setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(chart);
    expect(takeaway()).toContain('Above average');
    where(host, inner, nested).setAttribute('lang', 'sv');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(chart);
    expect(takeaway()).toContain('Över medel');
  });

  it.each([
    ['60 changes a second for a second', 60, 16],
    ['ten changes in one frame', 10, 0],
    ['a change every 200 ms', 8, 200],
  ])(
    'coalesces live-region announcements: %s → once, the latest, when the data stay still',
    async (_, count, every) => {
      const chart = await mount({ ...FALKENBERG, lang: 'sv' });
      const region = chart.shadowRoot!.querySelector('[aria-live]')!;
      const said: [number, string][] = [];
      const start = performance.now();
      new MutationObserver(() => said.push([performance.now() - start, region.textContent!.trim()])).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      for (let i = 1; i <= count; i++) {
        chart.scores = [1 + (i % 30) / 10, 3, 3, 3, 3];
        if (every) await new Promise((resolve) => setTimeout(resolve, every));
        else await chart.updateComplete;
      }
      const stopped = performance.now() - start - every;
      await new Promise((resolve) => setTimeout(resolve, 1300));
      // Waited for where a loaded machine is late to say it; then nothing more is said.
      await vi.waitFor(() => expect(said.some(([, text]) => text !== '')).toBe(true), { timeout: 5000 });
      await chart.updateComplete;
      // Said at the first change and then once a second, a listener heard five seconds of speech a second.
      const texts = said.filter(([, text]) => text !== '');
      expect(texts).toHaveLength(1);
      expect(texts[0]![0]).toBeGreaterThanOrEqual(stopped + 900);
      // What is said is where the data ended up.
      expect(texts[0]![1]).toContain(chart.shadowRoot!.querySelector('[part="takeaway"]')!.textContent!.trim());
    },
  );

  it('says data that never stay still every five seconds, in their latest words', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const region = chart.shadowRoot!.querySelector('[aria-live]')!;
    const said: number[] = [];
    const start = performance.now();
    new MutationObserver(() => region.textContent!.trim() && said.push(performance.now() - start)).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    // A page stepping through years every half second: under the quiet second's rule alone, never said.
    for (let i = 1; i <= 13; i++) {
      chart.scores = [1 + (i % 30) / 10, 3, 3, 3, 3];
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(said.length).toBeGreaterThanOrEqual(1);
    expect(said[0]!).toBeLessThan(5800);
  });

  it('says a change made just before its card was moved in the page', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    chart.scores = [1, 1, 1, 1, 1];
    await chart.updateComplete;
    // Re-sorted after the change was made, before it was said: taken out and put back in one task.
    chart.parentElement!.append(chart);
    await settle(chart);
    // Said once the data have stayed still a second: waited for, not slept on (a loaded machine takes longer).
    await vi.waitFor(
      () =>
        expect(chart.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim()).toMatch(/^Diagrammet uppdaterat: /),
      { timeout: 5000 },
    );
  });

  it('says nothing of a change whose data were then rejected', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    chart.scores = [1, 1, 1, 1, 1];
    await settle(chart);
    chart.scores = [9, 1, 1, 1, 1];
    await settle(chart);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    // Back to the data the listener heard: the change made and rejected meanwhile is no news. (Its announcement
    // went out under the alert, and came back with the chart as a stale "Diagrammet uppdaterat".)
    chart.scores = FALKENBERG.scores;
    await settle(chart);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(chart.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim()).toBe('');
  });

  it.each([
    ['theme', 'purple'],
    ['theme', 'DARK '],
    ['loading', 'later'],
    ['loading', '1'],
    ['controls', 'minimal'],
  ])('reports a junk %s value (%j) in the console and draws as by default', async (name, value) => {
    const chart = await mount({ ...FALKENBERG, [name]: value });
    expect(drawn(chart)).toBe(true);
    expect(watch.warnings.map(([line]) => String(line))).toEqual([
      expect.stringContaining(`${name}="${value}" is not one of`),
    ]);
    expect(watch.uncaught).toEqual([]);
  });

  it.each([
    ['9', 6, 'level 6'],
    ['0', 2, "the level the page's headings give"],
    ['abc', 2, "the level the page's headings give"],
  ])('reports heading-level="%s" in the console and uses the nearest level (%i)', async (value, level, used) => {
    const chart = await mount({ ...FALKENBERG, 'heading-level': value });
    expect(chart.shadowRoot!.querySelector('.heading')!.getAttribute('aria-level')).toBe(String(level));
    expect(watch.warnings.map(([line]) => String(line))).toEqual([
      expect.stringContaining(`heading-level="${value}" is not a level from 1 to 6; ${used} is used.`),
    ]);
  });

  it('takes heading-level="3" without a word, and the property 9 set from script with one that names 9', async () => {
    const chart = await mount({ ...FALKENBERG, 'heading-level': '3' });
    expect(chart.shadowRoot!.querySelector('.heading')!.getAttribute('aria-level')).toBe('3');
    expect(watch.warnings).toEqual([]);
    chart.headingLevel = 9;
    await chart.updateComplete;
    expect(watch.warnings.map(([line]) => String(line))).toEqual([
      expect.stringContaining('heading-level="9" is not a level from 1 to 6; level 6 is used.'),
    ]);
  });
});

describe('in-place changes (README, Reliability)', () => {
  it.each<[string, (chart: EprofileRadar) => void]>([
    ['a new array', (chart) => (chart.scores = [...(chart.scores as number[])])],
    ["requestUpdate('scores')", (chart) => chart.requestUpdate('scores')],
  ])('an array changed in place is drawn after %s, as documented', async (_, fix) => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    chart.scores = [3, 3, 3, 3, 3];
    await settle(chart);
    const label = () => chart.shadowRoot!.querySelector('.axis[data-index="2"]')!.getAttribute('aria-label');
    expect(label()).toContain(': 3,0,');
    (chart.scores as number[])[2] = 1.5;
    await settle(chart);
    expect(label()).toContain(': 3,0,');
    fix(chart);
    await settle(chart);
    expect(label()).toContain(': 1,5,');
  });
});
