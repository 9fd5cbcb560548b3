// The client of a server-rendered page (test/ssr.test.ts): lit's hydration support first, then the element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../src/index.js';
