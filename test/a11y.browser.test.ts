import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { EprofileRadar } from '../src/index.js';
import { FIXTURES, mountFixture } from './a11y-fixtures.js';
import { axTree, descendants, heard, name, role, wordCount, type Utterance } from './browser-a11y.js';
import { FALKENBERG, LONG_AREAS } from './fixtures.js';
import { mount, settle } from './mount.js';

/** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices. */
const RULES = {
  runOnly: { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
};

async function violations(chart: EprofileRadar): Promise<string[]> {
  const result = await axe.run(chart, RULES);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
}

afterEach(() => document.body.replaceChildren());

describe('axe-core in Chromium', () => {
  for (const fixture of FIXTURES) {
    it(`finds no violation: ${fixture.name}`, async () => {
      const chart = await mountFixture(fixture);
      expect(await violations(chart)).toEqual([]);
    });
  }

  it('does catch a break: nameless buttons, an axis torn from its list', async () => {
    const chart = await mount(FALKENBERG);
    const root = chart.shadowRoot!;
    expect(await violations(chart)).toEqual([]);
    root.querySelector('[data-action="how-to-read"]')!.replaceChildren();
    expect((await violations(chart)).map((line) => line.split(':')[0])).toEqual(['button-name']);
    root.querySelector('button')!.replaceChildren();
    root.querySelector('button')!.removeAttribute('aria-label');
    root.querySelector('.axes')!.removeAttribute('role');
    const ids = (await violations(chart)).map((line) => line.split(':')[0]);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'aria-required-parent']));
  });
});

describe('the accessibility tree Chromium builds', () => {
  it('exposes the host as a figure named by the heading inside it, with the takeaway, plot and controls', async () => {
    await mount({ ...FALKENBERG, lang: 'sv' });
    const nodes = await axTree();
    const figures = nodes.filter((node) => role(node) === 'figure');
    // Named, so a keyboard user tabbing to a button hears whose it is: a page of six charts had six alike "Tabell".
    expect(figures.map(name)).toEqual(['E-profil Falkenberg 2009']);
    const inside = descendants(nodes, figures[0]!);
    const heading = inside.find((node) => role(node) === 'heading')!;
    expect(name(heading)).toBe('E-profil Falkenberg 2009');
    // No heading above it on the page: the chart's is an h2.
    expect(heading.properties?.find((p) => p.name === 'level')?.value.value).toBe(2);
    expect(
      inside.some((node) => role(node) === 'StaticText' && /^Över medel i alla fem områden/.test(name(node))),
    ).toBe(true);
    expect(inside.filter((node) => role(node) === 'button').map(name)).toEqual([
      'Tabell',
      'Punktdiagram',
      'Ladda ner',
      'Lyssna',
      'Hjälp',
    ]);
  });

  it('titles the figure "{label} e-profil" when there is no heading, once', async () => {
    await mount({ label: 'Järfälla', scores: '3,5 3,8 3,1 3,2 3,5', lang: 'sv' });
    const nodes = await axTree();
    const figure = nodes.find((node) => role(node) === 'figure')!;
    const titles = heard(nodes, figure, 'sv').filter((u) => u.words.includes('Järfälla e-profil'));
    expect(titles.map((u) => u.words)).toEqual(['figur Järfälla e-profil']);
  });

  it('gives one named node per axis, in clockwise order, and nothing else from the drawing', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const nodes = await axTree();
    const group = nodes.find((node) => role(node) === 'group' && name(node).endsWith('skala 0–4.'))!;
    // Who and the scale, said with the chart's kind in place of "grupp": what a keyboard user hears on tabbing in,
    // where the heading above is not heard.
    expect(name(group)).toBe('Falkenberg, skala 0–4.');
    expect(group.properties?.find((p) => p.name === 'roledescription')?.value.value).toBe('radardiagram');
    const inside = descendants(nodes, group);
    // A list of five items and nothing else: no tick numbers, label text, images or paths.
    expect(inside.map(role)).toEqual(['list', 'listitem', 'listitem', 'listitem', 'listitem', 'listitem']);
    expect(inside.slice(1).map(name)).toEqual([
      'E-förvaltning totalt: 3,0, medel 2,1, +0,9',
      'IT-plattform, hård och mjuk infrastruktur: 3,2, medel 2,1, +1,1',
      'Förändringsledning och kommunikation: 3,0, medel 2,0, +1,0',
      'Samverkan och IT-ekonomi: 3,0, medel 2,0, +1,0',
      'Styrning och ledning: 3,1, medel 2,0, +1,1',
    ]);
    expect(nodes.some((node) => role(node) === 'image' || role(node) === 'img')).toBe(false);
    // DOM order is clockwise from 12 o'clock: each axis' spoke turns further than the one before.
    const angles = Array.from(chart.shadowRoot!.querySelectorAll<SVGGElement>('.axis'), (axis) => {
      // Each node's box (its name) in chart coordinates, whose origin is the centre.
      const box = axis.getBBox();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      return (Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI);
    });
    // The first name sits centred over the 12 o'clock spoke; its box's centre is off it by the glyphs' side
    // bearings, which depend on the font, so "on the spoke" is within a hundredth of a radian.
    expect(Math.min(angles[0]!, 2 * Math.PI - angles[0]!)).toBeLessThan(0.01);
    angles.slice(1).forEach((angle, i) => expect(angle).toBeGreaterThan(angles[i]!));
  });

  it("names the four nominees in the chart's name and per area in the legend's order, each against the average", async () => {
    const chart = await mountFixture(FIXTURES.find((f) => f.name.startsWith('four nominees'))!);
    const nodes = await axTree();
    const group = nodes.find((node) => role(node) === 'group' && name(node).endsWith('skala 0–4.'))!;
    // Who and the scale; each area then names the series, in the legend's order.
    expect(name(group)).toBe('Falkenberg, Järfälla, Stockholm och Täby, skala 0–4.');
    const items = nodes.filter((node) => role(node) === 'listitem' && name(node).startsWith('E-förvaltning'));
    expect(items).toHaveLength(1);
    expect(name(items[0]!)).toBe(
      'E-förvaltning totalt: Falkenberg 3,0 (+0,9), Järfälla 3,5 (+1,4), Stockholm 4,0 (+1,9), Täby 3,8 (+1,7), medel 2,1',
    );
    expect(chart.shadowRoot!.querySelectorAll('[role="listitem"][tabindex="0"]')).toHaveLength(1);
  });
});

describe('structure', () => {
  it('lets no ID reference cross the shadow boundary', async () => {
    const chart = await mountFixture(FIXTURES.find((f) => f.name === 'table and dot plot open')!);
    const root = chart.shadowRoot!;
    for (const attribute of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-flowto']) {
      expect(chart.hasAttribute(attribute)).toBe(false);
      for (const element of root.querySelectorAll(`[${attribute}]`))
        for (const id of element.getAttribute(attribute)!.split(/\s+/))
          expect(root.getElementById(id), `${attribute}="${id}"`).not.toBeNull();
    }
    // The table, the dot plot, the download list and the help, all open.
    expect(root.querySelectorAll('[aria-controls]')).toHaveLength(4);
  });

  it('writes the takeaway in the language of the page, says which language it is, and takes an override', async () => {
    const chart = await mount(FALKENBERG);
    chart.parentElement!.lang = 'sv';
    await new Promise((resolve) => setTimeout(resolve));
    await settle(chart);
    const frame = () => chart.shadowRoot!.querySelector('.frame')!;
    const takeaway = () => chart.shadowRoot!.querySelector('[part="takeaway"]')!.textContent!.trim();
    expect(frame().getAttribute('lang')).toBe('sv');
    expect(takeaway()).toBe('Över medel i alla fem områden, mest i IT-plattform och Styrning.');
    chart.parentElement!.lang = 'en-GB';
    await new Promise((resolve) => setTimeout(resolve));
    await settle(chart);
    expect(frame().getAttribute('lang')).toBe('en');
    expect(takeaway()).toBe('Above average everywhere, most in IT platform and Governance.');
    chart.takeaway = 'Falkenberg leder på alla områden.';
    await settle(chart);
    expect(takeaway()).toBe('Falkenberg leder på alla områden.');
  });

  for (const width of [320, 1200]) {
    it(`reads the takeaway after the areas and shows it under the heading, above the plot: ${width} px`, async () => {
      const chart = await mount({ ...FALKENBERG, lang: 'sv' }, width);
      const root = chart.shadowRoot!;
      const heading = root.querySelector('.heading')!;
      const takeaway = root.querySelector('.takeaway')!;
      const summary = root.querySelector('.summary')!;
      const plot = root.querySelector('.plot')!;
      // Heard: the heading, the plot's areas, then the takeaway as their summary (DOM order, which the
      // accessibility tree follows); the copy shown under the heading is not heard.
      expect(heading.compareDocumentPosition(plot) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(plot.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(summary.textContent).toBe(takeaway.textContent);
      expect(takeaway.getAttribute('aria-hidden')).toBe('true');
      // Seen in DOM order, so streamed HTML paints nothing that moves when the rest arrives.
      expect(takeaway.compareDocumentPosition(plot) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      // Seen: heading, takeaway, plot, top to bottom.
      const [h, t, p] = [heading, takeaway, plot].map((element) => element.getBoundingClientRect()) as [
        DOMRect,
        DOMRect,
        DOMRect,
      ];
      expect(t.top).toBeGreaterThanOrEqual(h.bottom - 0.5);
      expect(p.top).toBeGreaterThanOrEqual(t.bottom - 0.5);
      // Only text moved: the tab stops come in the order they are seen (the plot, then the buttons under it).
      expect(takeaway.querySelector('[tabindex], button, a, summary')).toBeNull();
      expect(takeaway.hasAttribute('tabindex')).toBe(false);
    });
  }

  it('explains how to read the chart, and its keys, behind a disclosure', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const root = chart.shadowRoot!;
    const toggle = root.querySelector<HTMLElement>('[data-action="how-to-read"]')!;
    expect(toggle.textContent!.trim()).toBe('Hjälp');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
    // The text is written when the reader opens it: a page of 290 charts opens few.
    expect(root.querySelector('.how-to-read')).toBeNull();
    toggle.click();
    await settle(chart);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = root.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(details.textContent).toMatch(/Skalan/);
    // Seen under the row of buttons it is in.
    expect(details.getBoundingClientRect().top).toBeGreaterThanOrEqual(toggle.getBoundingClientRect().bottom);
    expect(details.textContent).toMatch(/från 0 i mitten till 4 längst ut/);
    expect(details.textContent).toMatch(/streckad linje/);
    // Only what is true in a screen reader's browse mode too: there ↓ and ↑ are the reader's own, and walk the list.
    expect(details.textContent).toMatch(/Områdena är en lista: pil ned och upp går igenom dem, också med skärmläsare/);
    expect(details.textContent).toMatch(
      /Utan skärmläsare: tabba till diagrammet; pilarna flyttar mellan områdena, Home och End till det första och det sista, och Esc döljer rutan med värden\./,
    );
    expect(details.textContent).not.toMatch(/Använd piltangenterna/);
    toggle.click();
    await settle(chart);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
    expect(root.querySelector('.how-to-read')).toBeNull();
  });
});

/** What is heard of the page's one figure, utterance by utterance. */
async function heardInFigure(lang: 'sv' | 'en'): Promise<string[]> {
  const nodes = await axTree();
  return heard(
    nodes,
    nodes.find((node) => role(node) === 'figure')!,
    lang,
  ).map((u) => u.words);
}

/** The words of a run of utterances. */
const words = (run: Utterance[]) => run.reduce((sum, u) => sum + wordCount(u.words), 0);

/**
 * What a listener hears of one chart, read off Chromium's accessibility tree with the counting rule of `heard`
 * (browser-a11y.ts): role words as a reader says them, each name once, nothing the reader adds by itself. `all` is
 * the whole figure, from entering it to leaving it (title, radar, takeaway, buttons); `chart` is the radar, from
 * its name (the orientation) until the listener leaves its list of areas; `beforeValue` the words heard before the
 * first area's first value (everything before that area, and its name).
 */
async function listen(lang: 'sv' | 'en', attributes: Record<string, string> = FALKENBERG) {
  await mount({ ...attributes, lang });
  const nodes = await axTree();
  const figure = nodes.find((node) => role(node) === 'figure')!;
  const all = heard(nodes, figure, lang);
  const start = all.findIndex((u) => u.role === 'group');
  const inChart = new Set(descendants(nodes, all[start]!.node));
  const chart = [all[start]!, ...all.slice(start + 1).filter((u) => inChart.has(u.node))];
  const first = all.findIndex((u) => u.role === 'listitem');
  const beforeValue = words(all.slice(0, first)) + wordCount(all[first]!.words.split(':')[0]!);
  return { all, chart, beforeValue };
}

describe('what a listener hears', () => {
  // The whole figure, as the README's "What a listener hears" quotes it: title, orientation, areas, takeaway,
  // buttons. 143 words before issue 15, and 89 (English 95) while the takeaway came before the radar.
  const expected = {
    sv: [
      'figur E-profil Falkenberg 2009',
      'rubrik',
      'radardiagram Falkenberg, skala 0–4.',
      'lista',
      'E-förvaltning totalt: 3,0, medel 2,1, +0,9',
      'IT-plattform, hård och mjuk infrastruktur: 3,2, medel 2,1, +1,1',
      'Förändringsledning och kommunikation: 3,0, medel 2,0, +1,0',
      'Samverkan och IT-ekonomi: 3,0, medel 2,0, +1,0',
      'Styrning och ledning: 3,1, medel 2,0, +1,1',
      'Över medel i alla fem områden, mest i IT-plattform och Styrning.',
      'knapp Tabell',
      'knapp Punktdiagram',
      'knapp Ladda ner',
      'knapp Lyssna',
      'knapp Hjälp',
    ],
    en: [
      'figure E-profil Falkenberg 2009',
      'heading',
      'radar chart Falkenberg, scale 0–4.',
      'list',
      'E-government overall: 3.0, average 2.1, +0.9',
      'IT platform, hard and soft infrastructure: 3.2, average 2.1, +1.1',
      'Change management and communication: 3.0, average 2.0, +1.0',
      'Cooperation and IT economy: 3.0, average 2.0, +1.0',
      'Governance and leadership: 3.1, average 2.0, +1.1',
      'Above average everywhere, most in IT platform and Governance.',
      'button Table',
      'button Dot plot',
      'button Download',
      'button Listen',
      'button Help',
    ],
  };
  // The counts the README gives: [whole figure, before the first value, the radar].
  const counts = { sv: [68, 12, 41], en: [70, 13, 45] };

  for (const lang of ['sv', 'en'] as const) {
    it(`${lang}: the title, the orientation, each area value first, the takeaway, the buttons; ≤ 70 words in all, ≤ 15 before the first value`, async () => {
      const { all, chart, beforeValue } = await listen(lang);
      expect(all.map((u) => u.words)).toEqual(expected[lang]);
      expect(words(all)).toBeLessThanOrEqual(70);
      expect(beforeValue).toBeLessThanOrEqual(15);
      expect([words(all), beforeValue, words(chart)]).toEqual(counts[lang]);
      // The title once (the heading), no position, no scale per area, no instruction that a screen reader's browse
      // mode would make false, no legend repeating the names.
      const text = all.map((u) => u.words).join(' | ');
      expect(text.match(/E-profil Falkenberg 2009/g)).toHaveLength(1);
      expect(text).not.toMatch(/Område \d|Area \d|piltangenterna|arrow keys|Teckenförklaring|Legend/);
      expect(text.match(/skala|scale/g)).toHaveLength(1);
    });
  }

  it("says a long comparison's name once in the radar, not in each area", async () => {
    // Whole in each of five areas, a 15-word name made the figure 159 words long.
    const long = 'Medelvärde för samtliga kommuner i Stockholms län med mer än 20 000 invånare 2009';
    const { all, chart } = await listen('sv', { ...FALKENBERG, 'baseline-label': long });
    const text = all.map((u) => u.words).join(' | ');
    // Once in the radar's name, once in the takeaway (shown under the heading).
    expect(text.match(/Stockholms län/g)).toHaveLength(2);
    // The default chart's counts (68 and 41), the name's 14 words with "jämfört med" in the radar's name, and in
    // place of "medel" in the takeaway: 97 words where it was 159.
    expect([words(all), words(chart)]).toEqual([68 + 16 + 13, 41 + 16]);
  });

  it('says the title and why a chart cannot be drawn once each', async () => {
    await mount({ ...FALKENBERG, scores: '3,0 9 3,0 3,0 3,1', lang: 'sv' });
    const all = await heardInFigure('sv');
    expect(all.filter((words) => words.includes('E-profil Falkenberg 2009'))).toEqual([
      'figur E-profil Falkenberg 2009',
    ]);
    expect(all.filter((words) => words.includes('Diagrammet kan inte visas'))).toHaveLength(1);
  });

  it('says each area name once where the plot carries letters and a key lists the names', async () => {
    const chart = await mountFixture({
      name: 'eight long names, lettered',
      attributes: { lang: 'sv', heading: 'Åtta områden', label: 'Kommunen' },
      properties: { areas: LONG_AREAS, scores: [3, 2.5, 1, 4, 2, 3.5, 0.5, 2.2], baseline: Array(8).fill(2) },
      width: 280,
    });
    // The key is seen under the plot, and is what the letters around it mean.
    expect(chart.shadowRoot!.querySelector('.area-key')).not.toBeNull();
    const all = await heardInFigure('sv');
    // Each name is said by its area, with its values; the key says none of them again.
    for (const { label } of LONG_AREAS) {
      expect(all.filter((words) => words.startsWith(`${label}: `))).toHaveLength(1);
      expect(all).not.toContain(label);
    }
  });

  it('says a missing value in its area and once in the takeaway, not a third time', async () => {
    const { all } = await listen('sv', { ...FALKENBERG, scores: '3,0 3,2 3,0 3,0 -' });
    const said = all.filter((u) => /uppgift saknas/i.test(u.words)).map((u) => u.words);
    // The area first, where it is missing; then the takeaway, which sums the areas up after them.
    expect(said).toEqual([
      'Styrning och ledning: uppgift saknas, medel 2,0',
      expect.stringMatching(/Uppgift saknas för Styrning\.$/),
    ]);
  });
});
