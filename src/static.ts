/**
 * The chart without a browser: a profile (the element's attributes as JSON) → a self-contained SVG and an HTML
 * figure (SVG plus the data table), for pages that strip every script. The same input, model and words as the
 * element. Text is measured from DejaVu Sans's metrics (no canvas in Node), the font the drawing asks for first, so
 * names wrap as the element wraps them in that font (see STATIC_FONT in view/look.ts for what other readers see).
 */
import { parseInput, type RawInput } from './input/parse.js';
import { fill, localeOf, locales } from './i18n/strings.js';
import { creditLines, problemLines, type Credits } from './model/credits.js';
import { describe } from './model/describe.js';
import { layout, TICK_FONT_SIZE } from './model/layout.js';
import { tableText } from './model/rows.js';
import { fontMeasure } from './model/font-metrics.js';
import { DARK, LIGHT } from './view/look.js';
import { staticFigure } from './view/static-html.js';
import { escape, staticSvg } from './view/static-svg.js';

/** A chart's data and words, named as the element's properties (see README, Attributes). */
export interface Profile extends RawInput, Credits {
  heading?: string;
  takeaway?: string;
  lang?: string;
  /** `light` (default) or `dark`; a static drawing cannot follow the reader's setting. */
  theme?: string;
}

export interface StaticChart {
  /** The `<figure>`: inline SVG and the data table. Empty when the input was rejected. */
  html: string;
  svg: string;
  /** Why the input was rejected, one sentence each, in the profile's language. */
  problems: string[];
}

/** Below this container width (px) the static figure shows its narrow drawing; at 480 px a 600 px one is at 80 %. */
const NARROW = 480;

/** Renders a profile at a width (px, the whole figure). Never throws on bad data: it returns the problems. */
export function renderStatic(profile: Profile, width = 600): StaticChart {
  const { data, problems } = parseInput(profile);
  const lang = localeOf(profile.lang);
  const strings = locales[lang];
  if (!data) return { html: '', svg: '', problems: problemLines(problems, strings, 5) };
  const text = describe(data, strings, lang, profile.heading ?? '');
  if (profile.takeaway?.trim()) text.takeaway = profile.takeaway.trim();
  const look = profile.theme === 'dark' ? DARK : LIGHT;
  const labelLineHeight = Math.round(look.labelFontSize * 1.3);
  const draw = (at: number) => {
    const geometry = layout(
      data,
      text.areaLabels,
      fontMeasure(look.labelFontSize),
      { width: Math.max(264, at) - 16, labelLineHeight, tickFontSize: TICK_FONT_SIZE },
      { labels: text.tickLabels, fontSize: TICK_FONT_SIZE, markerSize: look.markerSize },
      text.areaShort,
    );
    const figure = staticSvg(geometry, text, {
      look,
      measure: fontMeasure,
      labelLineHeight,
      footer: creditLines(profile, strings),
    });
    return { svg: figure.svg, width: geometry.frame.width + 16 };
  };
  const wide = draw(width);
  // A wide figure scaled to a phone would shrink its text under 12 px: below NARROW px, a drawing laid out at
  // 280 px (a phone less its margins; short names, text at its size) takes its place.
  const narrow = width > NARROW ? { svg: draw(280).svg, below: NARROW } : undefined;
  const table = tableText(text, strings);
  return {
    html: staticFigure(wide.svg, lang, table, strings.showTable, wide.width, narrow),
    svg: wide.svg,
    problems: [],
  };
}

/** A whole page around the figure, for `render … > chart.html`; no script, no external resource. */
export function staticPage(chart: StaticChart, profile: Profile): string {
  const lang = localeOf(profile.lang);
  const look = profile.theme === 'dark' ? DARK : LIGHT;
  const title = profile.heading?.trim() || fill(locales[lang].figureName, { label: profile.label ?? '' });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
</head>
<body style="margin:1rem;font-family:${escape(look.fontFamily)};background:${look.background};color:${look.text}">
${chart.html}
</body>
</html>
`;
}
