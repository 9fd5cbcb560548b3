/**
 * `<eprofile-radar>` in React 19's JSX: React's own props for an HTML element and its ref (`ref={useRef<EprofileRadar>(null)}`,
 * `style`, `className`, `onClick`, `suppressHydrationWarning`), the element's properties, its attributes in their
 * markup form (`heading-level="3"`), and `oneprofile-error` and the other event props with their detail. Written by
 * hand: the manifest-based generator (lib/jsx.d.ts, kept for Preact, Solid and other JSX runtimes) gives every
 * runtime one `ref` and `style` of its own, which reject React's.
 *
 * React's types are named inside the augmentation, not imported, so a project without React type-checks this file
 * too (with `skipLibCheck: false`, tsc's default). There the block declares a module of its own, in which the two
 * interfaces below are empty; where React is installed, they merge with React's and add nothing.
 */
import type {
  EprofileEventHandlers,
  EprofileRadar,
  EprofileRadarAttributes,
  EprofileRadarProperties,
} from './index.js';
import type { CustomCssProperties } from './jsx.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface ClassAttributes<T> {}
  /** The element's custom properties in `style={{ '--eprofile-series-1': '#005a9c' }}`. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface CSSProperties extends CustomCssProperties {}
  namespace JSX {
    interface IntrinsicElements {
      'eprofile-radar': ClassAttributes<EprofileRadar> &
        HTMLAttributes<EprofileRadar> &
        EprofileRadarProperties &
        EprofileRadarAttributes &
        EprofileEventHandlers;
    }
  }
}
