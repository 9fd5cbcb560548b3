// Runs before `npm test`: the browser tests need Debian's Chromium. Installs it when missing and we are root
// (CI, a fresh container); otherwise says what to do. Never downloads a browser build of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The SVG snapshots are laid out with DejaVu Sans: the same metrics on every machine that runs the tests.
const font = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
if (existsSync(path) && existsSync(font)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Chromium (${path}) or the DejaVu fonts are missing. Install Debian's packages ` +
      '(sudo apt-get install chromium fonts-dejavu-core) or point CHROMIUM_PATH at a Chromium binary, then run npm test again.',
  );
  process.exit(1);
}
console.log('Installing Chromium and DejaVu fonts (Debian packages) for the browser tests…');
execSync(
  'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core',
  {
    stdio: 'inherit',
    shell: '/bin/bash',
  },
);
if (!existsSync(path) || !existsSync(font)) {
  console.error(`apt-get finished but ${path} or ${font} is still missing.`);
  process.exit(1);
}
