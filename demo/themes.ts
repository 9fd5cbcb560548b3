import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';
import data from './data/it-kommun-2009.json';

/**
 * The theme gallery. Each theme is a few lines of CSS (and, for dark mode, one attribute); the same text is put
 * in a <style> element and shown beside its chart, so what a reader copies is exactly what is applied.
 */
interface Theme {
  id: string;
  title: string;
  about: string;
  /** Attributes on the chart besides the data, shown in the markup. */
  attributes?: Record<string, string>;
  css: string;
}

const themes: Theme[] = [
  {
    id: 'kommun',
    title: 'En kommuns grafiska profil',
    about:
      'Profilfärger för serierna och rubriken, profilens typsnitt. Ljusare toner av samma färger i mörkt läge, så att linjerna syns mot den mörka bakgrunden.',
    css: `.kommun eprofile-radar {
  --eprofile-series-1: #005a8c; /* profilblå */
  --eprofile-series-2: #b34700; /* profilorange */
  --eprofile-font-family: 'Trebuchet MS', 'DejaVu Sans', sans-serif;
  --eprofile-heading-font-size: 1.25rem;
}
@media (prefers-color-scheme: dark) {
  .kommun eprofile-radar {
    --eprofile-series-1: #6cc0ee;
    --eprofile-series-2: #f39a5a;
  }
}
.kommun eprofile-radar::part(heading) {
  color: var(--eprofile-series-1);
}`,
  },
  {
    id: 'morkt',
    title: 'Mörkt läge',
    about:
      'theme="dark" tvingar fram det mörka temat; utan attributet följer diagrammet läsarens inställning. Bakgrunden kan sättas till sidans egen.',
    attributes: { theme: 'dark' },
    css: `.morkt eprofile-radar {
  --eprofile-background: #10181f;
}`,
  },
  {
    id: 'tidning',
    title: 'En tidnings stil',
    about:
      'Antikva, svart och en accentfärg, inga ytor, tunna linjer; rubriken i tidningens rubrikstil. theme="light": sidan är alltid ljus, som papper.',
    attributes: { theme: 'light' },
    css: `.tidning eprofile-radar {
  --eprofile-font-family: Georgia, 'DejaVu Serif', serif;
  --eprofile-series-1: #b0001e;
  --eprofile-series-2: #1b1b1b;
  --eprofile-baseline-color: #6b6b6b;
  --eprofile-fill-opacity: 0;
  --eprofile-line-width: 2px;
}
.tidning eprofile-radar::part(heading) {
  font-size: 1.5rem;
  font-weight: 400;
  border-bottom: 3px solid #b0001e;
}`,
  },
  {
    id: 'kontrast',
    title: 'Hög kontrast',
    about: 'Svart botten, vit text, gult och cyan, tjocka linjer och större markörer och etiketter.',
    css: `.kontrast eprofile-radar {
  --eprofile-background: #000;
  --eprofile-text-color: #fff;
  --eprofile-muted-color: #fff;
  --eprofile-grid-color: #b0b0b0;
  --eprofile-focus-color: #fff;
  --eprofile-series-1: #ffeb3b;
  --eprofile-series-2: #ff80c0;
  --eprofile-baseline-color: #5ee0ff;
  --eprofile-line-width: 4px;
  --eprofile-marker-size: 12px;
  --eprofile-label-font-size: 1rem;
  --eprofile-fill-opacity: 0;
}`,
  },
];

const keys = data.areas.map((area) => area.key);
const average = data.baselines[0] as { scores: Record<string, number> };
const [first, second] = data.municipalities as { name: string; scores: Record<string, number> }[];
const series = [first!, second!].map((m) => ({ label: m.name, scores: m.scores }));
const heading = `E-profiler 2009: ${series.map((s) => s.label).join(' och ')}`;

const gallery = document.querySelector('#gallery')!;
const style = document.createElement('style');
document.head.append(style);
style.textContent = themes.map((theme) => theme.css).join('\n');

for (const theme of themes) {
  const section = document.createElement('section');
  section.className = `theme ${theme.id}`;
  section.setAttribute('aria-labelledby', `${theme.id}-title`);
  const title = document.createElement('h2');
  title.id = `${theme.id}-title`;
  title.textContent = theme.title;
  const about = document.createElement('p');
  about.textContent = theme.about;

  const chart = document.createElement('eprofile-radar') as EprofileRadar;
  chart.setAttribute('heading', heading);
  for (const [name, value] of Object.entries(theme.attributes ?? {})) chart.setAttribute(name, value);
  chart.series = series;
  chart.baseline = keys.map((key) => average.scores[key] ?? null);

  const attributes = Object.entries(theme.attributes ?? {})
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const code = document.createElement('pre');
  code.className = 'code';
  code.textContent = `<div class="${theme.id}">\n  <eprofile-radar${attributes} …></eprofile-radar>\n</div>\n\n${theme.css}`;

  const wrapper = document.createElement('div');
  wrapper.className = theme.id;
  wrapper.append(chart);
  const pair = document.createElement('div');
  pair.className = 'pair';
  pair.append(wrapper, code);
  section.append(title, about, pair);
  gallery.append(section);
}
