import { describe, expect, it } from 'vitest';
import { axisAt } from '../src/model/hit.js';
import { frameLayout } from '../src/model/layout.js';
import { polar } from '../src/model/geometry.js';
import { locales } from '../src/i18n/strings.js';

const measure = (text: string) => text.length * 7;
const frame = frameLayout(Object.values(locales.sv.areas), 0, 4, measure, {
  width: 480,
  labelLineHeight: 17,
  tickFontSize: 12,
});

describe('axisAt', () => {
  it('finds the axis whose spoke is nearest, anywhere inside the plot and the gap around it', () => {
    frame.angles.forEach((angle, i) => {
      for (const distance of [5, frame.radius / 2, frame.reach - 1]) {
        const { x, y } = polar(angle, distance);
        expect(axisAt(frame, x, y), `axis ${i} at ${distance}`).toBe(i);
      }
      // Just short of half-way to the next spoke is still this one.
      const { x, y } = polar(angle + (Math.PI / frame.angles.length) * 0.9, frame.radius / 2);
      expect(axisAt(frame, x, y)).toBe(i);
    });
  });

  it("answers for an area's name anywhere in its box, and for nothing outside the plot and the names", () => {
    frame.labels.forEach((box, i) => {
      expect(axisAt(frame, box.left + 1, box.top + 1)).toBe(i);
      expect(axisAt(frame, box.left + box.width - 1, box.top + box.height - 1)).toBe(i);
    });
    expect(axisAt(frame, frame.width / 2, frame.height)).toBe(-1);
    expect(axisAt(frame, 0, frame.reach + 1)).toBe(-1);
  });
});
