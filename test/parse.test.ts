import { describe, expect, it } from 'vitest';
import { DEFAULT_AREAS, parseInput, parseNumber, splitList } from '../src/input/parse.js';
import { fill, locales } from '../src/i18n/strings.js';
import { problemLines } from '../src/model/credits.js';
import { describe as describeChart } from '../src/model/describe.js';

describe('parseNumber', () => {
  it('reads decimal commas and points alike', () => {
    expect(parseNumber('3,2')).toBe(3.2);
    expect(parseNumber('3.2')).toBe(3.2);
    expect(parseNumber('4')).toBe(4);
  });

  it('reads a value pasted with characters that show nothing (zero-width, direction marks, soft hyphen, BOM)', () => {
    // "3,0" with a zero-width space was refused as "”3,0” är inte ett tal", which looks right to the editor.
    for (const hidden of [
      '\u200b',
      '\u200c',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u2060',
      '\u202a',
      '\u2066',
      '\u00ad',
      '\ufeff',
    ])
      expect([hidden, parseNumber(`3${hidden},0`), parseNumber(`${hidden}4`)]).toEqual([hidden, 3, 4]);
    const { data, problems } = parseInput({ scores: '3,0\u200b 3,2 3,0 3,0 3,1', max: '4\u200e' });
    expect(problems).toEqual([]);
    expect(data!.series[0]!.values).toEqual([3, 3.2, 3, 3, 3.1]);
  });
});

describe('splitList', () => {
  it('splits on whitespace and semicolons, dropping list commas', () => {
    expect(splitList('3,0 3,2;3,0 ;3,0\n3,1')).toEqual(['3,0', '3,2', '3,0', '3,0', '3,1']);
    expect(splitList('3.0, 3.2, 3.0, 3.0, 3.1')).toEqual(['3.0', '3.2', '3.0', '3.0', '3.1']);
  });

  it("reads a spreadsheet's quoted cells as one value each, whatever separates them", () => {
    // Refused before as '"3,0"' is not a number.
    expect(splitList('"3,0";"3,2";"3,0";"3,0";"3,1"')).toEqual(['3,0', '3,2', '3,0', '3,0', '3,1']);
    // A comma-separated file quotes the cells with a decimal comma, and only those; its empty cell is kept.
    expect(splitList('"3,0",3,"3,1",,"2,5"')).toEqual(['3,0', '3', '3,1', '', '2,5']);
    expect(splitList('"3,0" "3,2"\t"uppgift saknas"')).toEqual(['3,0', '3,2', 'uppgift saknas']);
    // Quoted and bare values side by side: a bare decimal comma stays one value, a missing value's words one cell.
    expect(splitList('"3,0" 3,1 2 3')).toEqual(['3,0', '3,1', '2', '3']);
    expect(splitList('3,0 "3,2"')).toEqual(['3,0', '3,2']);
    expect(splitList('"3,0",uppgift saknas,"3,1",')).toEqual(['3,0', 'uppgift saknas', '3,1']);
    expect(splitList('"3,0", 3 2 1 3')).toEqual(['3,0', '3', '2', '1', '3']);
    expect(parseInput({ scores: '"3,0" 3,1 2 3 2,5' }).data?.series[0]?.values).toEqual([3, 3.1, 2, 3, 2.5]);
    // Quotes that are not around whole cells are kept, so a message shows the value as typed.
    expect(splitList('3 <a href="x">4</a> 3')).toEqual(['3', '<a', 'href="x">4</a>', '3']);
    expect(parseInput({ scores: '"3,0";"3,2";"3,0";"3,0";"3,1"' }).data?.series[0]?.values).toEqual([
      3, 3.2, 3, 3, 3.1,
    ]);
    expect(parseInput({ scores: '"3.0","3.2","uppgift saknas","3.0","3.1"' }).data?.series[0]?.values).toEqual([
      3,
      3.2,
      null,
      3,
      3.1,
    ]);
  });

  it("keeps a spreadsheet's empty cell between `;` or tabs as an empty value, read as missing", () => {
    // Dropped, it moved every later value an area back, and a Swedish CSV row drew the wrong areas in silence.
    expect(splitList('3,0;3,2;;3,0;3,1')).toEqual(['3,0', '3,2', '', '3,0', '3,1']);
    // The chart's own words for a missing value, its table view copied back: one value, in any list.
    for (const list of [
      '3,0;uppgift saknas;3,0;3,0;3,1',
      '3,0\tuppgift saknas\t3,0\t3,0\t3,1',
      '3,0 Uppgift saknas 3,0 3,0 3,1',
    ]) {
      expect(splitList(list)).toHaveLength(5);
      expect(parseInput({ scores: list }).data?.series[0]?.values).toEqual([3, null, 3, 3, 3.1]);
    }
    expect(parseInput({ scores: '3.0;no data;3.0;3.0;3.1' }).data?.series[0]?.values).toEqual([3, null, 3, 3, 3.1]);
    expect(parseNumber('Uppgift\n    saknas')).toBeNull();
    expect(splitList('2,8\t\t2,6\t3,0\t2,9')).toEqual(['2,8', '', '2,6', '3,0', '2,9']);
    expect(splitList(';3,2;3,1;3,0;3,1')).toEqual(['', '3,2', '3,1', '3,0', '3,1']);
    // A CSV row with decimal points keeps its empty cell too.
    expect(splitList('3.0,3.2,,3.0,3.1')).toEqual(['3.0', '3.2', '', '3.0', '3.1']);
    // A comma beside a space is a list comma, on either side.
    expect(splitList('3.0 ,3.2 ,3.0 ,3.0 ,3.1')).toEqual(['3.0', '3.2', '3.0', '3.0', '3.1']);
    expect(splitList('3.0,3.2 ,3.0,3.0,3.1')).toEqual(['3.0', '3.2', '3.0', '3.0', '3.1']);
    // A `;` after the last value ends the list; a tab there ends an empty last cell, as a spreadsheet copies it.
    expect(splitList('3;2;1;4;2;')).toEqual(['3', '2', '1', '4', '2']);
    expect(splitList('2,8\t3,4\t2,6\t3,0\t')).toEqual(['2,8', '3,4', '2,6', '3,0', '']);
    expect(splitList('\t3,4\t2,6\t3,0\t2,9')).toEqual(['', '3,4', '2,6', '3,0', '2,9']);
    // Nothing but separators is no values, however many cells.
    for (const scores of [';;;;', ';;;;;', ' \n\t '])
      expect(parseInput({ scores }).problems.map((problem) => problem.code)).toEqual(['empty']);
    // An attribute indented in a page's source, with tabs: its lines' whitespace goes.
    expect(parseInput({ scores: '\n\t\t3,0 3,2 3,0 3,0 3,1\n\t' }).data?.series[0]?.values).toEqual([
      3, 3.2, 3, 3, 3.1,
    ]);
    // In an attribute too: the whitespace around it goes, not a tab that ends an empty cell.
    expect(parseInput({ scores: '\t3,4\t2,6\t3,0\t2,9\n' }).data?.series[0]?.values).toEqual([null, 3.4, 2.6, 3, 2.9]);
    expect(parseInput({ scores: '2,8\t3,4\t2,6\t3,0\t' }).data?.series[0]?.values).toEqual([2.8, 3.4, 2.6, 3, null]);
    expect(parseInput({ scores: '3,0;3,2;;3,0;3,1' }).data?.series[0]?.values).toEqual([3, 3.2, null, 3, 3.1]);
    // A wrong count quotes the attribute as typed, not its values joined by spaces.
    expect(parseInput({ scores: '3,0; 3,2; 3,0' }).problems[0]).toMatchObject({
      code: 'count',
      value: '3,0; 3,2; 3,0',
    });
  });

  it('takes commas for list commas in a token with a decimal point (a CSV row), and leaves "3,2,1" whole', () => {
    expect(splitList('3.0,3.2,3.0,3.0,3.1')).toEqual(['3.0', '3.2', '3.0', '3.0', '3.1']);
    expect(splitList('3,3.2,3,3,3.1')).toEqual(['3', '3.2', '3', '3', '3.1']);
    expect(splitList('3,2,1,4,2')).toEqual(['3,2,1,4,2']);
  });
});

describe('scores written with commas only', () => {
  it('say that "3,2,1,4,2" could be either, and how to write each', () => {
    for (const lang of ['sv', 'en'] as const) {
      const { problems } = parseInput({ scores: '3,2,1,4,2' });
      expect(problems).toEqual([{ code: 'commas', attribute: 'scores', value: '3,2,1,4,2', params: undefined }]);
      const message = fill(locales[lang].errors.commas, { attribute: 'scores', value: '3,2,1,4,2' });
      expect(message).toMatch(lang === 'sv' ? /mellanslag eller semikolon/ : /spaces or semicolons/);
    }
    // One decimal comma is a number, as before.
    expect(parseInput({ scores: '3,2 1 4 2 2' }).problems).toEqual([]);
  });
});

describe('parseInput', () => {
  it('accepts the PRODUCT.md example', () => {
    const { data, problems } = parseInput({
      scores: '3,0 3,2 3,0 3,0 3,1',
      baseline: '2,1 2,1 2,0 2,0 2,0',
      label: 'Falkenberg',
    });
    expect(problems).toEqual([]);
    expect(data?.areas).toEqual([...DEFAULT_AREAS]);
    expect(data?.series).toEqual([{ label: 'Falkenberg', values: [3, 3.2, 3, 3, 3.1] }]);
    expect(data?.baseline?.values).toEqual([2.1, 2.1, 2, 2, 2]);
  });
});

describe('parseInput: accepted forms', () => {
  const values = (input: Parameters<typeof parseInput>[0]) => parseInput(input).data?.series[0]?.values;

  it('takes JSON arrays, arrays, and objects keyed by area key', () => {
    expect(values({ scores: '[3, 3.2, "3,0", 3, 3.1]' })).toEqual([3, 3.2, 3, 3, 3.1]);
    expect(values({ scores: [3, 3.2, 3, 3, 3.1] })).toEqual([3, 3.2, 3, 3, 3.1]);
    expect(values({ scores: { egov: 3, platform: 3.2, change: 3, cooperation: 3, governance: 3.1 } })).toEqual([
      3, 3.2, 3, 3, 3.1,
    ]);
    expect(values({ scores: '{"governance": 3.1}' })).toEqual([null, null, null, null, 3.1]);
  });

  it('reads "-", "–", "null" and JSON null as a missing value, never 0', () => {
    expect(values({ scores: '3 - – 3 3' })).toEqual([3, null, null, 3, 3]);
    // Statistics Sweden's mark for a value that is missing.
    expect(values({ scores: '3 .. 3 3 3' })).toEqual([3, null, 3, 3, 3]);
    expect(values({ scores: '[3, null, 3, 3, 3]' })).toEqual([3, null, 3, 3, 3]);
  });

  it('takes other scales and axes', () => {
    const { data } = parseInput({
      scores: '10 50 90',
      min: '0',
      max: '100',
      areas: [{ key: 'a' }, { key: 'b', label: 'B' }, { key: 'c' }],
    });
    expect(data?.areas).toEqual([{ key: 'a' }, { key: 'b', label: 'B' }, { key: 'c' }]);
    expect(data?.max).toBe(100);
  });

  it('takes up to four series through `series`', () => {
    const { data } = parseInput({
      series: [1, 2, 3, 4].map((n) => ({ label: `S${n}`, scores: [n, n, n, n, n] })),
      baseline: '2 2 2 2 2',
    });
    expect(data?.series.map((s) => s.label)).toEqual(['S1', 'S2', 'S3', 'S4']);
  });
});

describe('parseInput: rejected input names the attribute and the value', () => {
  const problems = (input: Parameters<typeof parseInput>[0]) =>
    parseInput(input).problems.map((p) => `${p.code} ${p.attribute} ${p.value}`);

  it('rejects words, out-of-range values and a wrong count; never clamps', () => {
    expect(problems({ scores: '3 3 tre 3 3' })).toEqual(['not-a-number scores tre']);
    expect(problems({ scores: '3 3 4,5 3 3' })).toEqual(['out-of-range scores 4,5']);
    expect(problems({ scores: '3 3 3 3' })).toEqual(['count scores 3 3 3 3']);
    expect(problems({ baseline: '1 1 1 1 -1', scores: '1 1 1 1 1' })).toEqual(['out-of-range baseline -1']);
    // Every bad value of a list, so an editor fixes them in one go; those with the same fault in one sentence, so
    // an attribute is one line and one event ("one per rejected attribute").
    expect(problems({ scores: '3,0 5,2 3,0 -1 tre' })).toEqual([
      'out-of-range scores 5,2 -1',
      'not-a-number scores tre',
    ]);
    const percent = parseInput({ scores: '75% 80% 75% 75% 78%' }).problems;
    expect(problemLines(percent, locales.sv, 5, 'sv')).toEqual(['scores: ”75%”, ”80%” och ”78%” är inte tal.']);
    expect(problemLines(percent, locales.en, 5, 'en')).toEqual(['scores: “75%”, “80%”, and “78%” are not numbers.']);
    const outside = parseInput({ scores: '3,0 5,2 3,0 -1 3' }).problems;
    expect(problemLines(outside, locales.sv, 5, 'sv')).toEqual(['scores: 5,2 och -1 ligger utanför skalan 0–4.']);
    // In the language's quotation marks, so a value that holds ASCII quotes (JSON, a pasted "label") reads as one
    // value rather than as quotes doubled.
    const json = parseInput({ scores: '{"egov": 3' }).problems;
    expect(problemLines(json, locales.sv, 5, 'sv')).toEqual(['scores: ogiltig JSON (”{"egov": 3”).']);
    const quoted = parseInput({ scores: '3 3 3 3 3"' }).problems;
    expect(problemLines(quoted, locales.en, 5, 'en')).toEqual(['scores: “3"” is not a number.']);
    // Counts said without a plural to agree with: "”3” är 1 värden" and "1 områden" read as mistakes.
    const one = parseInput({ scores: '3' }).problems;
    expect(problemLines(one, locales.sv, 5, 'sv')).toEqual([
      'scores: antal värden i ”3” är 1, men diagrammet har 5 områden.',
    ]);
    expect(problemLines(one, locales.en, 5, 'en')).toEqual([
      'scores: the number of values in “3” is 1, but the chart has 5 areas.',
    ]);
    const area = parseInput({ areas: [{ key: 'a' }], scores: '3' }).problems;
    expect(problemLines(area, locales.sv, 5, 'sv')).toEqual([
      'areas: antal områden i ”[{"key":"a"}]” är 1, men 3 till 12 krävs.',
    ]);
    // A wrong count beside bad values, and the values' faults beside a bad scale: all at once, not one after
    // another as each is fixed. Whether a value is on the scale waits for a scale.
    expect(problems({ scores: '3 9' })).toEqual(['out-of-range scores 9', 'count scores 3 9']);
    expect(problems({ scores: '3 3 tre 3 9', baseline: '2 2', min: 'x' })).toEqual([
      'not-a-number min x',
      'not-a-number scores tre',
      'count baseline 2 2',
    ]);
    expect(problems({ scores: '3 3', min: '4' })).toEqual(['scale min 4', 'count scores 3 3']);
    // Once each: the same bad value five times is one line.
    expect(problems({ scores: 'tre tre tre tre tre' })).toEqual(['not-a-number scores tre']);
    expect(parseInput({ scores: '3 3 4,5 3 3' }).data).toBeNull();
  });

  it('rejects a scale whose min is not below its max', () => {
    expect(problems({ scores: '1 1 1 1 1', min: '4', max: '4' })).toEqual(['scale min 4']);
    // Named by the bound the author set, so an app marks the right field.
    expect(problems({ scores: '1 1 1 1 1', max: '-1' })).toEqual(['scale max -1']);
    expect(problems({ scores: '1 1 1 1 1', min: '4' })).toEqual(['scale min 4']);
    // Each number named by its attribute: "min och max: 4 måste vara mindre än 4" read as a riddle.
    expect(fill(locales.sv.errors.scale, { min: 4, max: 4 })).toBe('min (4) måste vara mindre än max (4).');
    expect(fill(locales.en.errors.scale, { min: 4, max: 4 })).toBe('min (4) must be less than max (4).');
  });

  it('names a hole in a list of series, as in a list of scores, rather than drawing the series around it', () => {
    const series: { label: string; scores: number[] }[] = [];
    series[1] = { label: 'Falkenberg', scores: [3, 3, 2, 2, 3] };
    expect(problems({ series })).toEqual(['shape series[0] undefined']);
    expect(parseInput({ series }).data).toBeNull();
    // A bad series among good ones: no chart of the others, which would leave its reader one series short.
    expect(problems({ series: [{ scores: '1 1 1 1 1' }, { scores: '1 1' }] })).toEqual(['count series[1] 1 1']);
    expect(parseInput({ series: [{ scores: '1 1 1 1 1' }, { scores: '1 1' }] }).data).toBeNull();
    // An entry with no scores is named as given, not by what it lacks.
    expect(problems({ series: [{ scores: '1 1 1 1 1' }, {}] })).toEqual(['shape series[1] {}']);
    expect(problems({ series: [{ scores: '1 1 1 1 1' }, { label: 'Halmstad' }] })).toEqual([
      'shape series[1] {"label":"Halmstad"}',
    ]);
  });

  it('names an area key used twice as such', () => {
    const areas = [{ key: 'a', label: 'A' }, { key: 'a', label: 'B' }, { key: 'c' }];
    const found = parseInput({ areas, scores: '1 2 3' }).problems;
    expect(found.map((p) => `${p.code} ${p.attribute} ${p.value}`)).toEqual(['duplicate-key areas a']);
    expect(problemLines(found, locales.sv, 3, 'sv')).toEqual(['areas: nyckeln ”a” används för mer än ett område.']);
  });

  it('rejects unknown and inherited keys without touching Object.prototype', () => {
    expect(problems({ scores: '{"__proto__": 1, "egov": 2}' })).toEqual(['unknown-key scores __proto__']);
    expect(problems({ scores: '{"constructor": 1}' })).toEqual(['unknown-key scores constructor']);
    expect(({} as Record<string, unknown>).egov).toBeUndefined();
  });

  it('shortens a huge value in the message', () => {
    const [problem] = parseInput({ scores: '3 '.repeat(600_000) }).problems;
    expect(problem?.code).toBe('too-long');
    expect(problem!.value.length).toBeLessThanOrEqual(40);
  });
});

describe('parseInput: a huge list', () => {
  /** An array of `length` whose items count their reads: what reading it costs, without timing it. */
  function counted(length: number): { list: unknown[]; reads: () => number } {
    let reads = 0;
    const list = new Proxy([] as unknown[], {
      get(target, key, receiver) {
        if (key === 'length') return length;
        if (typeof key === 'string' && /^\d+$/.test(key)) {
          reads++;
          return 3;
        }
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    return { list, reads: () => reads };
  }

  it.each(['scores', 'areas', 'series'] as const)(
    'reports %s of 2³² − 1 items by their count, reading only the first few (a page was held for half a minute)',
    (key) => {
      const { list, reads } = counted(2 ** 32 - 1);
      const { data, problems } = parseInput({ [key]: list } as Record<string, unknown>);
      expect(data).toBeNull();
      expect(problems[0]!.params?.count).toBe(2 ** 32 - 1);
      expect(problems[0]!.value.length).toBeLessThanOrEqual(40);
      expect(reads()).toBeLessThanOrEqual(40);
    },
  );
});

describe('parseInput: a polluted Object.prototype', () => {
  it.each(['label', 'short', 'key', 'scores'])(
    "keeps a page's Object.prototype.%s out of the areas' and series' names",
    (name) => {
      const proto = Object.prototype as Record<string, unknown>;
      proto[name] = 'INJECTED';
      try {
        const { data } = parseInput({ series: [{ label: 'Ale', scores: '3 3 3 3 3' }], areas: undefined });
        const text = describeChart(data!, locales.sv, 'sv', '');
        expect([...text.areaLabels, ...text.radarShort, ...text.seriesLabels].join(' ')).not.toContain('INJECTED');
        const named = parseInput({
          areas: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
          series: [{ scores: '1 2 3' }],
        });
        const words = describeChart(named.data!, locales.sv, 'sv', '');
        expect([...words.areaLabels, ...words.seriesLabels].join(' ')).not.toContain('INJECTED');
      } finally {
        delete proto[name];
      }
    },
  );
});
