/**
 * `eprofile-radar/ssr`: the element, able to render on a server (Lit SSR). Area names are measured from font
 * metrics the package ships, as a server has no canvas: import this entry instead of `eprofile-radar` where the
 * chart is rendered to HTML. The browser that hydrates that HTML loads `eprofile-radar/hydrate`, which repeats
 * the server's first layout exactly. The font comes first, so a chart defined here already has it.
 */
import './element/server-font.js';
import type { CSSResult } from 'lit';
import { EprofileRadar } from './element/radar-element.js';

export * from './index.js';

/**
 * The CSP hash source (`'sha256-…'`) of the `<style>` Lit SSR writes into each chart's declarative shadow DOM. A
 * strict `style-src` (no `'unsafe-inline'`) blocks that element, so without the script the server's chart would be
 * unstyled (the script adopts the same styles as constructed sheets, which CSP allows); add this source to
 * `style-src` to have the HTML styled on its own. It changes with the package's version, so compute it, don't copy it.
 */
export async function styleHash(): Promise<string> {
  const text = EprofileRadar.elementStyles.map((style) => (style as CSSResult).cssText).join('');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}
