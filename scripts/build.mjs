// `npm run build`: the self-contained bundle (dist/eprofile-radar.js), the npm library (lib/: ES modules with lit
// and d3 as dependencies, plus .d.ts), custom-elements.json from the JSDoc, and the demo site (dist/site).
import { execSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command) => execSync(command, { cwd: root, stdio: 'inherit' });

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'eprofile-radar.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
run('npx tsc -p tsconfig.build.json');
run("npx cem analyze --litelement --globs 'src/**/*.ts' --quiet");
await build({ configFile: `${root}vite.config.ts`, logLevel: 'warn' });
// The iframe parent script is plain JavaScript, served as written beside the site and the bundle.
for (const dir of ['dist', 'dist/site']) copyFileSync(`${root}demo/embed-resize.js`, `${root}${dir}/embed-resize.js`);
console.log('Built dist/eprofile-radar.js, lib/, custom-elements.json and dist/site/.');
