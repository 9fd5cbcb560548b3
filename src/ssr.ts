/**
 * `eprofile-radar/ssr`: the element, able to render on a server (Lit SSR). Area names are measured from font
 * metrics the package ships, as a server has no canvas: import this entry instead of `eprofile-radar` where the
 * chart is rendered to HTML. The browser that hydrates that HTML loads `eprofile-radar/hydrate`, which repeats
 * the server's first layout exactly. The font comes first, so a chart defined here already has it.
 */
import './element/server-font.js';

export * from './index.js';
