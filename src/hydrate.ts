/**
 * `eprofile-radar/hydrate`: for the browser of a page whose charts were rendered on the server with
 * `eprofile-radar/ssr`. lit's hydration support comes first, as it must be loaded before lit, so the charts take
 * over the server's DOM as it is rather than drawing it again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './ssr.js';
