import { describe, expect, it } from 'vitest';
import { contrast, parseColour, type Rgb } from '../src/model/colour.js';
import { themes as gallery } from '../demo/themes.data.js';
import { closest, DEFICIENCIES, MIN_DELTA_E, themes as defaults } from './palette-checks.js';

/** `--eprofile-name: #hex` declarations of the rules on the chart itself (not ::part rules) in a piece of CSS. */
function tokens(css: string): Record<string, Rgb> {
  const found: Record<string, Rgb> = {};
  for (const [, body] of css.matchAll(/eprofile-radar\s*\{([^}]*)\}/g))
    for (const [, name, value] of body!.matchAll(/--eprofile-([\w-]+):\s*([^;]+);/g)) {
      const colour = parseColour(value!);
      if (colour) found[name!.replace(/-color$/, '')] = colour;
    }
  return found;
}

/** What the chart shows in a colour scheme: the defaults, then the page's rules, then its dark-only rules. */
function effective(css: string, scheme: 'light' | 'dark'): Record<string, Rgb> {
  const dark = /@media (?:screen and )?\(prefers-color-scheme: dark\)\s*\{([\s\S]*?\}\s*)\}/.exec(css)?.[1] ?? '';
  const always = css.replace(dark, '');
  return { ...defaults[scheme], ...tokens(always), ...(scheme === 'dark' ? tokens(dark) : {}) };
}

/** The gallery's charts draw two series and the comparison. */
const MARKS = ['series-1', 'series-2', 'baseline'];

describe.each(gallery)('the demo theme "$title"', (theme) => {
  const forced = theme.attributes?.theme;
  const schemes: ('light' | 'dark')[] = forced === 'light' || forced === 'dark' ? [forced] : ['light', 'dark'];

  it.each(schemes)('keeps marks at 3:1 and text at 4.5:1 in %s', (scheme) => {
    const palette = effective(theme.css, scheme);
    for (const mark of [...MARKS, 'grid'])
      expect(contrast(palette[mark]!, palette.background!), `${scheme} ${mark}`).toBeGreaterThanOrEqual(3);
    for (const text of ['text', 'muted'])
      expect(contrast(palette[text]!, palette.background!), `${scheme} ${text}`).toBeGreaterThanOrEqual(4.5);
  });

  it.each(schemes)(`keeps its marks ΔE00 ≥ ${MIN_DELTA_E} apart for every vision, in %s`, (scheme) => {
    const palette = effective(theme.css, scheme);
    for (const vision of [undefined, ...DEFICIENCIES]) {
      const { delta, pair } = closest(palette, MARKS, vision);
      expect(delta, `${scheme} ${vision ?? 'normal'} ${pair}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
    }
  });
});

it('reads the themes as the browser applies them', () => {
  for (const theme of gallery) expect(Object.keys(tokens(theme.css)).length, theme.id).toBeGreaterThan(0);
  const css = (id: string) => gallery.find((theme) => theme.id === id)!.css;
  expect(effective(css('kontrast'), 'light').background).toEqual([0, 0, 0]);
  expect(effective(css('kommun'), 'light')['series-1']).toEqual(parseColour('#005a8c'));
  expect(effective(css('kommun'), 'dark')['series-1']).toEqual(parseColour('#6cc0ee'));
  expect(effective(css('kommun'), 'dark').background).toEqual(parseColour('#161616'));
});
