import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { styles } from '../src/view/radar.styles.js';
import { controlStyles } from '../src/element/controls.styles.js';

/** Every stylesheet of the element, as the browser gets it. */
const css = [styles, controlStyles].map((sheet) => sheet.cssText).join('\n');
/** The element's API, where its custom properties and parts are documented for custom-elements.json. */
const element = readFileSync(new URL('../src/element/radar-api.ts', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const theming = readme.slice(readme.indexOf('## Theming'), readme.indexOf('\n## ', readme.indexOf('## Theming') + 1));

const all = (pattern: RegExp, text: string) => new Set([...text.matchAll(pattern)].map((match) => match[1]!));
const sorted = (names: Iterable<string>) => [...names].sort();

/** The view's templates, which set a few private tokens per element through the CSSOM (`cssomStyle`). */
const views = ['table', 'figure']
  .map((name) => readFileSync(new URL(`../src/view/${name}.ts`, import.meta.url), 'utf8'))
  .join('\n');
/** Private tokens: `--_name: …` (or a template's `'--_name': …`) defines one, `var(--_name…)` uses one. */
const defined = new Set([...all(/(--_[\w-]+)\s*:/g, css), ...all(/'(--_[\w-]+)'\s*:/g, views)]);
const used = all(/var\(\s*(--_[\w-]+)/g, css);
/** Public tokens read by the styles, and those documented on the element for custom-elements.json. */
const read = all(/var\(\s*(--eprofile-[\w-]+)/g, css);
const documented = all(/@cssprop\s+\[?(--eprofile-[\w-]+)/g, element);

describe('design tokens', () => {
  it('defines every private token it uses', () => {
    expect(sorted([...used].filter((name) => !defined.has(name)))).toEqual([]);
  });

  it('uses every private token it defines', () => {
    expect(sorted([...defined].filter((name) => !used.has(name)))).toEqual([]);
  });

  it('documents exactly the public tokens it reads', () => {
    expect(sorted(read)).toEqual(sorted(documented));
  });

  it('reads a public token only to define a private one, so internal rules stay on the private names', () => {
    const outside = [...css.matchAll(/([\w-]+)\s*:\s*[^;{}]*var\(\s*--eprofile-/g)]
      .map((match) => match[1]!)
      .filter((property) => !property.startsWith('--_'));
    expect(outside).toEqual([]);
  });

  it('never uses !important, so author styles and ::part() rules win', () => {
    expect(css).not.toMatch(/!\s*important/i);
  });

  it('documents a part for the heading, grid, labels, series, baseline, legend, table and tooltip', () => {
    const parts = all(/@csspart\s+([\w-]+)/g, element);
    for (const part of ['heading', 'grid', 'axis-label', 'series', 'baseline', 'legend', 'table', 'tooltip'])
      expect(parts).toContain(part);
  });

  it("lists every public token and every part in the README's Theming section", () => {
    const rows = (pattern: RegExp) => all(pattern, theming);
    expect(sorted(rows(/^\| `(--eprofile-[\w-]+)`/gm))).toEqual(sorted(documented));
    expect(sorted(rows(/^\| `([a-z][\w-]*)`\s*\|/gm))).toEqual(sorted(all(/@csspart\s+([\w-]+)/g, element)));
  });
});
