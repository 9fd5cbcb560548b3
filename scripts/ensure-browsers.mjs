// Runs before `npm test`: the element is tested in Chromium, Firefox ESR and WebKitGTK, all Debian's packages.
// Installs what is missing when we are root (CI, a fresh container); otherwise says what to install. Never
// downloads a browser build of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSERS } from './browsers.mjs';

// The SVG snapshots are laid out with DejaVu Sans: the same metrics on every machine that runs the tests.
const FONT = { file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', package: 'fonts-dejavu-core' };
const XVFB = { file: '/usr/bin/Xvfb', package: 'xvfb' };

const needed = [
  ...Object.values(BROWSERS).flatMap(({ binary, driver, packages }) =>
    [binary, driver].filter((file) => file && !existsSync(file)).length ? packages : [],
  ),
  ...[FONT, XVFB].filter(({ file }) => !existsSync(file)).map((item) => item.package),
];
if (needed.length === 0) process.exit(0);

const packages = [...new Set(needed)].join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `The browser tests need Debian's packages ${packages}. Install them (sudo apt-get install ${packages}), or ` +
      'point CHROMIUM_PATH / FIREFOX_PATH at the binaries, or run one engine alone (README, Tests), then npm test again.',
  );
  process.exit(1);
}
console.log(`Installing ${packages} (Debian packages) for the browser tests…`);
execSync(
  `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`,
  { stdio: 'inherit', shell: '/bin/bash' },
);
const missing = [
  ...Object.values(BROWSERS).flatMap(({ binary, driver }) => [binary, driver]),
  FONT.file,
  XVFB.file,
].filter((file) => file && !existsSync(file));
if (missing.length) {
  console.error(`apt-get finished but ${missing.join(', ')} is still missing.`);
  process.exit(1);
}
