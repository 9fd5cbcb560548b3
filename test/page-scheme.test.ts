import { describe, expect, it } from 'vitest';
import { usedScheme } from '../src/element/page-scheme.js';

describe("a page's scheme, as the browser takes it for its own controls", () => {
  it('is light on a page made for light only, whatever the reader prefers', () => {
    expect(usedScheme('normal', '', true)).toBe('light');
    expect(usedScheme('', '', true)).toBe('light');
    expect(usedScheme('light', '', true)).toBe('light');
    expect(usedScheme('only light', '', true)).toBe('light');
  });

  it("follows the reader where the page lists both, and the page's own choice where it lists one", () => {
    expect(usedScheme('light dark', '', true)).toBe('dark');
    expect(usedScheme('light dark', '', false)).toBe('light');
    expect(usedScheme('dark light', '', false)).toBe('light');
    expect(usedScheme('dark', '', false)).toBe('dark');
    expect(usedScheme('only dark', '', false)).toBe('dark');
  });

  it('reads the meta tag where no element sets the property, and the property over it', () => {
    expect(usedScheme('normal', 'light dark', true)).toBe('dark');
    expect(usedScheme('normal', 'dark', false)).toBe('dark');
    expect(usedScheme('light', 'light dark', true)).toBe('light');
    expect(usedScheme('normal', 'LIGHT  DARK', true)).toBe('dark');
    expect(usedScheme('normal', 'sepia', true)).toBe('light');
  });
});
