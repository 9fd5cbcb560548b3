import { describe, expect, it } from 'vitest';
import { locales } from '../src/i18n/strings.js';
import { ANNOUNCE_LONGEST, ANNOUNCE_QUIET, announcementWait, changeAnnouncement } from '../src/model/announcement.js';
import { chartPipeline, chooseInput, readChart, type ChartFont } from '../src/model/chart.js';
import { listsAreas, maySkip, MIN_SKIPPABLE_WIDTH, radarBuilt } from '../src/model/drawing.js';
import { FALKENBERG } from './fixtures.js';

/** The decisions the element makes, taken from the one pipeline the element, the static renderer and SSR share. */

const TABLE = { scores: [1, 2, 3, 4, 3], baseline: [2, 2, 2, 2, 2], label: 'Från tabellen' };
const font: ChartFont = { measure: (text) => text.length * 7, size: 13, lineHeight: 17, markerSize: 8 };

describe('which input wins', () => {
  it('attributes over the table, the table when no scores or series are given', () => {
    expect(chooseInput({ scores: '1 2 3 4 3' }, TABLE).fromAttributes).toBe(true);
    expect(chooseInput({ series: [{ label: 'A', scores: [1, 2, 3, 4, 3] }] }, TABLE).fromAttributes).toBe(true);
    const fromTable = chooseInput({ max: '5' }, TABLE);
    expect(fromTable.fromAttributes).toBe(false);
    expect(fromTable.input).toMatchObject({ label: 'Från tabellen', max: '5' });
    // An empty series array is not input: the table still feeds the chart.
    expect(chooseInput({ series: [] }, TABLE).fromAttributes).toBe(false);
  });

  it('waits for a table still being parsed, and reports what is missing once the page is parsed', () => {
    expect(readChart({}, undefined, true)).toEqual({ data: null, problems: [], waiting: true, empty: false });
    const parsed = readChart({}, undefined, false);
    expect(parsed.waiting).toBe(false);
    // Given nothing at all: the problem is kept (the static renderer reports it), and the chart is marked empty,
    // which the element shows as a note, not as rejected input (an app may set its data later).
    expect(parsed.problems.map((problem) => problem.attribute)).toEqual(['scores']);
    expect(parsed.empty).toBe(true);
    expect(readChart({ scores: '' }, undefined, false).empty).toBe(false);
    expect(readChart({}, { series: [{ label: 'A', scores: [1, 2, 3, 2, 1] }] }, false).empty).toBe(false);
    // Nor do attributes that do not read while the page is parsed: a script further down may set the areas they
    // are read with. On a server, which runs no later script, their problems are reported at once.
    expect(readChart({ scores: '1 2 3' }, undefined, true).waiting).toBe(true);
    expect(readChart({ scores: '1 2 3' }, undefined, 'server').waiting).toBe(false);
    expect(readChart({}, undefined, 'server').waiting).toBe(true);
    expect(readChart({ scores: '9 9 9 9 9' }, undefined, false).waiting).toBe(false);
    // `scores = null` clears the values as removing the attribute does: nothing given, not bad input.
    expect(readChart({ scores: null }, undefined, false).empty).toBe(true);
    expect(readChart({ scores: null }, TABLE, false).data?.series[0]?.label).toBe('Från tabellen');
    // A lone series object (the list's brackets forgotten), or a number: given, and reported, not "no values".
    for (const series of [{ label: 'Falkenberg', scores: [3, 3.2, 3, 3, 3.1] }, 5]) {
      const read = readChart({ series }, undefined, false);
      expect(read.empty).toBe(false);
      expect(read.problems).toEqual([expect.objectContaining({ code: 'shape', attribute: 'series' })]);
    }
    expect(readChart({ series: [] }, undefined, false).empty).toBe(true);
    // `cond && list` in a template: nothing given, so the chart's table draws.
    expect(chooseInput({ series: false }, TABLE).fromAttributes).toBe(false);
  });
});

describe('which locale', () => {
  const pipeline = chartPipeline();
  const words = (props: object, pageLang = '') => pipeline.words({ ...FALKENBERG, ...props }, { pageLang });

  it("the chart's lang over the page's, Swedish by default, numbers in the same language", () => {
    expect(words({}).locale).toMatchObject({ numberLang: 'sv', dir: 'ltr' });
    expect(words({}, 'en-GB').text!.takeaway).toMatch(/average/);
    expect(words({ lang: 'sv' }, 'en').locale.numberLang).toBe('sv');
    expect(words({ lang: 'en' }).text!.axisNames[1]).toContain('3.2');
  });

  it("an author's strings keep their own language for numbers and direction, over the nearer built-in words", () => {
    const arabic = words({ lang: 'ar', strings: { takeaway: 'x' } });
    expect(arabic.locale).toMatchObject({ numberLang: 'ar', dir: 'auto' });
    expect(arabic.locale.strings.errorPrefix).toBe(locales.sv.errorPrefix);
    // Not an object: the built-in words, and no silent switch of the number language.
    expect(words({ lang: 'en', strings: 'oops' }).locale).toMatchObject({ numberLang: 'en', dir: 'ltr' });
  });

  it("the author's heading and takeaway, trimmed, replace the generated ones; a number is written, anything else ignored", () => {
    const own = words({ heading: 'Rubrik', takeaway: '  Egen mening. ' });
    expect(own.text).toMatchObject({ figureName: 'Rubrik', takeaway: 'Egen mening.' });
    expect(own.authorTakeaway).toBe(true);
    // A year in a profile's JSON is a number: shown as written, where it was dropped.
    expect(words({ heading: 2009 }).text!.figureName).toBe('2009');
    const odd = words({ heading: { toString: () => 'x' }, takeaway: null });
    expect(odd.text!.figureName).toMatch(/Falkenberg/);
    expect(odd.authorTakeaway).toBe(false);
  });
});

describe('the pipeline remembers each stage', () => {
  it('re-parses only when an input changed, re-lays out only for a new width or font', () => {
    const pipeline = chartPipeline();
    const props = { ...FALKENBERG };
    const first = pipeline.words(props);
    const again = pipeline.words(props);
    expect(again.data).toBe(first.data);
    expect(again.text).toBe(first.text);
    const geometry = pipeline.geometry(first, font, 400);
    expect(pipeline.geometry(again, font, 400)).toBe(geometry);
    expect(pipeline.geometry(again, font, 500)).not.toBe(geometry);
    // A language change re-words without re-parsing.
    const english = pipeline.words({ ...props, lang: 'en' });
    expect(english.data).toBe(first.data);
    expect(english.text).not.toBe(first.text);
  });

  it('reads an input again when it is named as changed, though it is the same array', () => {
    const pipeline = chartPipeline();
    const scores = [3, 3.2, 3, 3, 3.1];
    const props = { ...FALKENBERG, scores };
    const first = pipeline.words(props);
    scores[0] = 1;
    expect(pipeline.words(props).data).toBe(first.data);
    const read = pipeline.words(props, {}, new Set(['scores']));
    expect(read.data!.series[0]!.values[0]).toBe(1);
  });

  it('lays nothing out without data or a width', () => {
    const pipeline = chartPipeline();
    const rejected = pipeline.words({ scores: '9' });
    expect(rejected.data).toBeNull();
    expect(rejected.problemLines[0]).toMatch(/scores/);
    expect(pipeline.geometry(rejected, font, 400)).toBeUndefined();
    expect(pipeline.geometry(pipeline.words(FALKENBERG), font, 0)).toBeUndefined();
  });
});

describe('when a radar is drawn', () => {
  it('eager radars always; lazy ones once near the viewport, or at once where they may never be skipped', () => {
    expect(radarBuilt('eager', false, 600)).toBe(true);
    expect(radarBuilt(undefined, false, 600)).toBe(true);
    expect(radarBuilt('lazy', false, 600)).toBe(false);
    expect(radarBuilt('lazy', true, 600)).toBe(true);
    expect(radarBuilt('lazy', false, MIN_SKIPPABLE_WIDTH - 1)).toBe(true);
    expect(maySkip(MIN_SKIPPABLE_WIDTH)).toBe(true);
  });

  it('lists the areas as text while the radar is not drawn or is skipped off screen', () => {
    expect(listsAreas(true, true, 600)).toBe(false);
    expect(listsAreas(false, true, 600)).toBe(true);
    expect(listsAreas(true, false, 600)).toBe(true);
    // Too narrow to be skipped: the drawn radar is in the accessibility tree.
    expect(listsAreas(true, false, 120)).toBe(false);
  });
});

describe('when a change is announced', () => {
  const strings = locales.sv;
  const pipeline = chartPipeline();
  const before = pipeline.words(FALKENBERG).text!;
  it('a change a listener would hear, of a chart the reader may see, never the first render', () => {
    const changed = pipeline.words({ ...FALKENBERG, scores: '3,0 3,2 3,0 3,0 2,1' }).text!;
    expect(changeAnnouncement(undefined, changed, true, strings)).toBe('');
    expect(changeAnnouncement(before, before, true, strings)).toBe('');
    expect(changeAnnouncement(before, changed, false, strings)).toBe('');
    expect(changeAnnouncement(before, changed, true, strings)).toBe(
      `Diagrammet uppdaterat: E-profil Falkenberg 2009. ${changed.takeaway}`,
    );
    // Rejected input says so in its own alert, not as an update.
    expect(changeAnnouncement(before, undefined, true, strings)).toBe('');
  });

  it('waits for the data to stay still a second, and no longer than five seconds after the first change', () => {
    expect(announcementWait(1000, 1000)).toBe(ANNOUNCE_QUIET);
    expect(announcementWait(1000, 1000 + ANNOUNCE_LONGEST - 300)).toBe(300);
    expect(announcementWait(1000, 1000 + ANNOUNCE_LONGEST + 50)).toBe(0);
  });

  it('new values summed up in the same words are still a change', () => {
    const same = pipeline.words({ ...FALKENBERG, scores: '3,1 3,2 3,0 3,0 3,1' }).text!;
    expect(same.takeaway).toBe(before.takeaway);
    expect(changeAnnouncement(before, same, true, strings)).toMatch(/^Diagrammet uppdaterat/);
  });
});
