/**
 * `<eprofile-radar>` in Svelte 5 markup, for svelte-check: the element's properties (Svelte sets them as properties
 * on a defined custom element) and `oneprofile-error` and the other event attributes, with their detail. Written
 * by hand: the manifest-based generator writes Svelte 4's `on:` and `bind:` directives.
 *
 * Svelte's own types are named inside the augmentation, not imported, so a project without Svelte type-checks this
 * file too (with `skipLibCheck: false`, tsc's default). There the block declares a module of its own, in which
 * Svelte's `HTMLAttributes` does not exist: it is declared below, empty. Where Svelte is installed, that empty
 * declaration merges with Svelte's and adds nothing.
 */
import type {
  EprofileEventHandlers,
  EprofileRadar,
  EprofileRadarAttributes,
  EprofileRadarProperties,
} from './index.js';

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T extends EventTarget> {}
  interface SvelteHTMLElements {
    'eprofile-radar': HTMLAttributes<EprofileRadar> &
      EprofileRadarProperties &
      EprofileRadarAttributes &
      EprofileEventHandlers;
  }
}
