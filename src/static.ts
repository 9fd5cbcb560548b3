/**
 * The chart without a browser: a profile (the element's attributes as JSON) → a self-contained SVG and an HTML
 * figure (SVG plus the data table), for pages that strip every script. The same input, model and words as the
 * element. Text is measured from DejaVu Sans's metrics (no canvas in Node), the font the drawing asks for first, so
 * names wrap as the element wraps them in that font (see STATIC_FONT in model/look.ts for what other readers see).
 */
import { asText, shorten, type RawInput } from './input/parse.js';
import { fill, localeOf, locales } from './i18n/strings.js';
import { chartPipeline, INPUT_KEYS } from './model/chart.js';
import type { Credits } from './model/credits.js';
import { lineHeightOf, SIZES } from './model/layout.js';
import { fontMeasure } from './model/font-metrics.js';
import { DARK, LIGHT } from './model/look.js';
import { staticFigure } from './export/static-html.js';
import { escape, staticSvg } from './export/static-svg.js';

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

/** A profile's keys: the element's properties a static chart uses. */
const PROFILE_KEYS = [
  ...INPUT_KEYS,
  'heading',
  'takeaway',
  'lang',
  'theme',
  'source',
  'notes',
  'byline',
] as const satisfies readonly (keyof Profile)[];

/** A profile's keys whose value is text. */
const TEXT_KEYS = [
  'label',
  'baselineLabel',
  'heading',
  'takeaway',
  'source',
  'notes',
  'byline',
] as const satisfies readonly (keyof Profile)[];

/**
 * What {@link renderStatic} ignores in a profile, one English sentence each, for its author (the CLI prints them):
 * a key it does not know (a misspelt `baseline_label` dropped the comparison's name without a word), text that is
 * not text (a list as `label`), a theme or a language it does not have.
 */
export function profileWarnings(profile: Profile): string[] {
  // Anything but an object has no keys to name: renderStatic says what it lacks.
  if (profile === null || typeof profile !== 'object' || Array.isArray(profile)) return [];
  const unknown = Object.keys(profile).filter((key) => !(PROFILE_KEYS as readonly string[]).includes(key));
  // Text is what asText reads as text (a string, or a number written as one: a heading of 2009); a list or an
  // object was dropped unsaid, the series' labels too.
  const notText = (value: unknown) => value != null && typeof value !== 'string' && asText(value) === '';
  const series = Array.isArray(profile.series) ? (profile.series as unknown[]) : [];
  const fields: [string, unknown][] = [
    ...TEXT_KEYS.map((key): [string, unknown] => [key, profile[key]]),
    ...series.map((item, i): [string, unknown] => [`series[${i}].label`, (item as { label?: unknown } | null)?.label]),
  ];
  const { theme, lang } = profile;
  return [
    ...unknown.map((key) => `"${shorten(key)}" is not a profile key (${PROFILE_KEYS.join(', ')}); it is ignored.`),
    ...fields
      .filter(([, value]) => notText(value))
      .map(([key, value]) => `"${key}" is ${shorten(value)}, not text; it is ignored.`),
    ...(theme != null && theme !== 'light' && theme !== 'dark'
      ? [`theme "${shorten(theme)}" is not light or dark; light is used.`]
      : []),
    ...(lang != null && !/^(sv|en)\b/i.test(String(lang))
      ? [`lang "${shorten(lang)}" has no built-in texts (sv, en); Swedish is used.`]
      : []),
  ];
}

/** Below this container width (px) the static figure shows its narrow drawing; at 480 px a 600 px one is at 80 %. */
const NARROW = 480;
/** The narrow drawing's width, px: a phone less its margins, short names, text at its size. */
const PHONE = 280;

/**
 * Renders a profile at a width (px, the whole figure). Never throws on bad data: it returns the problems.
 * @param given The profile: the element's properties as JSON (README, Static HTML).
 * @param at The figure's width in px, at most 1600 (600 when it is not a number).
 */
export function renderStatic(given: Profile, at: number = 600): StaticChart {
  // JSON from anywhere: only an object is a profile (anything else has no scores, which the problems say), and a
  // width that is not a number is the default.
  const profile: Profile = given !== null && typeof given === 'object' && !Array.isArray(given) ? given : {};
  const width = Number.isFinite(at) ? Math.min(1600, at) : 600;
  // The element's pipeline, with the profile's own language only: a static page has no page language to inherit.
  const pipeline = chartPipeline();
  const chart = pipeline.words({ ...profile, lang: localeOf(profile.lang), strings: undefined });
  const { data, text } = chart;
  if (!data || !text) return { html: '', svg: '', problems: [...chart.problemLines] };
  const look = profile.theme === 'dark' ? DARK : LIGHT;
  const size = look.labelFontSize;
  const font = { measure: fontMeasure(size), size, lineHeight: lineHeightOf(size), markerSize: look.markerSize };
  const draw = (at: number) => {
    const geometry = pipeline.geometry(chart, font, Math.max(264, at) - 2 * SIZES.padding)!;
    const figure = staticSvg(geometry, text, {
      look,
      measure: fontMeasure,
      labelLineHeight: font.lineHeight,
      footer: [...chart.credits],
    });
    return { svg: figure.svg, width: geometry.frame.width + 2 * SIZES.padding };
  };
  const wide = draw(width);
  // A wide figure scaled to a phone would shrink its text under 12 px: below NARROW px (or below its own width, if
  // less), the phone's drawing takes its place. Every figure wider than that one holds it: under a strict CSP,
  // which drops the scaling style, a 400 or 480 px drawing ran past a 360 px phone.
  // (A pixel under its own width: the figure is never wider than its drawing, and at exactly `below` px both
  // drawings' switches are 0, which showed neither.)
  const narrow = width > PHONE ? { svg: draw(PHONE).svg, below: Math.min(NARROW, width - 1) } : undefined;
  const table = pipeline.table(chart)!;
  const { strings, numberLang } = chart.locale;
  return {
    html: staticFigure(wide.svg, numberLang, table, strings.showTable, wide.width, narrow),
    svg: wide.svg,
    problems: [],
  };
}

/** A whole page around the figure, for `render … > chart.html`; no script, no external resource. */
export function staticPage(chart: StaticChart, profile: Profile): string {
  const lang = localeOf(profile.lang);
  const look = profile.theme === 'dark' ? DARK : LIGHT;
  const title = asText(profile.heading).trim() || fill(locales[lang].figureName, { label: asText(profile.label) });
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
