import { afterEach, describe, expect, it } from 'vitest';
import type { EprofileRadar } from '../src/index.js';
import { writeNumber } from '../src/i18n/format.js';
import { FALKENBERG } from './fixtures.js';
import { mount, settle, openTable } from './mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

const cells = async (chart: EprofileRadar) => {
  await openTable(chart);
  return [...chart.shadowRoot!.querySelectorAll('[part="table"] td')].map((cell) => cell.textContent!.trim());
};
const buttons = (chart: HTMLElement) =>
  [...chart.shadowRoot!.querySelectorAll('button')].map(
    (button) => button.getAttribute('aria-label') ?? button.textContent!.trim(),
  );
const spoken = (chart: HTMLElement) => chart.shadowRoot!.querySelector('.axis')!.getAttribute('aria-label');

describe('locales', () => {
  it('speaks and writes Swedish, decimal comma included', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'sv' });
    expect(await cells(chart)).toContain('3,0');
    expect(buttons(chart)).toContain('Tabell');
    expect(spoken(chart)).toBe('E-förvaltning totalt: 3,0, medel 2,1, +0,9');
  });

  it('speaks and writes English, decimal point included, and follows its own lang when it changes', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'en' });
    expect(await cells(chart)).toContain('3.0');
    expect(buttons(chart)).toContain('Table');
    expect(spoken(chart)).toBe('E-government overall: 3.0, average 2.1, +0.9');
    chart.setAttribute('lang', 'sv-SE');
    await settle(chart);
    expect(buttons(chart)).toContain('Tabell');
  });

  it('takes the strings for another language through the strings property, numbers in that language', async () => {
    const chart = await mount({ ...FALKENBERG, lang: 'de' });
    chart.strings = { showTable: 'Als Tabelle zeigen', area: 'Bereich' };
    await settle(chart);
    expect(buttons(chart)).toContain('Als Tabelle zeigen');
    expect(await cells(chart)).toContain('3,0');
    expect(chart.shadowRoot!.querySelector('[part="table"] thead th')!.textContent!.trim()).toBe('Bereich');
    chart.lang = 'en-GB';
    await settle(chart);
    expect(await cells(chart)).toContain('3.0');
  });
});

describe('lang of the page', () => {
  it("takes the nearest ancestor's lang across a shadow root", async () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const component = document.createElement('div');
    outer.append(component);
    document.body.append(outer);
    const shadow = component.attachShadow({ mode: 'open' });
    const chart = document.createElement('eprofile-radar');
    Object.assign(chart, FALKENBERG);
    shadow.append(chart);
    await settle(chart);
    expect(buttons(chart)).toContain('Table');
    outer.lang = 'sv';
    await new Promise((resolve) => setTimeout(resolve));
    await settle(chart);
    expect(buttons(chart)).toContain('Tabell');
  });
});

describe("numbers, as this browser's Intl writes them", () => {
  it('are written the same in Swedish and English without Intl (see src/i18n/format.ts)', () => {
    const values = [0, -0, 0.05, -0.04, 0.25, 1.45, 2.675, 3.2, 4, -1.1, 0.1 + 0.2, 12.34, 999.94, 999.4, -56.78];
    for (const lang of ['sv', 'en'] as const)
      for (const signed of [false, true])
        for (const digits of [0, 1, 2])
          for (const value of values) {
            const intl = new Intl.NumberFormat(lang, {
              minimumFractionDigits: digits,
              maximumFractionDigits: digits,
              signDisplay: signed ? 'exceptZero' : 'auto',
            }).format(value);
            // Null: left to Intl (a thousand or more, grouped).
            const written = writeNumber(value, lang, signed, digits);
            if (written !== null) expect(written, `${value} ${lang} ${signed} ${digits}`).toBe(intl);
          }
  });
});
