import { afterEach, describe, expect, it } from 'vitest';
import { locales } from '../src/i18n/strings.js';
import { BOLD, REGULAR } from '../src/model/dejavu-sans.js';
import { METRICS_FONT, textWidth } from '../src/model/font-metrics.js';
import { renderStatic } from '../src/static.js';
import { mount, settle } from './mount.js';
import { FALKENBERG } from './fixtures.js';

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

/** The lines of each area name around the radar, and where each line starts, as drawn. */
function drawnLabels(texts: Iterable<Element>): { lines: string[]; x: number; y: number }[] {
  return [...texts].map((text) => {
    const spans = [...text.querySelectorAll('tspan')];
    return {
      lines: spans.map((span) => span.textContent!.trim()),
      x: Number(spans[0]!.getAttribute('x')),
      y: Number(spans[0]!.getAttribute('y')),
    };
  });
}

/** An author's own names: kerned pairs (Te, Yo, AV), Latin-1, typographic punctuation, a word too long to wrap. */
const AUTHORS_AREAS = [
  { key: 'a', label: 'Tjänster på webben – e-tjänster “dygnet runt”' },
  { key: 'b', label: 'Yrkesroller och AV-teknik' },
  { key: 'c', label: 'Öppna data, API:er & återanvändning' },
  { key: 'd', label: 'Informationssäkerhetsarbete' },
  { key: 'e', label: 'Ledning’s styrning · uppföljning' },
];

describe('the static renderer', () => {
  for (const lang of ['sv', 'en'])
    for (const width of [320, 400, 600, 800])
      it(`wraps and places the area names as the element does in DejaVu Sans (${lang}, ${width} px)`, async () => {
        for (const areas of [undefined, AUTHORS_AREAS]) {
          const chart = await mount({ ...FALKENBERG, lang, style: `--eprofile-font-family: '${METRICS_FONT}'` }, width);
          if (areas) {
            chart.areas = areas;
            await settle(chart);
          }
          const live = drawnLabels(chart.shadowRoot!.querySelectorAll('.axis-label'));
          const { svg } = renderStatic({ ...FALKENBERG, lang, areas }, width);
          const document_ = new DOMParser().parseFromString(svg, 'image/svg+xml');
          // The radar's group holds the ring values (placed with x) and the area names (their spans placed).
          const drawn = drawnLabels(document_.querySelectorAll('svg > g > g > text[text-anchor]:not([x])'));
          expect(live).toHaveLength(5);
          expect(drawn.map((label) => label.lines)).toEqual(live.map((label) => label.lines));
          drawn.forEach((label, i) => {
            expect(label.x).toBeCloseTo(live[i]!.x, 2);
            expect(label.y).toBeCloseTo(live[i]!.y, 2);
          });
          chart.parentElement!.remove();
        }
      });
});
