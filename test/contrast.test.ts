import { describe, expect, it } from 'vitest';
import { contrast, parseColour } from '../src/model/colour.js';
import { formatRatio, over } from '../src/model/contrast.js';

describe('judging an author colour', () => {
  it('sees a translucent colour as it looks over the background', () => {
    expect(over([0, 0, 0], 0.5, [1, 1, 1])).toEqual([0.5, 0.5, 0.5]);
    expect(over([0.2, 0.4, 0.6], 1, [1, 1, 1])).toEqual([0.2, 0.4, 0.6]);
    // 50 % black on white is a mid grey: about 4:1, where opaque black would be 21:1.
    const white = parseColour('#fff')!;
    expect(contrast(over([0, 0, 0], 0.5, white), white)).toBeCloseTo(3.98, 2);
  });

  it('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(2.999)).toBe('2.99:1');
    expect(formatRatio(4.5)).toBe('4.50:1');
    expect(formatRatio(contrast(parseColour('#777777')!, parseColour('#ffffff')!))).toBe('4.47:1');
  });
});
