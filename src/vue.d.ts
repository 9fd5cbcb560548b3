/**
 * `<eprofile-radar>` in Vue 3 templates, for vue-tsc and Volar: the element's properties as props and its events for
 * `@eprofile-error` and the others, with their detail. Written by hand: the manifest-based generator types events
 * as `oneprofile-error` props in a second `CustomEvent<…>`, which Vue templates (`@eprofile-error`) never use.
 * Vue also needs to be told the tag is a custom element: `compilerOptions.isCustomElement` (see README).
 *
 * No type is imported from Vue (it re-exports its own from packages that pnpm does not hoist), so a project
 * without Vue type-checks this file too, with `skipLibCheck: false`.
 */
import type {
  EprofileErrorEvent,
  EprofileFocusAreaEvent,
  EprofileRadar,
  EprofileRadarProperties,
  EprofileViewEvent,
} from './index.js';

/**
 * The DOM's own events as Vue names their listeners (`@click` is `onClick`, `@keydown` `onKeydown`), typed by
 * the DOM's event map: `strictTemplates` rejects a listener a component does not declare.
 */
type DomListeners = {
  [Name in keyof GlobalEventHandlersEventMap as `on${Capitalize<Name>}`]?: (
    event: GlobalEventHandlersEventMap[Name],
  ) => void;
};

/** The element's events as a Vue component's emits: the listener gets the DOM event itself. */
interface EprofileRadarEmit {
  (event: 'eprofile-error', payload: EprofileErrorEvent): void;
  (event: 'eprofile-focus-area', payload: EprofileFocusAreaEvent): void;
  (event: 'eprofile-view', payload: EprofileViewEvent): void;
}

declare module 'vue' {
  interface GlobalComponents {
    /** The element as Vue's template checker sees a component: `$props` for attributes, `$emit` for events. */
    'eprofile-radar': new () => EprofileRadar & {
      /** For template type checking only. */
      $props: Omit<EprofileRadarProperties, 'headingLevel'> &
        DomListeners & {
          /** `heading-level="3"` in a template is the attribute, written as text. */
          headingLevel?: number | `${number}`;
          class?: unknown;
          style?: unknown;
          id?: string;
          key?: PropertyKey;
          /** A template ref: `ref="chart"` with `useTemplateRef<EprofileRadar>('chart')`, a ref, or a function. */
          ref?: unknown;
          ref_for?: boolean;
          ref_key?: string;
          /** The attributes every HTML element takes, as Vue's own types give a `<div>`. */
          accesskey?: string;
          autocapitalize?: string;
          autofocus?: boolean | 'true' | 'false' | '';
          contenteditable?: boolean | 'true' | 'false' | 'plaintext-only' | '';
          dir?: string;
          draggable?: boolean | 'true' | 'false';
          enterkeyhint?: string;
          exportparts?: string;
          hidden?: boolean | '' | 'hidden' | 'until-found';
          inert?: boolean | '';
          inputmode?: string;
          is?: string;
          itemid?: string;
          itemprop?: string;
          itemref?: string;
          itemscope?: boolean | '';
          itemtype?: string;
          nonce?: string;
          part?: string;
          popover?: boolean | '' | 'auto' | 'manual' | 'hint';
          role?: string;
          slot?: string;
          spellcheck?: boolean | 'true' | 'false' | '';
          tabindex?: number | `${number}`;
          title?: string;
          translate?: 'yes' | 'no' | '';
          /** `@vue:mounted` and the other vnode hooks. */
          [hook: `onVnode${Capitalize<string>}` | `onVue:${string}`]: unknown;
          /** `data-*` and `aria-*` attributes, which the template checker names in camel case (`dataTestid`). */
          [attribute: `data${Capitalize<string>}` | `data-${string}`]: unknown;
          [attribute: `aria${Capitalize<string>}` | `aria-${string}`]: unknown;
        };
      /** For template type checking only: the element fires DOM events; it has no `$emit`. */
      $emit: EprofileRadarEmit;
    };
  }
}
