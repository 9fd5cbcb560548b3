import { distance, parseColour, type Deficiency, type Rgb } from '../src/model/colour.js';
import { styles } from '../src/view/radar.styles.js';

/** The default of each private token in the first rule that matches `selector`: read from the shipped CSS. */
export function defaults(selector: string): Record<string, Rgb> {
  const css = styles.cssText;
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  const found: Record<string, Rgb> = {};
  for (const [, name, value] of block.matchAll(/--_([\w-]+):\s*var\(--eprofile-[\w-]+,\s*(#[0-9a-fA-F]+)\)/g)) {
    found[name!] = parseColour(value!)!;
  }
  return found;
}

/** The shipped light and dark defaults, by private token name (`series-1`, `background`, …). */
export const themes = { light: defaults(':host'), dark: defaults(":host([theme='dark'])") };

export const DEFICIENCIES: Deficiency[] = ['deuteranopia', 'protanopia', 'tritanopia'];

/**
 * The smallest CIEDE2000 distance allowed between two marks. ΔE00 ≈ 1–2 is just noticeable between large uniform
 * patches; 2.5 px lines and 8 px markers need several times that, since colour differences shrink with the size
 * of a mark (Stone, Szafir and Setlur 2014, "An engineering model for color difference as a function of size").
 * 10 is a conservative bar for telling thin marks apart at a glance; dash and marker shape differ too, so colour
 * is never the only cue.
 */
export const MIN_DELTA_E = 10;

/** The closest pair among `marks`, as a reader with `deficiency` (or normal vision) sees them. */
export function closest(palette: Record<string, Rgb>, marks: string[], deficiency?: Deficiency) {
  let best = { delta: Infinity, pair: '' };
  for (const [i, a] of marks.entries())
    for (const b of marks.slice(i + 1)) {
      const delta = distance(palette[a]!, palette[b]!, deficiency);
      if (delta < best.delta) best = { delta, pair: `${a}/${b}` };
    }
  return best;
}
