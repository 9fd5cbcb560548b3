// The browsers the tests run in, all from Debian's packages (never a browser build downloaded by a test tool):
// where each one's binary is and which packages bring it. Shared by scripts/ensure-browsers.mjs (run before
// `npm test`) and the cross-engine tests (test/engines/).
import { chromiumPath } from './chromium.mjs';

/** @typedef {'chromium' | 'firefox' | 'webkit'} EngineName */

/** @type {Record<EngineName, {binary: string, driver?: string, packages: string[]}>} */
export const BROWSERS = {
  chromium: { binary: chromiumPath, packages: ['chromium'] },
  firefox: { binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
  webkit: {
    binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    driver: '/usr/bin/WebKitWebDriver',
    // The driver's package brings the engine and MiniBrowser; Xvfb gives it a display in a headless machine.
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};
