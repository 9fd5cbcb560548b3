import { afterEach, describe, expect, it } from 'vitest';
import { locales } from '../src/i18n/strings.js';
import { BOLD, REGULAR } from '../src/model/dejavu-sans.js';
import { METRICS_FONT, textWidth } from '../src/model/font-metrics.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** Every character the table holds, every pair it kerns, and every ligature after and before every character. */
function tableTexts(face: typeof REGULAR): string[] {
  const chars = face.advances.flatMap(([from, ...widths]) => widths.map((_, i) => String.fromCodePoint(from! + i)));
  const pairs = face.kerning.firsts.flatMap((firsts) =>
    [...firsts].flatMap((a) => face.kerning.seconds.flatMap((seconds) => [...seconds].map((b) => a + b))),
  );
  const ligatures = face.ligatures.flatMap(([ligature]) => chars.flatMap((c) => [c + ligature, ligature + c]));
  return [...chars, ...pairs, ...ligatures];
}

const sentences = [
  ...['sv', 'en'].flatMap((lang) => {
    const strings = locales[lang as 'sv' | 'en'];
    return [...Object.values(strings.areas), ...Object.values(strings.areasShort), strings.baselineLabel];
  }),
  'E-profil Falkenberg 2009',
  'Falkenberg ligger över medel i alla 5 områden, mest i IT-plattform, hård och mjuk infrastruktur (+1,1).',
  'Källa: Sveriges IT-kommun 2009, SKL',
  'Järfälla Täby Stockholm ÅÄÖ åäö Œuvre “citat” ‘x’ – — … · € ‰ −0,3 1 000 0123456789',
  'Offentliga officiella affischer, fler flygfält: effektivitet (fi, ffi, ffl, ff, fl)',
];

describe('the shipped DejaVu Sans metrics', () => {
  it("agree with Chromium's canvas to a thousandth of a px, for every character, kerned pair and the charts' texts", () => {
    const context = document.createElement('canvas').getContext('2d')!;
    let worst = { difference: 0, text: '', font: '' };
    let measured = 0;
    for (const [face, bold] of [
      [REGULAR, false],
      [BOLD, true],
    ] as const) {
      for (const size of [12, 13, 15, 18]) {
        context.font = `${bold ? '700 ' : ''}${size}px '${METRICS_FONT}'`;
        for (const text of size === 12 ? [...tableTexts(face), ...sentences] : sentences) {
          const difference = Math.abs(context.measureText(text).width - textWidth(text, size, bold));
          measured++;
          if (difference > worst.difference) worst = { difference, text, font: context.font };
        }
      }
    }
    console.info(`DejaVu Sans table vs canvas, ${measured} texts: largest difference ${worst.difference} px`, worst);
    expect(worst.difference).toBeLessThan(0.001);
  });
});
