/**
 * Ready-to-paste code for each way of embedding one chart: script tag, table, iframe, static HTML. Pure
 * functions of a profile, so the builder shows them live and test/embed-code.test.ts checks them.
 */
import { formatNumber, givenDecimals } from '../src/i18n/format.js';
import { localeOf, locales } from '../src/i18n/strings.js';
import { renderStatic } from '../src/static.js';

export interface EmbedProfile {
  heading: string;
  label: string;
  scores: (number | null)[];
  /** The comparison, or null for none. */
  baseline: (number | null)[] | null;
  baselineLabel?: string;
  lang: 'sv' | 'en';
  theme: 'auto' | 'light' | 'dark';
  source: string;
  notes: string;
  byline: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A value as an editor typed it: decimal comma in Swedish, point in English, `-` for a missing one, at its own
 * precision, one decimal at least (3,0; 3,25). The chart shows one decimal, but its CSV and the data behind it
 * keep what was typed: the code once rounded 3,25 to 3,3 while the field still said 3,25.
 */
const typed = (value: number | null | undefined, lang: string) =>
  value === null || value === undefined ? '-' : formatNumber(value, lang, false, givenDecimals(value));

function list(values: readonly (number | null)[], lang: string): string {
  return values.map((value) => typed(value, lang)).join(' ');
}

/** The element's attributes, in reading order, leaving out empty ones and defaults. */
export function attributes(profile: EmbedProfile, withData: boolean): [string, string][] {
  const pairs: [string, string][] = [['heading', profile.heading]];
  if (withData) {
    pairs.push(['label', profile.label], ['scores', list(profile.scores, profile.lang)]);
    if (profile.baseline) pairs.push(['baseline', list(profile.baseline, profile.lang)]);
    if (profile.baseline && profile.baselineLabel) pairs.push(['baseline-label', profile.baselineLabel]);
  }
  pairs.push(['lang', profile.lang], ['theme', profile.theme === 'auto' ? '' : profile.theme]);
  pairs.push(['source', profile.source], ['notes', profile.notes], ['byline', profile.byline]);
  return pairs.filter(([, value]) => value.trim() !== '');
}

/**
 * The loading form that never shifts the page: a classic script in the head runs before the first paint, so each
 * chart draws at its size in that paint (a module script runs after it: layout shift 0.66 in README, Performance).
 */
const SCRIPT = '<!-- in <head> --><script src="eprofile-radar.js"></script>';

function element(profile: EmbedProfile, withData: boolean, content: string): string {
  const attrs = attributes(profile, withData)
    .map(([name, value]) => `\n  ${name}="${escape(value)}"`)
    .join('');
  return `<eprofile-radar${attrs}>${content}</eprofile-radar>`;
}

/** 1. A script tag and the element with its data in attributes. */
export function scriptCode(profile: EmbedProfile): string {
  return `${SCRIPT}\n\n${element(profile, true, '\n')}`;
}

/**
 * 2. The data as a table inside the element: readers without JavaScript see the table (and the source under it),
 * with JavaScript the chart, which reads the table.
 */
export function tableCode(profile: EmbedProfile): string {
  const strings = locales[localeOf(profile.lang)];
  const areas = Object.values(strings.areas);
  const baselineLabel = profile.baselineLabel || strings.baselineLabel;
  const head = [
    `<th scope="col">${escape(strings.area)}</th>`,
    `<th scope="col">${escape(profile.label || strings.seriesLabel)}</th>`,
    ...(profile.baseline ? [`<th scope="col" data-baseline>${escape(baselineLabel)}</th>`] : []),
  ].join('');
  const cell = (value: number | null | undefined) => `<td>${typed(value, profile.lang)}</td>`;
  const rows = areas
    .map(
      (area, i) =>
        `\n      <tr><th scope="row">${escape(area)}</th>${cell(profile.scores[i])}${profile.baseline ? cell(profile.baseline[i]) : ''}</tr>`,
    )
    .join('');
  const source = profile.source.trim()
    ? `\n  <p>${escape(strings.sourceLine.replace('{source}', profile.source.trim()))}</p>`
    : '';
  const table = `
  <table>
    <caption>${escape(profile.heading)}</caption>
    <thead>
      <tr>${head}</tr>
    </thead>
    <tbody>${rows}
    </tbody>
  </table>${source}
`;
  return `${SCRIPT}\n\n${element(profile, false, table)}`;
}

/** The embed page's URL for a profile: the element's attribute names as query parameters. */
export function embedUrl(profile: EmbedProfile, base: string): string {
  const url = new URL('embed.html', base);
  for (const [name, value] of attributes(profile, true)) url.searchParams.set(name, value);
  return url.href;
}

/** 3. An iframe of embed.html and the parent script that sizes it to its content. */
export function iframeCode(profile: EmbedProfile, base: string): string {
  const resizer = new URL('embed-resize.js', base).href;
  // The builder writes its own address: say so, since a page served for trying things out (127.0.0.1) is not
  // where readers can load the chart from.
  const note =
    localeOf(profile.lang) === 'en'
      ? `<!-- Change ${escape(base)} in src (twice) to where embed.html and embed-resize.js are published. -->`
      : `<!-- Byt ${escape(base)} i src (två ställen) mot adressen där embed.html och embed-resize.js publiceras. -->`;
  return `${note}
<iframe
  src="${escape(embedUrl(profile, base))}"
  title="${escape(profile.heading || profile.label)}"
  data-eprofile-embed
  loading="lazy"
  style="width: 100%; border: 0"
  width="100%"
  height="700"></iframe>
<script src="${escape(resizer)}" defer></script>`;
}

/** 4. Static HTML: an inline SVG and the data table, no script at all. */
export function staticCode(profile: EmbedProfile, width = 600): string {
  const chart = renderStatic(
    {
      heading: profile.heading,
      label: profile.label,
      scores: profile.scores,
      baseline: profile.baseline ?? undefined,
      baselineLabel: profile.baselineLabel,
      lang: profile.lang,
      theme: profile.theme === 'dark' ? 'dark' : 'light',
      source: profile.source,
      notes: profile.notes,
      byline: profile.byline,
    },
    width,
  );
  return chart.problems.length > 0 ? `<!-- ${chart.problems.join(' ').replace(/--/g, '–')} -->` : chart.html;
}
