import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';
import { parseInput } from '../src/input/parse.js';
import data from './data/it-kommun-2009.json';

const keys = data.areas.map((area) => area.key);
const average = data.baselines[0] as { name: { sv: string; en: string }; scores: Record<string, number> };
const toList = (scores: Record<string, number>) => keys.map((key) => scores[key] ?? null);

// The four nominees, each against the average of all municipalities, written as the attributes an editor would paste.
const nominees = document.querySelector('#nominees')!;
for (const municipality of data.municipalities) {
  const chart = document.createElement('eprofile-radar');
  chart.setAttribute('heading', `E-profil ${municipality.name} 2009`);
  chart.setAttribute('label', municipality.name);
  chart.setAttribute('scores', toList(municipality.scores).join(' ').replace(/\./g, ','));
  chart.setAttribute('baseline', toList(average.scores).join(' ').replace(/\./g, ','));
  nominees.append(chart);
}
// The data file's source and caveat are in English (it documents the data); the page says them in Swedish.
document.querySelector('#source')!.textContent =
  'Källa: Sveriges IT-kommun 2009, broschyr från Sveriges Kommuner och Landsting (SKL), november 2009. ' +
  'Broschyrens diagram är bilder; värdena här är lästa ur dess text, några ungefärliga ("drygt", "omkring") och ' +
  'några ifyllda från vad texten säger om flera områden. Demo- och testdata, inte officiell statistik.';

const compare = document.querySelector<EprofileRadar>('#compare')!;
compare.series = data.municipalities.map((m) => ({ label: m.name, scores: m.scores }));
compare.baseline = average.scores;

// The playground: every field is an attribute of the element.
const form = document.querySelector<HTMLFormElement>('#playground')!;
const play = document.querySelector<EprofileRadar>('#play')!;
const code = document.querySelector('#play-code')!;
function sync(event?: Event): void {
  const fields = new FormData(form);
  const value = (name: string) => String(fields.get(name) ?? '');
  // While a list is being typed, half of it ("2,5 2") is not yet an error: the chart keeps what it drew until the
  // field is left (`change`), where it says once what is wrong. Set at every key, its message was an alert that
  // interrupted a screen reader's echo of each key.
  const typing =
    event?.type === 'input' && parseInput({ scores: value('scores'), baseline: value('baseline') }).problems.length > 0;
  const attributes: [string, string][] = [];
  for (const name of ['heading', 'label', 'scores', 'baseline', 'lang', 'theme']) {
    if (!(typing && (name === 'scores' || name === 'baseline'))) play.setAttribute(name, value(name));
    attributes.push([name, value(name)]);
  }
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  code.textContent = `<script src="eprofile-radar.js"></script>\n<eprofile-radar\n${attributes.map(([n, v]) => `  ${n}="${escape(v)}"`).join('\n')}>\n</eprofile-radar>`;
}
form.addEventListener('input', sync);
form.addEventListener('change', sync);
sync();
