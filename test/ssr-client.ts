// The client of a server-rendered page (test/ssr.test.ts), as an app imports it.
import '../src/hydrate.js';
