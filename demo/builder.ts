/** The embed builder: a form → a live chart and ready code for each way of embedding it. */
import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';
import { formatNumber } from '../src/i18n/format.js';
import { parseNumber } from '../src/input/parse.js';
import { readPaste } from './paste.js';
import data from './data/it-kommun-2009.json';
import { attributes, iframeCode, scriptCode, staticCode, tableCode, type EmbedProfile } from './embed-code.js';

const keys = data.areas.map((area) => area.key);
const average = keys.map((key) => (data.baselines[0]!.scores as Record<string, number>)[key] ?? null);
const SOURCE = 'Sveriges IT-kommun 2009, SKL';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const preset = document.querySelector<HTMLSelectElement>('#preset')!;
const scoreFields = document.querySelector('#scores')!;
const baselineFields = document.querySelector('#baseline-scores')!;
const preview = document.querySelector<EprofileRadar>('#preview')!;
const codes = document.querySelector('#codes')!;
/** Says which fields of a group hold a value the chart cannot take; while any does, no code can be copied. */
function problemsOf(id: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.id = id;
  paragraph.className = 'problems';
  paragraph.setAttribute('role', 'alert');
  return paragraph;
}
const problems = problemsOf('score-problems');
const baselineProblems = problemsOf('baseline-problems');
/** What a paste into a group left out, said politely under its fields until the next edit. */
const pasteNotes = new Map<HTMLInputElement[], HTMLParagraphElement>();

for (const m of data.municipalities) preset.append(new Option(m.name, m.id));
preset.append(new Option('Egna värden', 'custom'));

/** One field per area in `fieldset`, named `prefix-<area>`, each described by the group's problems. */
const scoreInputs = (fieldset: Element, prefix: string, described: HTMLElement) =>
  data.areas.map((area) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.name = `${prefix}-${area.key}`;
    input.inputMode = 'decimal';
    input.autocomplete = 'off';
    label.append(area.sv, input);
    fieldset.append(label);
    input.setAttribute('aria-describedby', described.id);
    return input;
  });
const inputs = scoreInputs(scoreFields, 'score', problems);
scoreFields.append(problems);
// The comparison's values, the 2009 average of all municipalities until the editor types a year's own.
const baselineInputs = scoreInputs(baselineFields, 'baseline', baselineProblems);
baselineFields.append(baselineProblems);
for (const [group, fieldset] of [
  [inputs, scoreFields],
  [baselineInputs, baselineFields],
] as const) {
  const note = document.createElement('p');
  note.className = 'paste-note';
  note.setAttribute('role', 'status');
  fieldset.append(note);
  pasteNotes.set(group, note);
  for (const input of group) input.addEventListener('input', () => (note.textContent = ''));
}
const decimal = (value: number | null, lang: string) => (value === null ? '-' : formatNumber(value, lang));
baselineInputs.forEach((input, i) => (input.value = decimal(average[i]!, 'sv')));

const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

/** Fills the form from a nominee: name, heading and scores, in the chosen language's number format. */
function applyPreset(): void {
  const municipality = data.municipalities.find((m) => m.id === preset.value);
  // The fields are refilled: what a paste left out of them is no longer news.
  pasteNotes.forEach((note) => (note.textContent = ''));
  if (!municipality) {
    // "Egna värden" chosen: the example's name, heading and source go, so they are not published as the editor's
    // own (choosing it changed nothing, and "E-profil Falkenberg 2009" stayed over Ale's values). The values stay
    // to be typed over, the name selected to be typed first.
    field('label').value = 'Min kommun';
    field('heading').value = 'E-profil Min kommun';
    field('source').value = '';
    (field('label') as HTMLInputElement).select();
    return;
  }
  const lang = field('lang').value;
  const scores = municipality.scores as Record<string, number>;
  field('label').value = municipality.name;
  field('heading').value = `E-profil ${municipality.name} 2009`;
  field('source').value ||= SOURCE;
  inputs.forEach((input, i) => (input.value = decimal(scores[keys[i]!] ?? null, lang)));
}

/**
 * Another language changes the decimal mark of the scores typed, nothing else: the editor's heading, name and
 * values stay as they were typed (a language change used to put the preset's back).
 */
function relabelScores(): void {
  const lang = field('lang').value;
  for (const input of [...inputs, ...baselineInputs]) {
    // Only a number's mark changes ("3,0" ↔ "3.0"); anything else typed stays for the form to mark.
    if (Number.isFinite(parseNumber(input.value)))
      input.value = lang === 'en' ? input.value.replace(',', '.') : input.value.replace('.', ',');
  }
}

const compared = () => (field('baseline') as HTMLInputElement).checked;

/** A field's number: a spreadsheet's quoted cell ("2,7") is its value, as in a pasted row. */
const valueOf = (input: HTMLInputElement) => parseNumber(input.value.trim().replace(/^"(.*)"$/, '$1'));

function profile(): EmbedProfile {
  const lang = field('lang').value === 'en' ? 'en' : 'sv';
  return {
    heading: field('heading').value,
    label: field('label').value,
    scores: inputs.map(valueOf),
    baseline: compared() ? baselineInputs.map(valueOf) : null,
    baselineLabel: field('baseline-label').value.trim() || undefined,
    lang,
    theme: field('theme').value as EmbedProfile['theme'],
    source: field('source').value,
    notes: field('notes').value,
    byline: field('byline').value,
  };
}

const WAYS: { id: string; title: string; text: string; code: (p: EmbedProfile) => string }[] = [
  {
    id: 'script',
    title: '1. Skripttagg',
    text: 'För webbplatser som tillåter skript. Ladda ner eprofile-radar.js här, lägg den på er webbplats och klistra in koden (med sökvägen till filen i src om den inte ligger bredvid sidan).',
    code: scriptCode,
  },
  {
    id: 'table',
    title: '2. Tabell som blir diagram',
    text: 'Data i en vanlig tabell. Utan JavaScript ser läsaren tabellen, med JavaScript diagrammet, och tabellen finns kvar som tabellvy.',
    code: tableCode,
  },
  {
    id: 'iframe',
    title: '3. Iframe',
    text: 'För CMS som bara tar emot iframes. Skriptet under iframen anpassar höjden efter innehållet; utan det, sätt height för hand.',
    // The builder's folder, where embed.html and embed-resize.js are: the address the code's note says to change.
    code: (p) => iframeCode(p, new URL('./', location.href).href),
  },
  {
    id: 'static',
    title: '4. Ren HTML utan skript',
    text: 'För CMS som tar bort alla skript: en SVG-bild och datatabellen. Samma som kommandot npx eprofile-radar render profil.json.',
    code: (p) => staticCode(p),
  },
];

/**
 * The score fields the chart would reject, by group, named as the form names them: each holds a number from 0 to
 * 4, or "-" for a missing value. An empty field is not taken for "-": the code would say "uppgift saknas" where
 * the editor only forgot a value.
 */
function invalidScores(): { scores: string[]; baseline: string[] } {
  const check = (group: HTMLInputElement[], used: boolean) =>
    group.flatMap((input, i) => {
      const value = valueOf(input);
      const valid =
        !used ||
        (input.value.trim() !== '' && (value === null || (Number.isFinite(value) && value >= 0 && value <= 4)));
      input.setAttribute('aria-invalid', String(!valid));
      return valid ? [] : [`${data.areas[i]!.sv}: ”${input.value}”`];
    });
  return { scores: check(inputs, true), baseline: check(baselineInputs, compared()) };
}

const say = (paragraph: HTMLElement, invalid: string[]) =>
  (paragraph.textContent = invalid.length
    ? `Varje poäng ska vara ett tal från 0 till 4, eller ett streck (”-”) om uppgift saknas. Rätta: ${invalid.join('; ')}. Koden kan kopieras när alla värden går att rita.`
    : '');

const blocks = WAYS.map((way) => {
  const section = document.createElement('section');
  section.className = 'way';
  section.setAttribute('aria-labelledby', `way-${way.id}`);
  const title = document.createElement('h3');
  title.id = `way-${way.id}`;
  title.textContent = way.title;
  const text = document.createElement('p');
  text.textContent = way.text;
  const pre = document.createElement('pre');
  pre.className = 'code';
  // Focusable, as it may scroll sideways: a named region, as a <pre> (no role of its own) may not carry a name.
  pre.tabIndex = 0;
  pre.setAttribute('role', 'region');
  pre.setAttribute('aria-label', `Kod: ${way.title}`);
  const code = document.createElement('code');
  pre.append(code);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Kopiera koden';
  const status = document.createElement('span');
  status.className = 'copied';
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => {
    const done = () => (status.textContent = 'Kopierad.');
    navigator.clipboard?.writeText(code.textContent ?? '').then(done, () => {
      // No clipboard access (an insecure origin): select the code so Ctrl+C copies it.
      getSelection()?.selectAllChildren(code);
      status.textContent = 'Markerad: tryck Ctrl+C (Cmd+C).';
    });
  });
  section.append(title, text);
  if (way.id === 'script') {
    // The single file itself, from beside this page (npm run build puts it there; npm start builds it on demand).
    const file = document.createElement('a');
    file.href = './eprofile-radar.js';
    file.download = 'eprofile-radar.js';
    file.className = 'bundle-download';
    file.textContent = 'Ladda ner eprofile-radar.js';
    const line = document.createElement('p');
    line.append(file);
    section.append(line);
  }
  section.append(pre, button, status);
  codes.append(section);
  return { way, code, status, button };
});

function update(event?: Event): void {
  const p = profile();
  const invalidByGroup = invalidScores();
  const invalid = [...invalidByGroup.scores, ...invalidByGroup.baseline];
  // A field being typed in ("2," on the way to "2,5", or emptied to be retyped) is not yet an error: the preview
  // and the messages, both alerts, wait until the field is left (`change`); a value put right clears them at once.
  // Updated at every key, they interrupted a screen reader's echo of each key with two alerts.
  const waiting = event?.type === 'input' && invalid.length > 0;
  for (const { way, code, button, status } of blocks) {
    // No code for a chart that would show an error instead: nothing to copy until the fields are right, and the
    // block says so where the code would be.
    code.textContent = invalid.length ? 'Koden visas här när alla poäng går att rita: rätta fälten ovan.' : way.code(p);
    button.disabled = invalid.length > 0;
    status.textContent = '';
  }
  baselineFields.toggleAttribute('disabled', !compared());
  field('baseline-label').disabled = !compared();
  if (waiting) return;
  for (const name of [
    'heading',
    'label',
    'scores',
    'baseline',
    'baseline-label',
    'lang',
    'theme',
    'source',
    'notes',
    'byline',
  ])
    preview.removeAttribute(name);
  for (const [name, value] of attributes(p, true)) preview.setAttribute(name, value);
  // The preview's own message quotes what was typed ("abc"), not the number it failed to be (NaN).
  if (invalid.length) {
    const typed = (group: HTMLInputElement[]) => JSON.stringify(group.map((input) => input.value.trim() || '(tomt)'));
    preview.setAttribute('scores', typed(inputs));
    if (compared()) preview.setAttribute('baseline', typed(baselineInputs));
  }
  say(problems, invalidByGroup.scores);
  say(baselineProblems, invalidByGroup.baseline);
}

preset.addEventListener('change', applyPreset);
field('lang').addEventListener('change', relabelScores);
form.addEventListener('input', (event) => {
  if (inputs.includes(event.target as HTMLInputElement)) preset.value = 'custom';
});
form.addEventListener('input', update);
form.addEventListener('change', update);
/**
 * Writes pasted cells into `group` from its field `i` on. An empty cell is a missing value, written as one: dropped,
 * every later value went into the wrong field. So is the chart's own "uppgift saknas" (its table view copied), which
 * the code's list would split in two. Empty cells past the last field are nothing (a spreadsheet's row copied with
 * an empty column after it). Returns what the editor should know: filled blanks, values left over or short.
 */
function fillFields(group: HTMLInputElement[], i: number, pasted: string[]): string[] {
  const room = group.length - i;
  const cells = pasted.slice(0, Math.max(room, pasted.findLastIndex((cell) => cell !== '') + 1));
  const values = cells.map((cell) => (parseNumber(cell) === null ? '-' : cell));
  values.slice(0, room).forEach((value, k) => (group[i + k]!.value = value));
  const empty = cells.slice(0, room).filter((cell) => cell === '').length;
  return [
    empty > 0 ? `${empty === 1 ? 'En tom cell' : `${empty} tomma celler`} blev ett streck, ”-” (uppgift saknas).` : '',
    // More values than fields from here on: said, not dropped in silence (a row with a total, or a shifted one).
    values.length > room
      ? `${values.length} värden klistrades in men ${room} fält fanns kvar: ` +
        `${values.slice(room).join(' ')} användes inte. Kontrollera att raden börjar i rätt fält.`
      : '',
    // Fewer: the fields after them keep what they held, which may be another municipality's values.
    values.length < room
      ? `${values.length} värden klistrades in; ` +
        (room - values.length === 1
          ? 'det sista fältet har kvar sitt tidigare värde. Kontrollera det.'
          : `de ${room - values.length} sista fälten har kvar sina tidigare värden. Kontrollera dem.`)
      : '',
  ];
}

/** The preset's municipalities, longest first: a heading that names one of them names the chart's municipality. */
const PRESET_NAMES = data.municipalities.map((m) => m.name).sort((a, b) => b.length - a.length);

/**
 * The name a paste gave the municipality becomes the series' name, and the heading's where the heading named the
 * one before or a preset's ("E-profil Falkenberg 2009" → "E-profil Ale 2009"): kept as they were, the copied code
 * published one municipality's values under another's name. Says so, and what is still the preset's (the year in
 * the heading, the comparison when none was pasted, the source), which the pasted values may not share.
 */
function rename(name: string, compared: boolean): string {
  const [label, heading] = [field('label'), field('heading')];
  const before = label.value.trim();
  label.value = name;
  const named = [before, ...PRESET_NAMES].find((old) => old && old !== name && heading.value.includes(old));
  if (named) heading.value = heading.value.replace(named, name);
  else if (!heading.value.trim()) heading.value = `E-profil ${name}`;
  if (before === name && !named) return '';
  const year = heading.value.match(/\b(?:19|20)\d\d\b/)?.[0];
  const kept = [
    year ? `årtalet i rubriken (${year})` : '',
    !compared && (field('baseline') as HTMLInputElement).checked
      ? `jämförelsen (${field('baseline-label').value.trim() || 'Medel samtliga kommuner'})`
      : '',
    field('source').value === SOURCE ? `källan (”${SOURCE}”)` : '',
  ].filter(Boolean);
  return (
    `Namnet ”${name}” blev seriens namn${heading.value.includes(name) ? ' och står i rubriken' : ''}.` +
    (kept.length ? ` Kvar sedan tidigare: ${kept.join(', ')}. Ändra det som inte gäller ${name}.` : '')
  );
}

// A row pasted from a spreadsheet (or "3,0 3,2 …") into one score fills that field and the ones after it; a table
// with the municipality's name and a comparison named as one fills the name, the heading and the comparison too.
for (const group of [inputs, baselineInputs])
  group.forEach((input, i) =>
    input.addEventListener('paste', (event) => {
      // What a spreadsheet, a CSV file or a typed list gives, read in paste.ts.
      const pasted = readPaste(event.clipboardData?.getData('text') ?? '', group === baselineInputs);
      const { cells, column, comparison, name } = pasted;
      if (cells.length < 2) return;
      event.preventDefault();
      const ours = group === inputs;
      const others = pasted.rows - 1 - (comparison && !column ? 1 : 0);
      const notes = [
        ...fillFields(group, i, cells),
        name && ours ? rename(name, !!comparison) : '',
        name && !ours ? `Namnet ”${name}” blev jämförelsens namn.` : '',
        !column && others > 0
          ? name
            ? `Bara raden ”${name}” av ${others + 1} användes.`
            : `Bara den första av ${others + 1} rader användes.`
          : '',
        pasted.wide
          ? pasted.columnName
            ? `Bara kolumnen ”${pasted.columnName}” användes${comparison ? ' för kommunen' : ''}.`
            : 'Bara den första kolumnen användes.'
          : '',
        pasted.headers === 1 ? 'Rubrikraden hoppades över.' : '',
        pasted.headers > 1 ? `De ${pasted.headers} första raderna (rubriker) hoppades över.` : '',
      ];
      if (!ours && name) field('baseline-label').value = name;
      if (ours && comparison && comparison.cells.length > 1) {
        (field('baseline') as HTMLInputElement).checked = true;
        field('baseline-label').value = comparison.name;
        // From the same field as the municipality's: pasted into the third, both start at the third area.
        const filled = fillFields(baselineInputs, i, comparison.cells).filter(Boolean).join(' ');
        pasteNotes.get(baselineInputs)!.textContent =
          `Jämförelsen ”${comparison.name}” fylldes i från samma tabell. ${filled}`.trim();
        notes.push(`Jämförelsen ”${comparison.name}” fylldes i nedan.`);
      }
      pasteNotes.get(group)!.textContent = notes.filter(Boolean).join(' ');
      if (ours) preset.value = 'custom';
      update();
    }),
  );
form.addEventListener('change', update);
applyPreset();
update();
