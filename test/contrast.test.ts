import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, luminance, over } from '../src/model/contrast.js';

const hex = (text: string) => ({
  r: parseInt(text.slice(1, 3), 16),
  g: parseInt(text.slice(3, 5), 16),
  b: parseInt(text.slice(5, 7), 16),
  a: 1,
});

describe('WCAG contrast', () => {
  it('spans 1 to 21 between black and white, in either order', () => {
    expect(luminance(hex('#ffffff'))).toBeCloseTo(1, 10);
    expect(luminance(hex('#000000'))).toBe(0);
    expect(contrastRatio(hex('#000000'), hex('#ffffff'))).toBeCloseTo(21, 10);
    expect(contrastRatio(hex('#ffffff'), hex('#000000'))).toBeCloseTo(21, 10);
    expect(contrastRatio(hex('#767676'), hex('#767676'))).toBe(1);
  });

  it('matches known pairs: #767676 on white is the lightest grey for 4.5:1', () => {
    expect(contrastRatio(hex('#767676'), hex('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(hex('#777777'), hex('#ffffff'))).toBeLessThan(4.5);
    expect(contrastRatio(hex('#949494'), hex('#ffffff'))).toBeCloseTo(3.03, 2);
  });

  it('judges a translucent colour by what it looks like over the background', () => {
    const half = { ...hex('#000000'), a: 0.5 };
    expect(over(half, hex('#ffffff'))).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });

  it('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(2.999)).toBe('2.99:1');
    expect(formatRatio(4.5)).toBe('4.50:1');
  });
});
