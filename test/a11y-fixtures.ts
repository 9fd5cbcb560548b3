import type { EprofileRadar } from '../src/index.js';
import { AVERAGE, FALKENBERG, NOMINEES } from './fixtures.js';
import { settle } from './mount.js';

/** Every state a reader can meet the chart in; the accessibility tests run over all of them. */
export interface Fixture {
  name: string;
  attributes: Record<string, string>;
  properties?: Partial<EprofileRadar>;
  width?: number;
  /** A light-DOM table inside the element (the no-JavaScript fallback and a data source). */
  table?: string[][];
  /** Open the table and dot-plot views before checking. */
  open?: boolean;
}

const SV = { ...FALKENBERG, lang: 'sv' };

export const FIXTURES: Fixture[] = [
  { name: 'Falkenberg against the average, Swedish', attributes: { ...FALKENBERG, lang: 'sv' } },
  { name: 'Falkenberg against the average, English', attributes: { ...FALKENBERG, lang: 'en' } },
  { name: 'no baseline, no heading', attributes: { label: 'Järfälla', scores: '3,5 3,8 3,1 3,2 3,5', lang: 'sv' } },
  {
    name: 'missing values',
    attributes: {
      label: 'Täby',
      scores: '3,8 - 3,8 3,8 3,9',
      baseline: '2,1 2,1 - 2,0 2,0',
      heading: 'Täby',
      lang: 'sv',
    },
  },
  {
    name: 'four nominees against the average',
    attributes: { heading: 'Sveriges IT-kommun 2009', lang: 'sv' },
    properties: { series: NOMINEES, baseline: AVERAGE },
  },
  { name: 'narrow: short names at 320 px', attributes: SV, width: 320 },
  { name: 'dark theme', attributes: { ...SV, theme: 'dark' } },
  { name: 'table and dot plot open', attributes: SV, open: true },
  { name: 'table and dot plot open, narrow', attributes: SV, open: true, width: 320 },
  { name: 'rejected input', attributes: { heading: 'Trasig', scores: '3,0 9 x', lang: 'sv' } },
  {
    name: 'data from a light-DOM table',
    attributes: { heading: 'E-profil Falkenberg 2009', lang: 'sv' },
    table: [
      ['Område', 'Falkenberg', 'Medel'],
      ['E-förvaltning totalt', '3,0', '2,1'],
      ['IT-plattform', '3,2', '2,1'],
      ['Förändringsledning', '3,0', '2,0'],
      ['Samverkan', '3,0', '2,0'],
      ['Styrning', '3,1', '2,0'],
    ],
  },
];

/** Builds a fixture's element whole (attributes, table, properties) before it connects, then opens its views. */
export async function mountFixture(fixture: Fixture): Promise<EprofileRadar> {
  const container = document.createElement('div');
  container.style.width = `${fixture.width ?? 480}px`;
  const chart = document.createElement('eprofile-radar');
  for (const [key, value] of Object.entries(fixture.attributes)) chart.setAttribute(key, value);
  if (fixture.table) {
    const table = document.createElement('table');
    fixture.table.forEach((cells, row) => {
      const tr = table.insertRow();
      for (const cell of cells) {
        const th = document.createElement(row === 0 ? 'th' : 'td');
        th.textContent = cell;
        tr.append(th);
      }
    });
    chart.append(table);
  }
  Object.assign(chart, fixture.properties ?? {});
  container.append(chart);
  document.body.append(container);
  await settle(chart);
  if (fixture.open) {
    for (const button of chart.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')) button.click();
    await settle(chart);
  }
  return chart;
}
