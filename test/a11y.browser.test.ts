import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { EprofileRadar } from '../src/index.js';
import { FIXTURES, mountFixture } from './a11y-fixtures.js';
import { axTree, descendants, name, role } from './browser-a11y.js';
import { FALKENBERG } from './fixtures.js';
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

  it('does catch a break: a nameless button, a nameless disclosure, an axis torn from its list', async () => {
    const chart = await mount(FALKENBERG);
    const root = chart.shadowRoot!;
    expect(await violations(chart)).toEqual([]);
    root.querySelector('button')!.replaceChildren();
    root.querySelector('button')!.removeAttribute('aria-label');
    root.querySelector('summary')!.replaceChildren();
    root.querySelector('.axes')!.removeAttribute('role');
    const ids = (await violations(chart)).map((line) => line.split(':')[0]);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'summary-name', 'aria-required-parent']));
  });
});

describe('the accessibility tree Chromium builds', () => {
  it('exposes the host as a figure named by the heading, with the heading, takeaway, plot and controls inside', async () => {
    await mount({ ...FALKENBERG, lang: 'sv' });
    const nodes = await axTree();
    const figures = nodes.filter((node) => role(node) === 'figure');
    expect(figures.map(name)).toEqual(['E-profil Falkenberg 2009']);
    const inside = descendants(nodes, figures[0]!);
    const heading = inside.find((node) => role(node) === 'heading')!;
    expect(name(heading)).toBe('E-profil Falkenberg 2009');
    // No heading above it on the page: the chart's is an h2.
    expect(heading.properties?.find((p) => p.name === 'level')?.value.value).toBe(2);
    expect(inside.some((node) => role(node) === 'StaticText' && /^Falkenberg ligger över medel/.test(name(node)))).toBe(
      true,
    );
    expect(inside.filter((node) => role(node) === 'button').map(name)).toEqual([
      'Visa som tabell',
      'Visa som punktdiagram',
      'Ladda ner',
      'Lyssna',
    ]);
    expect(inside.some((node) => role(node) === 'DisclosureTriangle' && name(node) === 'Så läser du diagrammet')).toBe(
      true,
    );
  });

  it('names the figure "{label} e-profil" when there is no heading', async () => {
    await mount({ label: 'Järfälla', scores: '3,5 3,8 3,1 3,2 3,5', lang: 'sv' });
    const nodes = await axTree();
    expect(nodes.filter((node) => role(node) === 'figure').map(name)).toEqual(['Järfälla e-profil']);
  });

  it('gives one named node per axis, in clockwise order, and nothing else from the drawing', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const nodes = await axTree();
    const group = nodes.find((node) => role(node) === 'group' && name(node).startsWith('Diagram'))!;
    expect(name(group)).toBe('Diagram, 5 områden. Använd piltangenterna.');
    const inside = descendants(nodes, group);
    // A list of five items and nothing else: no tick numbers, label text, images or paths.
    expect(inside.map(role)).toEqual(['list', 'listitem', 'listitem', 'listitem', 'listitem', 'listitem']);
    expect(inside.slice(1).map(name)).toEqual([
      'Område 1 av 5, E-förvaltning totalt: Falkenberg 3,0, medel 2,1, 0,9 över medel, skala 0 till 4',
      'Område 2 av 5, IT-plattform, hård och mjuk infrastruktur: Falkenberg 3,2, medel 2,1, 1,1 över medel, skala 0 till 4',
      'Område 3 av 5, Förändringsledning och kommunikation: Falkenberg 3,0, medel 2,0, 1,0 över medel, skala 0 till 4',
      'Område 4 av 5, Samverkan och IT-ekonomi: Falkenberg 3,0, medel 2,0, 1,0 över medel, skala 0 till 4',
      'Område 5 av 5, Styrning och ledning: Falkenberg 3,1, medel 2,0, 1,1 över medel, skala 0 till 4',
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

  it('names the four nominees per axis with each one against the average', async () => {
    const chart = await mountFixture(FIXTURES.find((f) => f.name.startsWith('four nominees'))!);
    const nodes = await axTree();
    const items = nodes.filter((node) => role(node) === 'listitem' && name(node).startsWith('Område'));
    expect(items).toHaveLength(5);
    expect(name(items[0]!)).toBe(
      'Område 1 av 5, E-förvaltning totalt: Falkenberg 3,0 (0,9 över medel), Järfälla 3,5 (1,4 över medel), ' +
        'Stockholm 4,0 (1,9 över medel), Täby 3,8 (1,7 över medel), medel 2,1, skala 0 till 4',
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
    expect(root.querySelectorAll('[aria-controls]')).toHaveLength(3);
  });

  it('writes the takeaway in the language of the page, says which language it is, and takes an override', async () => {
    const chart = await mount(FALKENBERG);
    chart.parentElement!.lang = 'sv';
    await new Promise((resolve) => setTimeout(resolve));
    await settle(chart);
    const frame = () => chart.shadowRoot!.querySelector('.frame')!;
    const takeaway = () => chart.shadowRoot!.querySelector('[part="takeaway"]')!.textContent!.trim();
    expect(frame().getAttribute('lang')).toBe('sv');
    expect(takeaway()).toBe(
      'Falkenberg ligger över medel för samtliga kommuner i alla fem områden; störst skillnad: ' +
        'IT-plattform och Styrning (+1,1).',
    );
    chart.parentElement!.lang = 'en-GB';
    await new Promise((resolve) => setTimeout(resolve));
    await settle(chart);
    expect(frame().getAttribute('lang')).toBe('en');
    expect(takeaway()).toMatch(/^Falkenberg is above the average of all municipalities in all five areas/);
    chart.takeaway = 'Falkenberg leder på alla områden.';
    await settle(chart);
    expect(takeaway()).toBe('Falkenberg leder på alla områden.');
  });

  it('explains how to read the chart, and its keys, behind a disclosure', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    const details = chart.shadowRoot!.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent!.trim()).toBe('Så läser du diagrammet');
    // The text is written when the reader opens it: a page of 290 charts opens few.
    details.querySelector('summary')!.click();
    await settle(chart);
    expect(details.open).toBe(true);
    expect(details.textContent).toMatch(/från 0 i mitten till 4 längst ut/);
    expect(details.textContent).toMatch(/streckad linje/);
    expect(details.textContent).toMatch(/pilarna flyttar mellan områden, Home och End.*Esc/);
  });
});
