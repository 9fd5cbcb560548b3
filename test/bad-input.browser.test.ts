import { describe, expect, it } from 'vitest';
import type { EprofileErrorCode, EprofileRadar } from '../src/index.js';
import { shorten } from '../src/input/parse.js';
import { FALKENBERG } from './fixtures.js';
import { watchPage } from './watch.js';
import { mount, settle, openTable } from './mount.js';
import { markerCount } from './asserts.js';

const watch = watchPage();

const messageOf = (chart: EprofileRadar) =>
  chart.shadowRoot!.querySelector('[part="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const drawn = (chart: EprofileRadar) => chart.shadowRoot!.querySelector('svg.radar') !== null;

/** One row: attributes over a valid chart, the attribute blamed, the value named, and what the message shows. */
interface Row {
  name: string;
  attributes: Record<string, string>;
  attribute: string;
  value: string;
  /** Why, as `detail.code` says it. */
  code: EprofileErrorCode;
  /** Substrings the message must contain besides the title; defaults to the attribute and the quoted value. */
  shows?: string[];
  lang?: 'sv' | 'en';
}

const MEGABYTE = '3 '.repeat(512 * 1024);

const rows: Row[] = [
  {
    name: 'words',
    code: 'not-a-number',
    attributes: { scores: 'tre tre tre tre tre' },
    attribute: 'scores',
    value: 'tre',
  },
  {
    name: 'a version number',
    code: 'not-a-number',
    attributes: { scores: '3.2.1 3 3 3 3' },
    attribute: 'scores',
    value: '3.2.1',
  },
  { name: 'NaN', code: 'not-a-number', attributes: { scores: '3 NaN 3 3 3' }, attribute: 'scores', value: 'NaN' },
  {
    name: 'Infinity',
    code: 'not-a-number',
    attributes: { scores: '3 3 Infinity 3 3' },
    attribute: 'scores',
    value: 'Infinity',
  },
  {
    name: 'an exponent',
    code: 'not-a-number',
    attributes: { scores: '3 3 3 3 1e0' },
    attribute: 'scores',
    value: '1e0',
  },
  {
    name: 'empty',
    code: 'empty',
    attributes: { scores: '' },
    attribute: 'scores',
    value: '',
    shows: ['scores', '(””)'],
  },
  {
    name: 'whitespace only',
    code: 'empty',
    attributes: { scores: ' \n\t ' },
    attribute: 'scores',
    value: ' \n\t ',
    shows: ['scores'],
  },
  { name: 'too few values', code: 'count', attributes: { scores: '3 3 3' }, attribute: 'scores', value: '3 3 3' },
  {
    name: 'too many values',
    code: 'count',
    attributes: { scores: '3 3 3 3 3 3' },
    attribute: 'scores',
    value: '3 3 3 3 3 3',
  },
  {
    name: 'out of range',
    code: 'out-of-range',
    attributes: { scores: '3 3 4,5 3 3' },
    attribute: 'scores',
    value: '4,5',
    shows: ['scores', '4,5', '0–4'],
  },
  {
    name: 'negative',
    code: 'out-of-range',
    attributes: { scores: '3 -1 3 3 3' },
    attribute: 'scores',
    value: '-1',
    shows: ['scores', '-1', '0–4'],
  },
  {
    name: 'a bad baseline',
    code: 'not-a-number',
    attributes: { baseline: '2 2 x 2 2' },
    attribute: 'baseline',
    value: 'x',
  },
  {
    name: 'min >= max',
    code: 'scale',
    attributes: { min: '4', max: '0' },
    attribute: 'min',
    value: '4',
    shows: ['min', 'max', '4', '0'],
  },
  {
    name: 'min = max',
    code: 'scale',
    attributes: { min: '2', max: '2' },
    attribute: 'min',
    value: '2',
    shows: ['min', '2'],
  },
  // The bound the author changed, so an app marks that field: max="-1" under the default min of 0.
  {
    name: 'max below the default min',
    code: 'scale',
    attributes: { max: '-1' },
    attribute: 'max',
    value: '-1',
    shows: ['max', '-1'],
  },
  { name: 'min not a number', code: 'not-a-number', attributes: { min: 'noll' }, attribute: 'min', value: 'noll' },
  {
    name: 'a 1 MB attribute',
    code: 'too-long',
    attributes: { scores: MEGABYTE },
    attribute: 'scores',
    value: shorten(MEGABYTE),
    shows: ['scores', shorten(MEGABYTE), String(MEGABYTE.length)],
  },
  { name: 'malformed JSON', code: 'json', attributes: { scores: '[3, 3, 3' }, attribute: 'scores', value: '[3, 3, 3' },
  {
    name: 'JSON of the wrong shape',
    code: 'shape',
    attributes: { scores: '{"egov": [3]}' },
    attribute: 'scores',
    value: '[3]',
  },
  {
    name: 'a nested JSON array',
    code: 'shape',
    attributes: { scores: '[[3], 3, 3, 3, 3]' },
    attribute: 'scores',
    value: '[3]',
  },
  {
    name: '__proto__ key',
    code: 'unknown-key',
    attributes: { scores: '{"__proto__": {"polluted": 1}}' },
    attribute: 'scores',
    value: '__proto__',
  },
  {
    name: 'constructor key',
    code: 'unknown-key',
    attributes: { baseline: '{"constructor": 2}' },
    attribute: 'baseline',
    value: 'constructor',
  },
  {
    name: 'English',
    code: 'count',
    attributes: { scores: '3 3 3', lang: 'en' },
    attribute: 'scores',
    value: '3 3 3',
    lang: 'en',
  },
];

describe('bad input', () => {
  it.each(rows)('$name: a localized message naming attribute and value, one warning, one event', async (row) => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv', ...row.attributes });
    const text = messageOf(chart);
    expect(text).not.toBeNull();
    const lines = [...chart.shadowRoot!.querySelectorAll('[part="message"] li')].map((li) => li.textContent);
    expect(lines).toHaveLength(1);
    expect(text).toContain(row.lang === 'en' ? 'The chart cannot be shown' : 'Diagrammet kan inte visas');
    const quoted = row.lang === 'en' ? `“${row.value}”` : `”${row.value}”`;
    for (const part of row.shows ?? [row.attribute, quoted]) expect(text).toContain(part.trim());
    expect(watch.warnings).toHaveLength(1);
    expect(String(watch.warnings[0]![0])).toContain(lines[0]);
    // The chart at fault follows the words, for the console to point at on a page of many.
    expect(watch.warnings[0]![1]).toBe(chart);
    expect(watch.events).toHaveLength(1);
    expect(watch.events[0]!.detail).toEqual({
      message: lines[0],
      attribute: row.attribute,
      value: row.value,
      code: row.code,
    });
    expect(watch.events[0]!.bubbles && watch.events[0]!.composed).toBe(true);
    expect(watch.uncaught).toEqual([]);
    expect(drawn(chart)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names every bad value of an attribute in one line, one warning and one event', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv', scores: '3,0 5,2 3,0 -1 tre', baseline: '75% 2 2 2 80%' });
    const lines = [...chart.shadowRoot!.querySelectorAll('[part="message"] li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'scores: 5,2 och -1 ligger utanför skalan 0–4.',
      'scores: ”tre” är inte ett tal.',
      'baseline: ”75%” och ”80%” är inte tal.',
    ]);
    expect(watch.warnings).toHaveLength(1);
    for (const line of lines) expect(String(watch.warnings[0]![0])).toContain(line);
    // One event per fault of an attribute: before, each bad value of a list was an event of its own.
    expect(watch.events.map((event) => [event.detail.attribute, event.detail.value])).toEqual([
      ['scores', '5,2 -1'],
      ['scores', 'tre'],
      ['baseline', '75% 80%'],
    ]);
  });

  it("reads a CMS table's header row of plain cells as its header, not as values", async () => {
    // No <thead>, no <th>: what a CMS or a word processor makes. Read as data, it was "Falkenberg är inte ett tal".
    const tableChart = async (rows: string[][]) => {
      const container = document.createElement('div');
      container.style.width = '480px';
      const chart = document.createElement('eprofile-radar');
      chart.lang = 'sv';
      const table = document.createElement('table');
      for (const cells of rows) {
        const row = table.insertRow();
        for (const text of cells) row.insertCell().textContent = text;
      }
      chart.append(table);
      container.append(chart);
      document.body.append(container);
      await settle(chart);
      return chart;
    };
    const body = ['3,0 2,1', '3,2 2,1', '3,0 2,0', '3,0 2,0', '3,1 2,0'].map((pair, i) => [
      `Ort ${i}`,
      ...pair.split(' '),
    ]);
    const legend = (chart: EprofileRadar) =>
      [...chart.shadowRoot!.querySelectorAll('.legend li')].map((li) => li.textContent?.trim());
    const named = await tableChart([['Område', 'Falkenberg', 'Medel'], ...body]);
    expect(messageOf(named)).toBeNull();
    expect(drawn(named)).toBe(true);
    expect(legend(named)).toEqual(['Falkenberg', 'Medel']);
    // A difference column headed by its mark alone: still the header row, and the column not drawn.
    const withDiff = await tableChart([['Område', 'Medel', 'Falkenberg', '±'], ...body.map((row) => [...row, '+0,9'])]);
    expect(messageOf(withDiff)).toBeNull();
    expect(legend(withDiff)).toEqual(['Falkenberg', 'Medel']);
    // A first row of marks is data, and reported: not taken for a header, which lost an area without a word.
    const marked = await tableChart([['Ort', '3,0*', '2,1'], ...body.slice(1)]);
    expect(messageOf(marked)).toContain('”3,0*” är inte ett tal');
    expect(watch.events.map((event) => event.detail.value)).toEqual(['3,0*']);
  });

  it('a chart given nothing yet says it has no values, and reports nothing: an app may set its data later', async () => {
    const chart = await mount({ heading: 'E-profiler 2009', lang: 'sv' });
    expect(drawn(chart)).toBe(false);
    expect(messageOf(chart)).toBe('Inga värden att visa.');
    // Not an alert, no warning, no event: an app that fetches its data made every page load report an error, and
    // its readers saw one flash by.
    expect(chart.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    expect(watch.warnings).toEqual([]);
    expect(watch.events).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    chart.scores = [3, 3.2, 3, 3, 3.1];
    await settle(chart);
    expect(drawn(chart)).toBe(true);
    expect(messageOf(chart)).toBeNull();
    // `null` clears the values, as removing the attribute does: nothing again, not bad input.
    chart.scores = null;
    await settle(chart);
    expect(messageOf(chart)).toBe('Inga värden att visa.');
    expect(watch.events).toEqual([]);
    // An empty attribute is input, and rejected as before.
    chart.setAttribute('scores', '');
    await settle(chart);
    expect(messageOf(chart)).toContain('scores: inga värden');
    expect(watch.events).toHaveLength(1);
  });

  it('a valid chart given bad input shows the message, and given good input again draws again', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    expect(drawn(chart)).toBe(true);
    expect(watch.warnings).toEqual([]);

    chart.setAttribute('scores', '3 3 9 3 3');
    await settle(chart);
    expect(drawn(chart)).toBe(false);
    expect(messageOf(chart)).toContain('scores: 9 ligger utanför skalan 0–4');
    expect(watch.warnings).toHaveLength(1);
    expect(watch.events.map((event) => event.detail.value)).toEqual(['9']);

    chart.setAttribute('scores', '3,5 3 3 3 3');
    await settle(chart);
    expect(drawn(chart)).toBe(true);
    expect(messageOf(chart)).toBeNull();
    expect(markerCount(chart.shadowRoot!, '.series')).toBe(5);
    expect(watch.warnings).toHaveLength(1);
    expect(watch.events).toHaveLength(1);
    expect(watch.uncaught).toEqual([]);
  });

  it('removing text attributes and giving properties of the wrong type never throws', async () => {
    const chart = await mount({ ...FALKENBERG, takeaway: 'Egen sammanfattning' });
    for (const name of ['heading', 'takeaway', 'label', 'baseline-label', 'lang', 'theme', 'min', 'max']) {
      chart.removeAttribute(name);
    }
    await settle(chart);
    expect(drawn(chart)).toBe(true);
    const loose = chart as unknown as Record<string, unknown>;
    Object.assign(loose, { heading: 42, takeaway: null, label: {}, lang: 7, headingLevel: 'x' });
    chart.strings = { errors: { json: 'only one' }, missing: null, countWords: 'x' } as never;
    await settle(chart);
    expect(drawn(chart)).toBe(true);
    chart.scores = new Date() as never;
    await settle(chart);
    expect(messageOf(chart)).toContain('scores');
    chart.scores = [3, 3, 3, 3, 3];
    chart.areas = [{ key: 'constructor' }, { key: 'toString' }, { key: '__proto__' }];
    chart.baseline = undefined;
    await settle(chart);
    expect(drawn(chart)).toBe(false);
    expect(messageOf(chart)).toContain('scores');
    chart.scores = { constructor: 1, toString: 2, __proto__: 3 } as never;
    await settle(chart);
    expect(messageOf(chart)).toBeNull();
    expect(chart.shadowRoot!.querySelector('.axis-label')?.textContent?.trim()).toBe('constructor');
    expect(watch.uncaught).toEqual([]);
  });
});

describe('a missing value', () => {
  for (const [lang, word] of [
    ['sv', 'uppgift saknas'],
    ['en', 'no data'],
  ] as const) {
    it(`is shown and announced as "${word}" (${lang}), never drawn at the centre`, async () => {
      const chart = await mount({ ...FALKENBERG, lang, scores: '3 - 3 3 3' });
      const root = chart.shadowRoot!;
      expect(messageOf(chart)).toBeNull();
      expect(watch.events).toEqual([]);
      expect(root.querySelectorAll('.axis')).toHaveLength(5);
      expect(root.querySelector('.axis[data-index="1"]')?.getAttribute('aria-label')).toContain(word);
      expect(markerCount(root, '.series')).toBe(4);
      expect(markerCount(root, '.baseline')).toBe(5);
      // No vertex of the series' outline sits at the centre: the missing area is a gap, not a 0.
      const path = root.querySelector('.radar .series .line')!.getAttribute('d')!;
      const vertices = [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => Math.hypot(+x!, +y!));
      expect(vertices).toHaveLength(4);
      expect(Math.min(...vertices)).toBeGreaterThan(10);
      expect(root.querySelector('.takeaway')?.textContent).toContain(word === 'no data' ? 'No data' : 'Uppgift saknas');
      await openTable(chart);
      expect(root.querySelector('tbody tr:nth-child(2) td')?.textContent).toBe(word);
    });
  }
});
