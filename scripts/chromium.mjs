// Debian's Chromium and the flags it runs with here; never a downloaded browser (see README, Tests). Shared by
// vite.config.ts (browser tests), scripts/screenshots.mjs and the benchmark (bench/run.mjs).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
