import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { EprofileRadar } from '../src/index.js';
import { mountFixture } from './a11y-fixtures.js';
import { axTree, descendants, emulate, heard, name, parkPointer, resetMedia, role } from './browser-a11y.js';
import { FALKENBERG } from './fixtures.js';
import { mount, settle, idle } from './mount.js';

afterAll(parkPointer);

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const button = (chart: EprofileRadar, text: string) =>
  Array.from(chart.shadowRoot!.querySelectorAll('button')).find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === text,
  )!;

async function click(chart: EprofileRadar, text: string): Promise<void> {
  await userEvent.click(button(chart, text));
  await settle(chart);
}

describe('the table view', () => {
  it('opens and closes with one click, says so with aria-expanded, and holds a real table', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const toggle = button(chart, 'Tabell');
    // The table exists only while open, and the toggle names it (aria-controls) only then.
    const wrap = () => chart.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
    expect(chart.shadowRoot!.getElementById('table')).toBeNull();
    await click(chart, 'Tabell');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(wrap().hidden).toBe(false);
    const table = wrap().querySelector('table')!;
    expect(table.caption!.textContent!.trim()).toBe('E-profil Falkenberg 2009: värden per område, skala 0–4');
    expect(Array.from(table.tHead!.rows[0]!.cells, (c) => [c.textContent!.trim(), c.getAttribute('scope')])).toEqual([
      ['Område', 'col'],
      ['Falkenberg', 'col'],
      ['Medel samtliga kommuner', 'col'],
      ['Skillnad mot medel', 'col'],
    ]);
    const rows = Array.from(table.tBodies[0]!.rows, (row) => Array.from(row.cells, (c) => c.textContent!.trim()));
    expect(rows[1]).toEqual(['IT-plattform, hård och mjuk infrastruktur', '3,2', '2,1', '+1,1']);
    expect(Array.from(table.tBodies[0]!.rows, (row) => row.cells[0]!.getAttribute('scope'))).toEqual(
      Array(5).fill('row'),
    );
    await click(chart, 'Tabell');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
    expect(chart.shadowRoot!.getElementById('table')).toBeNull();
  });

  it('moves focus to the table on opening, says its caption once, and Esc closes it back on its button', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const toggle = button(chart, 'Tabell');
    await click(chart, 'Tabell');
    const table = chart.shadowRoot!.querySelector('table')!;
    expect(chart.shadowRoot!.activeElement).toBe(table);
    const nodes = await axTree();
    const figure = nodes.find((node) => role(node) === 'figure')!;
    const caption = 'E-profil Falkenberg 2009: värden per område, skala 0–4';
    const said = heard(nodes, figure, 'sv').filter((u) => u.words.includes(caption));
    expect(said.map((u) => u.words)).toEqual([`tabell ${caption}`]);
    await userEvent.keyboard('{Escape}');
    await settle(chart);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(chart.shadowRoot!.activeElement).toBe(toggle);
    // Opened again and closed with its button, focus is on the button too.
    await click(chart, 'Tabell');
    await click(chart, 'Tabell');
    expect(chart.shadowRoot!.activeElement).toBe(toggle);
  });

  it("fits a phone's column with a long municipality's or comparison's name, whole words kept whole", async () => {
    // A word as long as "kommunstyrelseförvaltningen" made the table 409 px wide in a 304 px card.
    for (const names of [
      { label: 'Upplands-Bro kommun, kommunstyrelseförvaltningen' } as Record<string, string>,
      { 'baseline-label': 'Medel för kommungruppen Pendlingskommuner nära större stad' },
      { 'baseline-label': 'Riksgenomsnitt' },
      {
        lang: 'en',
        label: 'Upplands-Bro municipality, municipal executive office',
        'baseline-label': 'Average for the municipal group commuter municipalities',
      },
    ]) {
      const chart = await mount({ ...FALKENBERG, lang: 'sv', ...names }, 304);
      chart.shadowRoot!.querySelector<HTMLButtonElement>('button[data-view="table"]')!.click();
      await settle(chart);
      const wrap = chart.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
      expect(wrap.scrollWidth).toBeLessThanOrEqual(wrap.clientWidth);
      // Short names stay whole: "Falkenberg" was split to share the room out evenly.
      const text = document.createRange();
      text.selectNodeContents(chart.shadowRoot!.querySelectorAll('thead th')[1]!);
      const lines = new Set([...text.getClientRects()].map((rect) => Math.round(rect.top)));
      if (!names.label) expect([text.toString(), lines.size]).toEqual(['Falkenberg', 1]);
      chart.parentElement!.remove();
    }
  });

  it("fits a phone's column with each name over its numbers, and is still a table to a screen reader", async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' }, 304);
    await click(chart, 'Tabell');
    const wrap = chart.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
    // 428 px wide before, in a 280 px box that scrolled sideways.
    expect(wrap.scrollWidth).toBeLessThanOrEqual(wrap.clientWidth);
    const row = chart.shadowRoot!.querySelectorAll('tbody tr')[1]!.children;
    expect(row[0]!.getBoundingClientRect().bottom).toBeLessThanOrEqual(row[1]!.getBoundingClientRect().top + 1);
    // "Område" heads the names, which now stand over their numbers: read, not drawn.
    const area = chart.shadowRoot!.querySelector('thead th')!.getBoundingClientRect();
    expect([area.width, area.height]).toEqual([1, 1]);
    const nodes = await axTree();
    const table = nodes.find((node) => role(node) === 'table')!;
    const inside = descendants(nodes, table);
    expect(inside.filter((node) => role(node) === 'columnheader').map(name)).toEqual([
      'Område',
      'Falkenberg',
      'Medel samtliga kommuner',
      'Skillnad mot medel',
    ]);
    expect(inside.filter((node) => role(node) === 'row')).toHaveLength(6);
    expect(inside.filter((node) => role(node) === 'rowheader').map(name)[1]).toBe(
      'IT-plattform, hård och mjuk infrastruktur',
    );
    expect(
      inside
        .filter((node) => role(node) === 'cell')
        .map(name)
        .slice(3, 6),
    ).toEqual(['3,2', '2,1', '+1,1']);
  });

  it('writes numbers in the chart language', async () => {
    const chart = await mountFixture({ name: 'en', attributes: { ...FALKENBERG, lang: 'en' }, open: true });
    const row = chart.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')[1]!;
    expect(Array.from(row.cells, (c) => c.textContent!.trim())).toEqual([
      'IT platform, hard and soft infrastructure',
      '3.2',
      '2.1',
      '+1.1',
    ]);
  });
});

describe('the dot-plot view', () => {
  it('opens with one click and puts every value on the radar scale', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' }, 800);
    const toggle = button(chart, 'Punktdiagram');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click(chart, 'Punktdiagram');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const plot = chart.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!.querySelector('svg')!;
    // Its rows as text for screen readers, never an opaque image: a list named by its kind and as the table is, an
    // item per row.
    expect(plot.getAttribute('role')).toBe('list');
    expect(plot.getAttribute('aria-label')).toBe(
      'Punktdiagram, E-profil Falkenberg 2009: värden per område, skala 0–4',
    );
    const nodes = await axTree();
    const list = nodes.find((node) => role(node) === 'list' && name(node).startsWith('Punktdiagram, E-profil'))!;
    const rows = descendants(nodes, list);
    expect(rows.map(role)).toEqual(Array(5).fill('listitem'));
    expect(name(rows[1]!)).toBe('IT-plattform, hård och mjuk infrastruktur: 3,2, medel 2,1, +1,1');
    expect(nodes.some((node) => role(node) === 'image' || role(node) === 'img')).toBe(false);
    // The same scale as the radar's rings: 0 to 4, evenly spaced.
    const ticks = Array.from(plot.querySelectorAll('.tick'), (t) => [t.textContent, Number(t.getAttribute('x'))]);
    expect(ticks.map(([label]) => label)).toEqual(['0', '1', '2', '3', '4']);
    const xs = ticks.map(([, x]) => x as number);
    const step = (xs[4]! - xs[0]!) / 4;
    xs.forEach((x, i) => expect(x).toBeCloseTo(xs[0]! + i * step, 1));
    // Each dot sits at its value on that scale.
    const centre = (el: Element) => {
      const box = (el as SVGGraphicsElement).getBBox();
      return box.x + box.width / 2;
    };
    const values = Array.from(plot.querySelectorAll('.series .marker'), (m) => (centre(m) - xs[0]!) / step);
    values.forEach((value, i) => expect(value).toBeCloseTo([3.0, 3.2, 3.0, 3.0, 3.1][i]!, 1));
    const base = Array.from(plot.querySelectorAll('.baseline .marker'), (m) => (centre(m) - xs[0]!) / step);
    base.forEach((value, i) => expect(value).toBeCloseTo([2.1, 2.1, 2.0, 2.0, 2.0][i]!, 1));
    await click(chart, 'Punktdiagram');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('CSV download', () => {
  it('downloads the data for a Swedish spreadsheet: BOM, semicolons, decimal commas', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    let link: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      link = this; // eslint-disable-line @typescript-eslint/no-this-alias -- the link the chart clicked
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    await click(chart, 'Ladda ner');
    await userEvent.click(chart.shadowRoot!.querySelector<HTMLButtonElement>('[data-kind="csv"]')!);
    await settle(chart);
    expect(link!.download).toBe('e-profil-falkenberg-2009.csv');
    const bytes = new Uint8Array(await (await fetch(link!.href)).arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      'Område;Falkenberg;Medel samtliga kommuner',
      'E-förvaltning totalt;3,0;2,1',
      '"IT-plattform, hård och mjuk infrastruktur";3,2;2,1',
    ]);
  });
});

/**
 * An AudioContext that plays nothing and records what the chart scheduled, into the log of the test that stubbed
 * it: the chart keeps the one context a page makes, across tests too.
 */
interface Scheduled {
  type: string;
  hz: number;
  start: number;
  stopAt: number[];
}
interface AudioLog {
  made: number;
  oscillators: Scheduled[];
  disconnected: number;
}
let log: AudioLog = { made: 0, oscillators: [], disconnected: 0 };
class FakeAudioContext {
  currentTime = 0;
  destination = {};
  constructor() {
    log.made++;
  }
  resume() {
    return Promise.resolve();
  }
  createOscillator() {
    const tone: Scheduled = { type: '', hz: 0, start: NaN, stopAt: [] };
    log.oscillators.push(tone);
    return {
      set type(type: string) {
        tone.type = type;
      },
      frequency: {
        set value(hz: number) {
          tone.hz = hz;
        },
      },
      connect: (node: unknown) => node,
      start: (at: number) => (tone.start = at),
      stop: (at?: number) => tone.stopAt.push(at ?? -1),
    };
  }
  createGain() {
    return {
      gain: { setValueAtTime() {}, linearRampToValueAtTime() {} },
      connect: (node: unknown) => node,
      disconnect: () => log.disconnected++,
    };
  }
}
function fakeAudio(): AudioLog {
  log = { made: 0, oscillators: [], disconnected: 0 };
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return log;
}

describe('Lyssna (sonification)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes no AudioContext until the click, then a pair per area: Falkenberg, then the average in another voice', async () => {
    const audio = fakeAudio();
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    chart.shadowRoot!.querySelector<SVGGElement>('.axis')!.focus();
    await settle(chart);
    expect(audio.made).toBe(0);
    await click(chart, 'Lyssna');
    expect(audio.made).toBe(1);
    const tones = audio.oscillators;
    // Falkenberg 3,0 3,2 3,0 3,0 3,1 against 2,1 2,1 2,0 2,0 2,0 → 220 Hz at 0, 880 Hz at 4, exponential between.
    const hz = (v: number) => 220 * 2 ** ((2 * v) / 4);
    const pairs = [3.0, 3.2, 3.0, 3.0, 3.1].flatMap((v, i) => [hz(v), hz([2.1, 2.1, 2.0, 2.0, 2.0][i]!)]);
    expect(tones).toHaveLength(10);
    tones.forEach((tone, i) => expect(tone.hz).toBeCloseTo(pairs[i]!, 6));
    expect(tones.map((tone) => tone.type)).toEqual(Array(5).fill(['triangle', 'square']).flat());
    tones.slice(1).forEach((tone, i) => expect(tone.start).toBeGreaterThan(tones[i]!.start));
    expect(button(chart, 'Lyssna').getAttribute('aria-pressed')).toBe('true');
    // Pressed again, it stops: every tone silenced at once, the button no longer pressed.
    await click(chart, 'Lyssna');
    expect(audio.disconnected).toBeGreaterThan(0);
    expect(tones.every((tone) => tone.stopAt.includes(-1))).toBe(true);
    expect(button(chart, 'Lyssna').getAttribute('aria-pressed')).toBe('false');
  });

  it('rests for a missing value, says what the tones are and each area as it plays, and stops on Esc', async () => {
    const audio = fakeAudio();
    const chart = await mount({ ...FALKENBERG, scores: '3,0 - 3,0 3,0 3,1', lang: 'sv' });
    const region = chart.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await click(chart, 'Lyssna');
    // The missing value is a rest: nine tones, none of them for area 2's Falkenberg.
    expect(audio.oscillators).toHaveLength(9);
    // What the tones are, said before the first of them starts (it covered them), then each area with its tones.
    await settle(chart);
    expect(region.textContent!.trim()).toBe('Först Falkenberg, sedan medel; högre ton för högre värde.');
    const first = Math.min(...audio.oscillators.map((tone) => tone.start));
    expect(first).toBeGreaterThanOrEqual(2.5);
    await vi.waitFor(() => expect(region.textContent!.trim()).toBe('E-förvaltning totalt'), { timeout: 5000 });
    await vi.waitFor(() => expect(region.textContent!.trim()).toBe('IT-plattform, hård och mjuk infrastruktur'), {
      timeout: 3000,
    });
    await userEvent.keyboard('{Escape}');
    await settle(chart);
    expect(button(chart, 'Lyssna').getAttribute('aria-pressed')).toBe('false');
    expect(audio.disconnected).toBeGreaterThan(0);
    // Nothing more is announced once stopped.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(region.textContent!.trim()).toBe('');
  });
});

describe('live changes', () => {
  it('announces a data change once, politely, and nothing on first render', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const regions = chart.shadowRoot!.querySelectorAll('[aria-live]');
    expect(regions).toHaveLength(1);
    const region = regions[0]!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent!.trim()).toBe('');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    chart.scores = '1,0 1,2 1,0 1,0 1,1';
    await settle(chart);
    // Once the data have stayed still a moment; which chart, by its title: a page may hold many.
    await vi.waitFor(
      () =>
        expect(region.textContent!.trim()).toBe(
          'Diagrammet uppdaterat: E-profil Falkenberg 2009. Under medel i alla fem områden, mest i E-förvaltning.',
        ),
      { timeout: 5000 },
    );
    const after = changes.length;
    expect(after).toBeGreaterThan(0);
    // Moving around the chart and setting the same data again say nothing new.
    chart.shadowRoot!.querySelector<SVGGElement>('.axis')!.focus();
    await settle(chart);
    chart.scores = '1,0 1,2 1,0 1,0 1,1';
    await settle(chart);
    await userEvent.keyboard('{ArrowRight}');
    await settle(chart);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(changes.length).toBe(after);
    observer.disconnect();
  });

  it('announces new data that the takeaway sums up in the same words', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const region = chart.shadowRoot!.querySelector('[aria-live]')!;
    const before = chart.shadowRoot!.querySelector('.takeaway')!.textContent;
    // E-förvaltning 3,0 → 2,9: still above in every area, still most in IT-plattform and Styrning.
    chart.scores = '2,9 3,2 3,0 3,0 3,1';
    await settle(chart);
    expect(chart.shadowRoot!.querySelector('.takeaway')!.textContent).toBe(before);
    await vi.waitFor(
      () =>
        expect(region.textContent!.trim()).toBe(
          'Diagrammet uppdaterat: E-profil Falkenberg 2009. Över medel i alla fem områden, mest i IT-plattform och Styrning.',
        ),
      { timeout: 5000 },
    );
  });
});

describe('development warnings in the console', () => {
  it('warns when the chart has neither heading nor label, and not when it has one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await mount({ scores: FALKENBERG.scores, lang: 'sv' });
    expect(warn.mock.calls.flat().join('\n')).toMatch(/no heading or label/);
    warn.mockClear();
    await mount({ ...FALKENBERG, lang: 'sv' });
    expect(warn).not.toHaveBeenCalled();
  });

  it("warns when an author's strings for another language leave texts out, which then show in Swedish", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // The README's example: a sentence mixed Swedish words with the German "und" of its lists, in silence.
    const chart = await mount({ ...FALKENBERG, lang: 'de' });
    chart.strings = { showTable: 'Als Tabelle zeigen', tableShort: 'Tabelle', howToRead: 'Hilfe' };
    await settle(chart);
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringMatching(
        /^<eprofile-radar>: strings for lang="de" leave out \d+ texts \([\w.]+, [\w.]+, [\w.]+, …\), which are shown in Swedish\.$/,
      ),
    ]);
    // Once a page: again for this chart, or for another with the same strings, is not said again.
    chart.heading = 'Neu';
    await settle(chart);
    const other = await mount({ ...FALKENBERG, lang: 'de' });
    other.strings = chart.strings;
    await settle(other);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockClear();
    // A chart that takes its language from the page: its first update has not read the page's yet.
    const page = document.createElement('div');
    page.lang = 'fr';
    const french = document.createElement('eprofile-radar');
    for (const [key, value] of Object.entries(FALKENBERG)) french.setAttribute(key, value);
    french.strings = { tableShort: 'Tableau' };
    page.append(french);
    document.body.append(page);
    await settle(french);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(french);
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringMatching(/^<eprofile-radar>: strings for lang="fr" leave out \d+ texts/),
    ]);
    warn.mockClear();
    const english = await mount({ ...FALKENBERG, lang: 'en' });
    english.strings = { tableShort: 'Data' };
    await settle(english);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns that series, areas and strings are properties, where markup gives them as attributes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Ignored without a word before: the chart only said it had no values.
    const chart = await mount({ lang: 'sv', heading: 'E-profiler', series: '[{"label":"A","scores":[1,2,3,4,3]}]' });
    const lines = warn.mock.calls.map((call) => String(call[0]));
    expect(lines).toEqual([
      '<eprofile-radar>: the series attribute is not read: series is a property (chart.series = …).',
    ]);
    expect(warn.mock.calls[0]![1]).toBe(chart);
    warn.mockClear();
    await mount({ ...FALKENBERG, lang: 'sv' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns about an author colour that fails contrast, naming the property and the ratio', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const chart = document.createElement('eprofile-radar');
    for (const [key, value] of Object.entries({ ...FALKENBERG, lang: 'sv', theme: 'light' }))
      chart.setAttribute(key, value);
    chart.style.setProperty('--eprofile-series-1', '#ffd84d');
    chart.style.setProperty('--eprofile-muted-color', 'oklch(75% 0 0)');
    chart.style.setProperty('--eprofile-baseline-color', '#333');
    document.body.append(chart);
    await settle(chart);
    await idle();
    const lines = warn.mock.calls.map((call) => String(call[0]));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^<eprofile-radar>: --eprofile-muted-color oklch\(75% 0 0\) has contrast 2\.\d\d:1 .*text need 4\.5:1/,
    );
    expect(lines[1]).toMatch(
      /^<eprofile-radar>: --eprofile-series-1 #ffd84d has contrast 1\.38:1 against the background #ffffff; lines, markers and focus need 3:1/,
    );
  });

  it('warns about an author colour that is no colour at all: its line was not drawn, without a word', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await mount({
      ...FALKENBERG,
      lang: 'sv',
      theme: 'light',
      style: '--eprofile-series-1: #05a8c; --eprofile-baseline-color: grey50',
    });
    await idle();
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      '<eprofile-radar>: --eprofile-series-1 #05a8c is not a CSS colour, so its line is not drawn and its markers are black.',
      '<eprofile-radar>: --eprofile-baseline-color grey50 is not a CSS colour, so its line is not drawn and its markers are black.',
    ]);
  });

  it('judges the default colours against an author background, and says nothing for good colours', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = await mount({ ...FALKENBERG, lang: 'sv', theme: 'light', style: '--eprofile-series-1: #0b62a4' });
    await idle();
    expect(warn).not.toHaveBeenCalled();
    good.remove();
    await mount({ ...FALKENBERG, lang: 'sv', theme: 'light', style: '--eprofile-background: #202020' });
    await idle();
    const text = warn.mock.calls.map((call) => String(call[0])).join('\n');
    expect(text).toMatch(
      /--eprofile-text-color \(default\) #1b1b1b has contrast 1\.\d\d:1 against the background #202020/,
    );
    expect(text).toMatch(/--eprofile-series-1 \(default\)/);
  });

  it('says nothing under forced colours, where the system picks the colours', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await emulate({ 'forced-colors': 'active' });
    try {
      await mount({ ...FALKENBERG, lang: 'sv', style: '--eprofile-series-1: #ffee00' });
      await idle();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      await resetMedia();
    }
  });
});
