import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, LOOK_TOKENS } from '../src/model/look.js';
import { styles } from '../src/view/radar.styles.js';

/** `--_name: var(--eprofile-…, value)` pairs from one block of radar.styles.ts. */
function defaults(css: string): Map<string, string> {
  return new Map([...css.matchAll(/(--_[\w-]+):\s*var\([^,]+,\s*([^)]+)\)/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('the look of static drawings', () => {
  const css = styles.cssText;
  const light = defaults(css.slice(css.indexOf(':host {'), css.indexOf(':host([theme')));
  const darkStart = css.indexOf(":host([theme='dark'])");
  const dark = defaults(css.slice(darkStart, css.indexOf('}', darkStart)));

  for (const [name, look, tokens] of [
    ['light', LIGHT, light],
    ['dark', DARK, dark],
  ] as const) {
    it(`uses the element's ${name} colours`, () => {
      expect(LOOK_TOKENS.series.map((token) => tokens.get(token))).toEqual(look.series);
      for (const key of ['baseline', 'grid', 'text', 'muted', 'background'] as const)
        expect(tokens.get(LOOK_TOKENS[key]), key).toBe(look[key]);
      expect(Number(tokens.get(LOOK_TOKENS.fillOpacity))).toBe(look.fillOpacity);
    });
  }
});
