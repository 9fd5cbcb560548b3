/**
 * custom-elements.json, as the build writes it, against the README's tables: the same attributes, properties,
 * events (with their detail), parts and custom properties (with their light defaults), so neither can drift.
 * It describes the package as installed: paths into lib/, public modules only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../scripts/bundle.mjs';

interface Named {
  name: string;
  default?: string;
  description?: string;
  type?: { text: string };
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration extends Named {
  customElement?: boolean;
  tagName?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module: string } }[];
}

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const entry = readFileSync(join(root, 'src/index.ts'), 'utf8');
/** The README's table rows under a heading: each row's cells, the header and rule rows left out. */
const rows = (heading: string) => {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const table = readme
    .slice(start)
    .split('\n\n')
    .find((block) => block.startsWith('|'))!;
  return table
    .split('\n')
    .slice(2)
    .map((row) => row.split(' | ').map((cell) => cell.replace(/^\| |\|$/g, '').trim()));
};
/** Names in backticks in a cell (`min`, `max` → min, max). */
const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
const sorted = (list: string[]) => [...list].sort();

const outdir = mkdtempSync(join(root, 'node_modules/.eprofile-manifest-'));
let modules: Module[] = [];
let element: Declaration;

beforeAll(() => {
  execFileSync(
    join(root, 'node_modules/.bin/cem'),
    ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet', '--outdir', relative(root, outdir)],
    { cwd: root, env: { ...process.env, EPROFILE_MANIFEST_ONLY: '1' } },
  );
  modules = (JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')) as { modules: Module[] }).modules;
  element = modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.customElement)!;
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('custom-elements.json', () => {
  it('lists only the public modules, by their paths in lib/', () => {
    expect(modules.map((module) => module.path).sort()).toEqual([
      'lib/element/radar-api.js',
      'lib/element/radar-element.js',
      'lib/hydrate.js',
      'lib/index.js',
      'lib/ssr.js',
      'lib/static.js',
    ]);
    // Only what a module exports: a function's own constant (`size` in static.ts) was listed as the module's.
    for (const module of modules)
      for (const declaration of module.declarations ?? [])
        expect((module.exports ?? []).map((exported) => exported.declaration.name)).toContain(declaration.name);
    const ssr = modules.find((module) => module.path === 'lib/ssr.js')!;
    expect(ssr.declarations?.map((declaration) => declaration.name)).toEqual(['styleHash']);
    const paths = modules.flatMap((module) => (module.exports ?? []).map((exported) => exported.declaration.module));
    for (const path of paths) {
      expect(path).toMatch(/^lib\/.*\.js$/);
      expect(existsSync(join(root, path.replace(/^lib/, 'src').replace(/\.js$/, '.ts'))), path).toBe(true);
    }
  });

  it('defines the tag by its name, with the class where it is declared', () => {
    const definitions = modules.flatMap((module) =>
      (module.exports ?? []).filter((exported) => exported.kind === 'custom-element-definition'),
    );
    expect(definitions).toEqual([
      {
        kind: 'custom-element-definition',
        name: 'eprofile-radar',
        declaration: { name: 'EprofileRadar', module: 'lib/element/radar-element.js' },
      },
    ]);
  });

  it("has the README's attributes and properties, and nothing private", () => {
    const table = rows('### Attributes and properties');
    expect(sorted(element.attributes!.map((attribute) => attribute.name))).toEqual(
      sorted(table.flatMap(([attribute]) => names(attribute!))),
    );
    const properties = element.members!.filter((member) => member.kind === 'field' && !member.static);
    expect(sorted(properties.map((member) => member.name))).toEqual(
      sorted(table.flatMap(([, property]) => names(property!))),
    );
    expect(element.members!.filter((member) => member.privacy === 'private' || member.name.startsWith('_'))).toEqual(
      [],
    );
  });

  it('types each attribute in words an editor can show: literals, or types the entry exports', () => {
    // An internal alias ("ControlsMode") told an editor's tooltip nothing.
    const exported = ['ScoresInput', 'SeriesInput', 'Area', 'Strings'];
    for (const attribute of element.attributes!)
      for (const name of attribute.type?.text.match(/\b[A-Z]\w*/g) ?? [])
        expect(exported, `${attribute.name}: ${attribute.type!.text}`).toContain(name);
    expect(element.attributes!.find((attribute) => attribute.name === 'controls')!.type!.text).toBe(
      "'compact' | 'full' | 'none'",
    );
  });

  it("has the README's events, each typed with a detail type the entry exports, with the README's detail", () => {
    const table = rows('### Events');
    expect(sorted(element.events!.map((event) => event.name))).toEqual(
      sorted(table.map(([event]) => names(event!)[0]!)),
    );
    for (const event of element.events!) {
      const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
      expect(detail, event.name).toBeDefined();
      expect(entry).toContain(`  ${detail},`);
      const row = table.find(([name]) => name === `\`${event.name}\``)!;
      expect(event.description).toContain(`detail: ${names(row[2]!)[0]}`);
    }
  });

  it("has the README's parts, series-1 to series-4 included", () => {
    expect(sorted(element.cssParts!.map((part) => part.name))).toEqual(
      sorted(rows('### Parts').map(([part]) => names(part!)[0]!)),
    );
    expect(element.cssParts!.map((part) => part.name)).toEqual(
      expect.arrayContaining(['series-1', 'series-2', 'series-3', 'series-4']),
    );
  });

  it("has the README's custom properties, each with the README's light default", () => {
    const table = rows('### Custom properties').map(([property, light]) => [names(property!)[0], names(light!)[0]]);
    expect(sorted(element.cssProperties!.map((property) => property.name))).toEqual(
      sorted(table.map(([property]) => property!)),
    );
    for (const property of element.cssProperties!)
      expect([property.name, property.default]).toEqual(table.find(([name]) => name === property.name));
  });
});
