// custom-elements.json: `cem analyze --litelement` reads this file (scripts/build.mjs runs it after tsc has written
// lib/). The manifest describes the package as installed: paths into lib/ and only the modules a user imports. The
// JSX types (React 19 and other JSX runtimes) are generated from it; Vue's and Svelte's are written by hand in
// src/vue.d.ts and src/svelte.d.ts (see there why).
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';

/**
 * The modules of the public API: the entry, the element and the class that declares its API (whose properties,
 * events and parts the element's entry lists as inherited), the static renderer (`eprofile-radar/static`), and
 * server rendering and the browser's side of it (`eprofile-radar/ssr`, `eprofile-radar/hydrate`).
 */
export const PUBLIC_MODULES = ['index', 'element/radar-api', 'element/radar-element', 'static', 'ssr', 'hydrate'];

/** `src/x.ts`, `./x.js` or `/src/x.js` (as the analyzer writes a module in different places) → `lib/x.js`. */
const libPath = (path) => path.replace(/^(\.?\/)?(src\/)?/, 'lib/').replace(/\.ts$/, '.js');

export default {
  // package.json names the manifest already ("customElements"); the analyzer would otherwise rewrite that field
  // with wherever it writes, a temporary folder in test/manifest.test.ts.
  packagejson: false,
  plugins: [
    {
      // The element declares its internal reactive state (lit's `state: true`, names starting with `_`) in
      // `static properties` beside its public properties; the analyzer takes every entry there for an attribute.
      // They are not attributes, and not API: leave them out, as every private member.
      name: 'eprofile-public-api',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules = customElementsManifest.modules.filter((module) =>
          PUBLIC_MODULES.includes(module.path.replace(/^src\/|\.ts$/g, '')),
        );
        for (const module of customElementsManifest.modules) {
          module.path = libPath(module.path);
          // What a module exports: the analyzer also lists a function's own constants (`size` in static.ts).
          const exported = new Set((module.exports ?? []).map((item) => item.declaration.name));
          module.declarations = (module.declarations ?? []).filter((declaration) => exported.has(declaration.name));
          for (const declaration of module.declarations ?? []) {
            // The API's class is the element's base, not an element of its own: only a class with a tag is one.
            if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
            // Where the element's base and what it inherits are declared, as installed.
            if (declaration.superclass?.module) declaration.superclass.module = libPath(declaration.superclass.module);
            for (const kind of ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties'])
              for (const item of declaration[kind] ?? [])
                if (item.inheritedFrom?.module) item.inheritedFrom.module = libPath(item.inheritedFrom.module);
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter((attribute) => !attribute.name.startsWith('_'));
            if (declaration.members)
              declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
          }
        }
        // A re-export names the module that declares it. The entry defines the tag, which the analyzer reads as
        // a tag named after the constant (`TAG`): the definition is written with the tag's own name instead.
        const home = new Map();
        for (const module of customElementsManifest.modules)
          for (const declaration of module.declarations ?? []) home.set(declaration.name, { module, declaration });
        for (const module of customElementsManifest.modules) {
          for (const exported of module.exports ?? []) {
            const found = home.get(exported.declaration.name);
            exported.declaration.module = found ? found.module.path : libPath(exported.declaration.module);
          }
          if (module.path !== 'lib/index.js') continue;
          module.exports = module.exports.filter((exported) => exported.kind !== 'custom-element-definition');
          for (const { module: owner, declaration } of home.values())
            if (declaration.customElement)
              module.exports.push({
                kind: 'custom-element-definition',
                name: declaration.tagName,
                declaration: { name: declaration.name, module: owner.path },
              });
        }
      },
    },
    // React 19 sets a custom element's properties and listens for `on<event name>` props as they are written
    // (`oneprofile-error`), which is what this generator types; it imports the detail types from the entry.
    // test/manifest.test.ts analyses without writing lib/ (EPROFILE_MANIFEST_ONLY).
    jsxTypesPlugin({
      componentTypePath: () => './index.js',
      fileName: 'jsx.d.ts',
      outdir: 'lib',
      skip: process.env.EPROFILE_MANIFEST_ONLY === '1',
    }),
  ],
};
