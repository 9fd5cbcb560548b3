import { describe, expect, it } from 'vitest';
import { DEFAULT_AREAS, parseInput, parseNumber, splitList } from '../src/input/parse.js';

describe('parseNumber', () => {
  it('reads decimal commas and points alike', () => {
    expect(parseNumber('3,2')).toBe(3.2);
    expect(parseNumber('3.2')).toBe(3.2);
    expect(parseNumber('4')).toBe(4);
  });
});

describe('splitList', () => {
  it('splits on whitespace and semicolons, dropping list commas', () => {
    expect(splitList('3,0 3,2;3,0 ;3,0\n3,1')).toEqual(['3,0', '3,2', '3,0', '3,0', '3,1']);
    expect(splitList('3.0, 3.2, 3.0, 3.0, 3.1')).toEqual(['3.0', '3.2', '3.0', '3.0', '3.1']);
  });
});

describe('parseInput', () => {
  it('accepts the PRODUCT.md example', () => {
    const { data, problems } = parseInput({
      scores: '3,0 3,2 3,0 3,0 3,1',
      baseline: '2,1 2,1 2,0 2,0 2,0',
      label: 'Falkenberg',
    });
    expect(problems).toEqual([]);
    expect(data?.areas).toEqual([...DEFAULT_AREAS]);
    expect(data?.series).toEqual([{ label: 'Falkenberg', values: [3, 3.2, 3, 3, 3.1] }]);
    expect(data?.baseline?.values).toEqual([2.1, 2.1, 2, 2, 2]);
  });
});
