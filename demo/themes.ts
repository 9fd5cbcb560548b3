import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';
import data from './data/it-kommun-2009.json';
import { themes } from './themes.data.js';

// The theme gallery: each theme's CSS goes into one <style> element and, as the same text, beside its chart.
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
