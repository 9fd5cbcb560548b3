import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '../src/i18n/strings.js';
import { fontMeasure, lineMetrics, METRICS_FONT, textWidth } from '../src/model/font-metrics.js';
import { STATIC_FONT } from '../src/model/look.js';
import { CHARSET, FONT_FILES, readFace, source } from '../scripts/font-metrics.mjs';
import { root } from './site.js';

describe('DejaVu Sans metrics', () => {
  it("give the widths Chromium's canvas measures (px, read off a canvas once)", () => {
    expect(textWidth('i', 12)).toBe(3.333984375);
    expect(textWidth('Governance and leadership', 12)).toBe(165.41015625);
    expect(textWidth('Governance and leadership', 12, true)).toBe(185.37890625);
    expect(textWidth('IT-plattform', 12)).toBe(69.791015625);
    expect(textWidth('E-förvaltning totalt', 13)).toBe(122.4462890625);
    // Kerning: "To" is 2 px narrower than its letters.
    expect(textWidth('To', 12)).toBe(12.6328125);
    expect(textWidth('To', 12)).toBeLessThan(textWidth('T', 12) + textWidth('o', 12) - 2);
    // A ligature: bold "fi" is narrower than f and i.
    expect(textWidth('fi', 12, true)).toBe(8.89453125);
  });

  it('scale with the size', () => {
    const text = 'Förändringsledning och kommunikation';
    expect(textWidth(text, 24)).toBeCloseTo(textWidth(text, 12) * 2, 9);
  });

  it('measure an accented letter the table lacks as its base letter, and marks and invisible characters as nothing', () => {
    expect(textWidth('ș', 12)).toBe(textWidth('s', 12));
    expect(textWidth('Ǎ', 12)).toBe(textWidth('A', 12));
    // Decomposed input is composed first, as browsers do: a + combining ring is å.
    expect(textWidth('a\u030a', 12)).toBe(textWidth('å', 12));
    expect(textWidth('q\u0308', 12)).toBe(textWidth('q', 12));
    for (const invisible of ['\u00ad', '\u200b', '\u200d', '\u2060', '\ufe0f']) {
      expect(textWidth(`ab${invisible}c`, 12)).toBe(textWidth('abc', 12));
    }
    expect(textWidth('a\tb', 12)).toBe(textWidth('a b', 12));
  });

  it('measure any other character wide: 1.25 em, wider than a CJK ideograph', () => {
    for (const char of ['中', 'Ж', '😀', '\u0001']) expect(textWidth(char, 12)).toBe(15);
  });

  it('share one measurer per size and weight, so layouts memoized on it are shared', () => {
    expect(fontMeasure(12)).toBe(fontMeasure(12));
    expect(fontMeasure(12)).not.toBe(fontMeasure(12, true));
    expect(fontMeasure(13)('Styrning och ledning')).toBe(textWidth('Styrning och ledning', 13));
  });

  it('place a line as browsers do: ascent and descent of DejaVu Sans', () => {
    expect(lineMetrics()).toEqual({ ascent: 1901 / 2048, descent: 483 / 2048 });
  });

  it('are of the font the static drawings ask for first', () => {
    expect(STATIC_FONT.startsWith(`'${METRICS_FONT}'`)).toBe(true);
  });
});

describe.skipIf(!existsSync(FONT_FILES.regular) || !existsSync(FONT_FILES.bold))(
  'the shipped table, against the font files (fonts-dejavu-core)',
  () => {
    const faces = { regular: readFace(FONT_FILES.regular), bold: readFace(FONT_FILES.bold) };
    const px = (face: keyof typeof faces, text: string, size: number) =>
      (faces[face].width(text) * size) / faces[face].unitsPerEm;

    it('is what scripts/font-metrics.mjs writes from them (run it to update)', () => {
      expect(readFileSync(`${root}src/model/dejavu-sans.ts`, 'utf8')).toBe(source(faces.regular, faces.bold));
    });

    it("gives each text the width the fonts' own advances, ligatures and kerning give it", () => {
      const texts = [
        ...Object.values(locales.sv.areas),
        ...Object.values(locales.en.areas),
        locales.sv.baselineLabel,
        'Offentliga affischer, effektiva flygfält (fi ffi ffl ff fl)',
        "AVAVA Tåg Yoyo P. L'T «Œuvre» “citat” – — … ‰ € −0,3",
      ];
      for (const text of texts) {
        expect(textWidth(text, 12)).toBe(px('regular', text, 12));
        expect(textWidth(text, 18, true)).toBe(px('bold', text, 18));
      }
    });

    it('agrees with them on any text of the characters it covers', () => {
      // Weighted towards f, i and l so ligatures come up, and towards letters that kern.
      const chars = CHARSET.map((c) => String.fromCodePoint(c));
      const char = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...chars) },
        { weight: 2, arbitrary: fc.constantFrom('f', 'i', 'l', 'T', 'A', 'V', 'o', 'y', '.', ',', ' ') },
      );
      fc.assert(
        fc.property(fc.array(char, { maxLength: 30 }), fc.boolean(), (list, bold) => {
          const text = list.join('');
          expect(textWidth(text, 12, bold)).toBeCloseTo(px(bold ? 'bold' : 'regular', text, 12), 9);
        }),
        { numRuns: 2000 },
      );
    });

    it('errs wide on the Latin, Greek and Cyrillic letters it lacks, but for the widest and the horned Ơ Ư', () => {
      for (const face of ['regular', 'bold'] as const) {
        const unitsPerEm = faces[face].unitsPerEm;
        const narrower: string[] = [];
        for (let code = 0x180; code < 0x530; code++) {
          const char = String.fromCodePoint(code);
          const advance = faces[face].advance(char);
          if (!/\p{L}/u.test(char) || advance === undefined || advance > 1.25 * unitsPerEm) continue;
          if (textWidth(char, unitsPerEm, face === 'bold') < advance) narrower.push(char);
        }
        expect(narrower, face).toEqual(['Ơ', 'Ư']);
      }
    });
  },
);
