import { describe, expect, it } from 'vitest';
import { axisAngles } from '../src/model/geometry.js';
import { layoutLabels, wrap, wrapAnywhere, type LabelBox } from '../src/model/labels.js';
import { locales } from '../src/i18n/strings.js';
import { joined } from './asserts.js';

/** A wide fake font: 7 px a character (real 13 px sans is narrower), so a fit here fits in a browser too. */
const measure = (text: string) => text.length * 7;
const options = { lineHeight: 17, gap: 9, maxRadius: 200, minRadius: 48, maxLines: 3, maxLabelWidth: 153 };
const sv = Object.values(locales.sv.areas);
const en = Object.values(locales.en.areas);

/** Whether two boxes overlap, or sit side by side nearer than `across` px. */
function overlap(a: LabelBox, b: LabelBox, across = 0): boolean {
  return (
    a.left < b.left + b.width + across &&
    b.left < a.left + a.width + across &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

describe('wrap', () => {
  it('breaks between words at the width', () => {
    expect(wrap('IT-plattform, hård och mjuk infrastruktur', 100, measure)).toEqual([
      'IT-plattform,',
      'hård och mjuk',
      'infrastruktur',
    ]);
  });
  it('keeps a word longer than the width whole on its own line', () => {
    expect(wrap('Förändringsledning och kommunikation', 50, measure)).toEqual([
      'Förändringsledning',
      'och',
      'kommunikation',
    ]);
  });
  it('breaks a compound after its hyphen, as print does, never leaving one letter before it or two after', () => {
    // 7 px a character: "IT-plattform" is 84 px.
    expect(wrap('IT-plattform', 70, measure)).toEqual(['IT-', 'plattform']);
    expect(wrap('IT-plattform', 84, measure)).toEqual(['IT-plattform']);
    expect(wrap('Samverkan och IT-ekonomi', 100, measure)).toEqual(['Samverkan och', 'IT-ekonomi']);
    expect(wrap('Samverkan och IT-ekonomi', 60, measure)).toEqual(['Samverkan', 'och IT-', 'ekonomi']);
    expect(wrap('E-förvaltning', 40, measure)).toEqual(['E-förvaltning']);
    expect(wrap('Nord-Ed', 30, measure)).toEqual(['Nord-Ed']);
    expect(joined(wrap('Samverkan och IT-ekonomi', 60, measure))).toBe('Samverkan och IT-ekonomi');
    // Only a word wider than the line breaks: "IT-ekonomi" fits, and stays whole beside one that does not.
    expect(wrap('Samverkan och IT-ekonomi Verksamhetsutveckling', 119, measure)).toEqual([
      'Samverkan och',
      'IT-ekonomi',
      'Verksamhetsutveckling',
    ]);
    // Letters written with combining marks (NFD) count as letters.
    expect(wrap('Ve\u0301-plattform', 60, measure)).toEqual(['Ve\u0301-', 'plattform']);
  });
  it('for a text block, breaks a word wider than the whole width between its characters', () => {
    // 7 px a character: 70 px holds ten.
    expect(wrapAnywhere(`Källa: ${'x'.repeat(25)} SKL`, 70, measure)).toEqual([
      'Källa:',
      'xxxxxxxxxx',
      'xxxxxxxxxx',
      'xxxxx',
      'SKL',
    ]);
    expect(wrapAnywhere('Källa: SKL 2009', 70, measure)).toEqual(wrap('Källa: SKL 2009', 70, measure));
  });
  it('collapses runs of whitespace', () => {
    expect(wrap('  a   b  ', 1000, measure)).toEqual(['a b']);
  });
});

describe('layoutLabels', () => {
  for (const [name, labels] of [
    ['sv', sv],
    ['en', en],
  ] as const) {
    for (const width of [272, 312, 352, 472, 792, 1592]) {
      it(`fits the ${name} labels in ${width} px (inside, apart, nothing cut), or says they do not fit`, () => {
        const layout = layoutLabels(labels, axisAngles(5), measure, { ...options, width });
        // In this wide fake font; narrower, the chart takes the short names (model/layout.ts).
        if (width >= 352) expect(layout).not.toBeNull();
        if (!layout) return;
        const { radius, boxes } = layout;
        expect(radius).toBeGreaterThan(0);
        for (const box of boxes) {
          expect(box.left).toBeGreaterThanOrEqual(-width / 2 - 0.5);
          expect(box.left + box.width).toBeLessThanOrEqual(width / 2 + 0.5);
          expect(box.lines.length).toBeLessThanOrEqual(width >= 472 ? 3 : 12);
          // Every word of the label is there, in order: nothing is cut (a compound only after its hyphen).
          expect(joined(box.lines)).toBe(labels[boxes.indexOf(box)]);
        }
        // Side by side, names are about an em apart (three quarters of a line), or two read as one.
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!, 12.75 - 0.01)).toBe(false);
      });
    }
  }

  it('gives a wider chart a larger plot, up to the maximum', () => {
    const radii = [400, 600, 800, 1600].map(
      (width) => layoutLabels(sv, axisAngles(5), measure, { ...options, width })!.radius,
    );
    expect(radii).toEqual([...radii].sort((a, b) => a - b));
    expect(radii.at(-1)).toBe(200);
  });

  it('fits eight 40-character labels', () => {
    const labels = Array.from({ length: 8 }, (_, i) => `Område ${i + 1} med ett mycket långt namn xx`.slice(0, 40));
    const { boxes } = layoutLabels(labels, axisAngles(8), measure, { ...options, width: 792 })!;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
  });
});
