#!/usr/bin/env node
// `eprofile-radar render profile.json [--width 600] [--fragment] > chart.html`: the chart as HTML with an inline
// SVG and the data table, for pages that strip scripts. Runs from the built lib/ (npm run build).
import { readFileSync } from 'node:fs';
import { profileWarnings, renderStatic, staticPage } from '../lib/static.js';

const usage = `Usage: eprofile-radar render <profile.json | -> [--width <px>] [--fragment] [--svg]

  Writes HTML (a page, or with --fragment only the <figure>) with an inline SVG and the data table;
  with --svg, the self-contained SVG alone (--fragment is then nothing more). --width: 264 to 1600 px,
  600 by default. "-" reads the profile from standard input. The profile is JSON with the element's properties:
  {"heading": "E-profil Falkenberg 2009", "label": "Falkenberg", "scores": "3,0 3,2 3,0 3,0 3,1",
   "baseline": "2,1 2,1 2,0 2,0 2,0", "lang": "sv", "theme": "light", "source": "SKL 2009"}`;

// Options as `--width 480` or `--width=480`; anything else starting with "--" is a mistake, said as one (a misspelt
// "--frament" wrote a whole page where a fragment was wanted).
const OPTIONS = new Set(['--width', '--fragment', '--svg']);
const args = [];
const values = new Map();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  }
  if (!arg.startsWith('--') || arg === '-') {
    args.push(arg);
    continue;
  }
  const [name, inline] = arg.split(/=(.*)/s);
  if (!OPTIONS.has(name)) {
    console.error(`eprofile-radar: unknown option ${name}.\n\n${usage}`);
    process.exit(2);
  }
  values.set(name, name === '--width' ? (inline ?? argv[++i]) : true);
}
const [command, file] = args;
if (command !== 'render' || !file || args.length > 2) {
  console.error(usage);
  process.exit(2);
}
const width = values.has('--width') ? Number(values.get('--width') ?? NaN) : 600;
if (!Number.isFinite(width) || width < 264 || width > 1600) {
  console.error('eprofile-radar: --width must be a number of px from 264 to 1600.');
  process.exit(2);
}
/**
 * A file's text: UTF-8 (a BOM dropped: Windows Notepad's "UTF-8 with BOM", which JSON does not allow), UTF-16 by
 * its BOM, and otherwise, where the bytes are not UTF-8, Windows-1252, as Swedish Windows and Excel save text
 * ("ANSI"): read as UTF-8 it turned "Växjö" into "V�xj�" without a word. Said as a warning.
 */
function decode(bytes) {
  const bom = bytes.subarray(0, 2).toString('hex');
  if (bom === 'fffe' || bom === 'feff') return new TextDecoder(bom === 'fffe' ? 'utf-16le' : 'utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    console.error(`eprofile-radar: warning: ${file} is not UTF-8; read as Windows-1252 (ANSI). Save it as UTF-8.`);
    return windows1252(bytes);
  }
}

/**
 * Windows-1252 by hand: Node's TextDecoder reads it as Latin-1 (nodejs/node#60888), whose 0x80–0x9F are control
 * characters where Windows-1252 has – ” € and the like, which Swedish text uses ("3,2 – 3,1", ”Växjö”).
 */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function windows1252(bytes) {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? CP1252[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
let profile;
try {
  profile = JSON.parse(decode(readFileSync(file === '-' ? 0 : file)));
} catch (error) {
  console.error(`eprofile-radar: cannot read ${file}: ${error.message}`);
  process.exit(1);
}
// Another kind of JSON (a list of profiles, a data set's own format) would only say "scores: no values".
const isProfile = profile !== null && typeof profile === 'object' && !Array.isArray(profile);
if (!isProfile || !('scores' in profile || 'series' in profile)) {
  console.error(`eprofile-radar: ${file} is not one profile: it needs "scores" (or "series").\n\n${usage}`);
  process.exit(1);
}
// A profile's text goes to a terminal: control characters (an escape sequence sets its title or colours) and
// direction overrides are written as \u{…}, as the drawing already shows every text as text. Isolates (U+2066 to
// U+2069) stay: the sentences put them around right-to-left names, and they only keep a name in its place.
const printable = (line) =>
  line.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/g,
    (c) => `\\u{${c.codePointAt(0).toString(16)}}`,
  );
for (const warning of profileWarnings(profile)) console.error(`eprofile-radar: warning: ${printable(warning)}`);
const chart = renderStatic(profile, width);
if (chart.problems.length > 0) {
  console.error(`eprofile-radar: ${printable(chart.problems.join(' '))}`);
  process.exit(1);
}
process.stdout.write(
  values.has('--svg') ? `${chart.svg}\n` : values.has('--fragment') ? `${chart.html}\n` : staticPage(chart, profile),
);
