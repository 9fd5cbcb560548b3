import type { TextModel } from '../model/describe.js';
import { round } from '../model/geometry.js';
import { wrap, wrapAnywhere, type Measure } from '../model/labels.js';
import { letters, seriesMarkers, type Frame, type Geometry, type SeriesGeometry } from '../model/layout.js';
import { BASELINE_SHAPE, markerPath, SERIES_SHAPES, type MarkerShape } from '../model/markers.js';
import type { Look } from '../model/look.js';

/**
 * The whole figure as one self-contained SVG string: heading, takeaway, the radar, the legend and the lines under
 * it (missing values, source, notes, byline). Styles are presentation attributes, not CSS, so the file looks the
 * same in a browser, an <img>, Inkscape or Illustrator. It draws the same {@link Geometry} and {@link TextModel}
 * as the live element: the SVG download uses the element's own layout, the static renderer one made in Node.
 * A string serializer (no DOM, no lit) so both run anywhere; every text goes through {@link escape}.
 */

export interface StaticSvgOptions {
  look: Look;
  /** A measurer for a font size (px) and weight, to wrap the texts around the plot. */
  measure: (size: number, bold?: boolean) => Measure;
  /** Line height of the area names, px: the one the geometry was laid out with. */
  labelLineHeight: number;
  /** Lines under the chart, already worded: "Källa: …", notes, byline. Empty ones are left out. */
  footer: readonly string[];
}

export interface StaticSvg {
  svg: string;
  width: number;
  height: number;
  /** Where the radar sits in the figure, px: the part that matches the live chart's `svg[part=radar]`. */
  plot: { x: number; y: number; width: number; height: number };
}

/** The live frame's padding (0.75rem 0.5rem 0.5rem) and spacing, in px, so the export is laid out like it. */
const PAD_X = 8;
const PAD_TOP = 12;
const PAD_BOTTOM = 8;
const GLYPH = 28;

/**
 * Characters XML 1.0 does not allow in a document at all, escaped or not: C0 controls but tab and line breaks
 * (U+000B and U+000C come with text pasted from Word or PDF), lone surrogates, U+FFFE and U+FFFF. One of them
 * makes the whole file unreadable ("Invalid character"), and the PNG drawn from it fails.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udfff]/gu;

/**
 * Text and attribute values for every serializer (SVG, HTML page and figure): the five characters XML gives
 * meaning to escaped, and characters XML cannot hold replaced (controls by a space, the rest by U+FFFD), so any
 * text an author gives makes a well-formed file.
 */
export function escape(text: string): string {
  return text
    .replace(NOT_XML, (char) => (char < ' ' ? ' ' : '\ufffd'))
    .replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

const n = (value: number) => String(round(value));

/** Baseline of a line of text in a box of `lineHeight`, as CSS places it (ascent/descent of common sans fonts). */
function baseline(top: number, size: number, lineHeight: number): number {
  return top + (lineHeight - 1.164 * size) / 2 + 0.928 * size;
}

/** Lines of text from `top`, one `<tspan>` a line. */
function lines(
  texts: readonly string[],
  x: number,
  top: number,
  size: number,
  lineHeight: number,
  attributes: string,
): string {
  const spans = texts
    .map(
      (line, i) =>
        `<tspan x="${n(x)}" y="${n(baseline(top + i * lineHeight, size, lineHeight))}">${escape(line)}</tspan>`,
    )
    .join('');
  return `<text font-size="${n(size)}" ${attributes}>${spans}</text>`;
}

function marks(
  series: SeriesGeometry,
  frame: Frame,
  shape: MarkerShape,
  color: string,
  look: Look,
  isBaseline: boolean,
  fill: boolean,
): string {
  const line = isBaseline
    ? `<path d="${series.path}" fill="none" stroke="${color}" stroke-width="${n(look.lineWidth * 0.8)}" stroke-dasharray="6 4"/>`
    : `<path d="${series.path}" fill="${fill ? color : 'none'}" fill-opacity="${look.fillOpacity}" stroke="${color}" stroke-width="${n(look.lineWidth)}" stroke-linejoin="round"/>`;
  const markers = isBaseline
    ? `fill="${look.background}" stroke="${color}" stroke-width="1.75"`
    : `fill="${color}" stroke="${look.background}" stroke-width="1"`;
  // Markers as paths, not SVG markers: drawing programs and <img> draw paths alike.
  const path = seriesMarkers(series, frame, shape, look.markerSize);
  return `<g>${line}${path ? `<path d="${path}" ${markers}/>` : ''}</g>`;
}

/** The radar itself, as `radar()` in view/radar.ts draws it, without the interactive parts. */
function radar(geometry: Geometry, text: TextModel, look: Look, lineHeight: number): string {
  const { frame } = geometry;
  const grid = `stroke="${look.grid}" stroke-width="${n(look.gridWidth)}" fill="none"`;
  const rings = frame.rings.map((ring) => `<path d="${ring.path}" ${grid}/>`).join('');
  const spokes = frame.spokes.map((end) => `<line x1="0" y1="0" x2="${n(end.x)}" y2="${n(end.y)}" ${grid}/>`).join('');
  // Over the data, as the element draws them: each is placed clear of every line and marker, with a halo.
  const ticks = geometry.ringValues
    .map((place, i) =>
      !place
        ? ''
        : `<text x="${n(place.x)}" y="${n(place.y + 4.3)}" text-anchor="middle" font-size="12" fill="${look.muted}" stroke="${look.background}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escape(text.tickLabels[i] ?? '')}</text>`,
    )
    .join('');
  const base = geometry.baseline
    ? marks(geometry.baseline, frame, BASELINE_SHAPE, look.baseline, look, true, false)
    : '';
  const multi = geometry.series.length > 1;
  const series = geometry.series
    .map((s, i) => marks(s, frame, SERIES_SHAPES[i]!, look.series[i] ?? look.text, look, false, !multi && s.closed))
    .join('');
  const labels = frame.labels
    .map((box) => {
      const spans = box.lines
        .map(
          (line, l) =>
            `<tspan x="${n(box.anchorX)}" y="${n(box.top + (l + 0.78) * lineHeight)}">${escape(line)}</tspan>`,
        )
        .join('');
      // Letters for names are bold, as the element draws them.
      const weight = frame.lettered ? ' font-weight="700"' : '';
      return `<text text-anchor="${box.textAnchor}" font-size="${n(look.labelFontSize)}"${weight} fill="${look.text}">${spans}</text>`;
    })
    .join('');
  return `<g transform="translate(${n(frame.cx)},${n(frame.cy)})">${rings}${spokes}${base}${series}${ticks}${labels}</g>`;
}

/** A legend entry's glyph: the line and marker the chart draws for the series, 28 × 14 px. */
function glyph(x: number, y: number, shape: MarkerShape, color: string, look: Look, isBaseline: boolean): string {
  const line = isBaseline
    ? `<path d="M1,7L27,7" stroke="${color}" stroke-width="${n(look.lineWidth * 0.8)}" stroke-dasharray="6 4"/>`
    : `<path d="M1,7L27,7" stroke="${color}" stroke-width="${n(look.lineWidth)}"/>`;
  const marker = isBaseline
    ? `fill="${look.background}" stroke="${color}" stroke-width="1.75"`
    : `fill="${color}" stroke="${look.background}" stroke-width="1"`;
  return `<g transform="translate(${n(x)},${n(y)})">${line}<path d="${markerPath(shape, 14, 7, look.markerSize)}" ${marker}/></g>`;
}

/** Legend entries flowing in rows like the live flex list (gap 0.25rem 1.25rem); returns the markup and height. */
function legend(text: TextModel, look: Look, measure: Measure, width: number, top: number): [string, number] {
  const size = look.labelFontSize;
  const lineHeight = size * 1.45;
  const entries = [
    ...text.seriesLabels.map((label, i) => ({
      label,
      shape: SERIES_SHAPES[i]!,
      color: look.series[i] ?? look.text,
      base: false,
    })),
    ...(text.baselineLabel
      ? [{ label: text.baselineLabel, shape: BASELINE_SHAPE, color: look.baseline, base: true }]
      : []),
  ];
  const parts: string[] = [];
  let x = 0;
  let y = top;
  let rowHeight = 0;
  for (const entry of entries) {
    const labelLines = wrap(entry.label, width - GLYPH - 6, measure);
    const entryWidth = GLYPH + 6 + Math.max(...labelLines.map(measure));
    const entryHeight = Math.max(14, labelLines.length * lineHeight);
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      y += rowHeight + 4;
      rowHeight = 0;
    }
    parts.push(glyph(PAD_X + x, y + (entryHeight - 14) / 2, entry.shape, entry.color, look, entry.base));
    parts.push(lines(labelLines, PAD_X + x + GLYPH + 6, y, size, lineHeight, `fill="${look.text}"`));
    x += entryWidth + 20;
    rowHeight = Math.max(rowHeight, entryHeight);
  }
  return [parts.join(''), y + rowHeight - top];
}

/** The figure as a self-contained SVG document, `geometry.width + 16` px wide like the live element's box. */
export function staticSvg(geometry: Geometry, text: TextModel, options: StaticSvgOptions): StaticSvg {
  const { look, measure } = options;
  const { frame } = geometry;
  const width = frame.width + PAD_X * 2;
  const inner = frame.width;
  const parts: string[] = [];
  let y = PAD_TOP;
  const block = (content: string, size: number, lineHeight: number, color: string, bold = false, gapAfter = 0) => {
    const wrapped = wrapAnywhere(content, inner, measure(size, bold));
    const weight = bold ? ' font-weight="700"' : '';
    parts.push(lines(wrapped, PAD_X, y, size, lineHeight, `fill="${color}"${weight}`));
    y += wrapped.length * lineHeight + gapAfter;
  };
  block(text.figureName, look.headingFontSize, look.headingFontSize * 1.25, look.text, true, 4);
  block(text.takeaway, look.fontSize, look.fontSize * 1.45, look.text, false, 8);
  const plot = { x: PAD_X, y, width: frame.width, height: frame.height };
  parts.push(`<g transform="translate(${PAD_X},${n(y)})">${radar(geometry, text, look, options.labelLineHeight)}</g>`);
  y += frame.height;
  const small = look.labelFontSize;
  const smallLine = small * 1.45;
  if (frame.lettered) {
    y += 4;
    const keys = letters(text.radarLabels.length);
    text.radarLabels.forEach((label, i) => {
      const wrapped = wrapAnywhere(label, inner - 24, measure(small));
      parts.push(lines([`${keys[i]}.`], PAD_X + 20, y, small, smallLine, `fill="${look.text}" text-anchor="end"`));
      parts.push(lines(wrapped, PAD_X + 24, y, small, smallLine, `fill="${look.text}"`));
      y += wrapped.length * smallLine;
    });
  }
  const [legendMarkup, legendHeight] = legend(text, look, measure(small), inner, y + 8);
  parts.push(legendMarkup);
  y += 8 + legendHeight;
  const notes = [text.missingNote ?? '', ...options.footer].filter((line) => line.trim() !== '');
  if (notes.length > 0) y += 6;
  for (const note of notes) block(note.trim(), small, smallLine, look.muted, false, 2);
  const height = Math.ceil(y + PAD_BOTTOM);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${height}" width="${n(width)}" height="${height}"` +
    ` role="img" aria-label="${escape(text.figureName)}" font-family="${escape(look.fontFamily)}">` +
    `<title>${escape(text.figureName)}</title><desc>${escape(text.takeaway)}</desc>` +
    `<rect width="100%" height="100%" fill="${look.background}"/>${parts.join('')}</svg>`;
  return { svg, width, height, plot };
}
