import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatList, formatNumber, shown, writeNumber } from '../src/i18n/format.js';

/** What Intl writes, which the direct Swedish and English writer must match. */
const intl = (value: number, lang: string, signed: boolean, digits: number) =>
  new Intl.NumberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);

const values = fc.oneof(
  fc.double({ min: -999.99, max: 999.99, noNaN: true }),
  fc.integer({ min: -9999, max: 9999 }).map((n) => n / 100),
  fc.integer({ min: -999, max: 999 }).map((n) => n / 10),
  fc.constantFrom(0, -0, 0.05, -0.04, 0.25, 1.45, 2.675, 1.005, 0.1 + 0.2, 999.95, -999.95, 3.2, 4),
);

describe('numbers in Swedish and English, written without Intl', () => {
  it('match what Intl writes, for any value below a thousand, signed or not, to 0–2 decimals', () => {
    fc.assert(
      fc.property(
        values,
        fc.constantFrom('sv', 'en'),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        (v, lang, s, d) => {
          const written = writeNumber(v, lang as 'sv' | 'en', s, d);
          if (written !== null) expect(written).toBe(intl(v, lang, s, d));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('round as they are written: the value shown is the number Intl writes, the quick path for short values too', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 2 }), (v, d) => {
        const written = intl(v, 'en', false, d).replace(/,/g, '');
        expect(shown(v, d)).toBe(Number(written));
      }),
      { numRuns: 3000 },
    );
  });

  it('leave to Intl what they do not cover: digit grouping, and languages other than the two', () => {
    expect(writeNumber(1000, 'sv', false, 0)).toBeNull();
    expect(writeNumber(1e-7, 'en', false, 1)).toBeNull();
    expect(formatNumber(12500, 'sv', false, 0)).toBe(intl(12500, 'sv', false, 0));
    expect(formatNumber(3.2, 'de')).toBe('3,2');
    expect(formatNumber(-1.1, 'sv', true)).toBe('\u22121,1');
    expect(formatNumber(1.1, 'en', true)).toBe('+1.1');
  });

  it('write a value shown as zero as zero, never with a minus', () => {
    // "−0,0" for `-0` or -0,04 in the area list, table and takeaway, said "minus noll".
    for (const lang of ['sv', 'en', 'de'])
      for (const value of [-0, -0.04, 0.04, 0])
        for (const signed of [false, true]) expect(formatNumber(value, lang, signed)).toMatch(/^0[,.]0$/);
    expect(formatNumber(-0.05, 'sv')).toBe('\u22120,1');
  });
});

describe('lists', () => {
  it('join as Intl does in Swedish and English, and in other languages through it', () => {
    const items = ['IT-plattform', 'Styrning och ledning', 'Samverkan', 'E-förvaltning'];
    for (const lang of ['sv', 'en', 'de'])
      for (let n = 1; n <= items.length; n++)
        expect(formatList(items.slice(0, n), lang)).toBe(
          new Intl.ListFormat(lang, { type: 'conjunction' }).format(items.slice(0, n)),
        );
  });
});
