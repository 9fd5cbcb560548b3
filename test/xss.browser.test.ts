import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EprofileRadar } from '../src/index.js';
import { mount, settle, openTable } from './mount.js';

/** Markup and script in every shape a text might take; each would set a flag if it ever ran. */
const PAYLOADS = [
  '<img src=x onerror=__xss(1)>',
  '<script>__xss(2)</script>',
  '"><svg onload=__xss(3)>',
  "'></text><script>__xss(4)</script>",
  '<iframe srcdoc="<script>parent.__xss(5)</script>">',
  '{label} &amp; &lt;b&gt;',
  'javascript:__xss(6)',
];

const ran: unknown[] = [];
(window as unknown as { __xss: (n: unknown) => void }).__xss = (n) => ran.push(n);

beforeEach(() => {
  // The rejected-value step warns by design; keep the payloads out of the test log.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Every element the chart drew, across its shadow root. */
const elements = (chart: EprofileRadar) => [...chart.shadowRoot!.querySelectorAll('*')];
const flat = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function assertInert(chart: EprofileRadar): void {
  const all = elements(chart);
  expect(all.filter((el) => ['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName))).toEqual([]);
  const handlers = all.flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on')));
  expect(handlers).toEqual([]);
  // The only <svg>s are the chart's own: the radar, its marker definitions, legend glyphs and the dot plot.
  for (const svg of chart.shadowRoot!.querySelectorAll('svg'))
    expect(svg.getAttribute('class')).toMatch(/radar|marker-defs|glyph|dotplot/);
}

describe('text is text', () => {
  it.each(PAYLOADS)('shows %s as typed in every attribute, property and view', async (payload) => {
    const chart = await mount({
      label: payload,
      'baseline-label': `${payload} B`,
      heading: `${payload} H`,
      scores: '3 3,2 3 3 3,1',
      baseline: '2 2 2 2 2',
      lang: 'sv',
    });
    chart.areas = [0, 1, 2, 3, 4].map((i) => ({ key: `k${i}`, label: `${payload} ${i}` }));
    await settle(chart);
    const root = chart.shadowRoot!;
    expect(flat(root.querySelector('[part="heading"]'))).toBe(`${payload} H`);
    expect([...root.querySelectorAll('.legend li')].map(flat)).toEqual([payload, `${payload} B`]);
    expect(root.querySelector('.axis')?.getAttribute('aria-label')).toContain(`${payload} 0`);
    await openTable(chart);
    expect(flat(root.querySelector('tbody th'))).toBe(`${payload} 0`);
    expect([...root.querySelectorAll('thead th')].map(flat)).toContain(payload);

    // The tooltip and the dot plot render the same texts through their own templates.
    const label = root.querySelector('.axis-label')!.getBoundingClientRect();
    const at = { bubbles: true, clientX: label.left + label.width / 2, clientY: label.top + label.height / 2 };
    root.querySelector('svg.radar')!.dispatchEvent(new PointerEvent('pointermove', at));
    const dots = [...root.querySelectorAll('button')].find((b) => b.dataset.view === 'dotplot')!;
    dots.click();
    await settle(chart);
    expect(flat(root.querySelector('.tooltip strong'))).toBe(`${payload} 0`);
    expect(flat(root.querySelector('.tooltip li'))).toContain(payload);
    expect(root.querySelector('svg.dotplot')?.textContent).toContain(`${payload} 0`.split(' ')[0]);

    // Custom strings, the generated takeaway replaced, several series.
    chart.takeaway = `${payload} T`;
    chart.strings = { errorPrefix: `${payload} E`, missing: `${payload} M`, areas: { k0: 'x' } };
    chart.series = [
      { label: `${payload} S1`, scores: [3, null, 3, 3, 3] },
      { label: `${payload} S2`, scores: [2, 2, 2, 2, 2] },
    ];
    await settle(chart);
    expect(flat(root.querySelector('[part="takeaway"]'))).toBe(`${payload} T`);
    expect([...root.querySelectorAll('.legend li')].map(flat)).toEqual([
      `${payload} S1`,
      `${payload} S2`,
      `${payload} B`,
    ]);
    await openTable(chart);
    expect(flat(root.querySelector('tbody tr:nth-child(2) td'))).toBe(`${payload} M`);

    // A rejected value is quoted in the message as typed.
    chart.series = undefined;
    const token = payload.replace(/[\s;]+/g, '');
    chart.scores = `3 ${token} 3 3 3`;
    await settle(chart);
    expect(flat(root.querySelector('[part="message"] strong'))).toBe(`${payload} E`);
    expect(flat(root.querySelector('[part="message"] li'))).toContain(token.slice(0, 20));

    assertInert(chart);
    expect(ran).toEqual([]);
  });

  it('reads a light-DOM table cell by cell as text', async () => {
    const container = document.createElement('div');
    container.style.width = '480px';
    document.body.append(container);
    const chart = document.createElement('eprofile-radar');
    chart.lang = 'sv';
    const table = document.createElement('table');
    const row = (cells: string[], tag: 'th' | 'td') => {
      const tr = table.insertRow();
      for (const [i, cell] of cells.entries()) {
        const el = document.createElement(i === 0 || tag === 'th' ? 'th' : 'td');
        el.textContent = cell;
        tr.append(el);
      }
    };
    row(['Område', PAYLOADS[0]!, PAYLOADS[2]!], 'th');
    for (const [i, payload] of PAYLOADS.slice(0, 5).entries()) row([payload, '3,0', `2,${i}`], 'td');
    chart.append(table);
    container.append(chart);
    await settle(chart);
    const root = chart.shadowRoot!;
    await openTable(chart);
    expect([...root.querySelectorAll('tbody th')].map(flat)).toEqual(
      PAYLOADS.slice(0, 5).map((p) => flat(document.createTextNode(p))),
    );
    expect([...root.querySelectorAll('.legend li')].map(flat)).toEqual([PAYLOADS[0], PAYLOADS[2]]);
    assertInert(chart);
    expect(ran).toEqual([]);
  });
});
