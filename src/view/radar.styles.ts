import { css, unsafeCSS, type CSSResult } from 'lit';
import { DARK, LIGHT, type Look } from '../model/look.js';

/**
 * The colour tokens of a look (model/look.ts holds the values, which static drawings and exports use too): each
 * private token takes the author's public one, else the look's default.
 */
function colourTokens(look: Look, focus: string): CSSResult {
  return unsafeCSS(
    [
      ...look.series.map((colour, i) => `--_series-${i + 1}: var(--eprofile-series-${i + 1}, ${colour});`),
      `--_baseline: var(--eprofile-baseline-color, ${look.baseline});`,
      `--_grid: var(--eprofile-grid-color, ${look.grid});`,
      `--_text: var(--eprofile-text-color, ${look.text});`,
      `--_muted: var(--eprofile-muted-color, ${look.muted});`,
      `--_background: var(--eprofile-background, ${look.background});`,
      `--_focus: var(--eprofile-focus-color, ${focus});`,
      `--_fill-opacity: var(--eprofile-fill-opacity, ${look.fillOpacity});`,
    ].join('\n'),
  );
}

/** Dark defaults, one list for both ways of asking for dark (attribute and media query). */
const darkTokens = colourTokens(DARK, '#ffffff');

/** Print's ink and paper, not the page's: the light look's, fixed. */
const paperTokens = unsafeCSS(
  [
    `--_background: ${LIGHT.background};`,
    `--_text: ${LIGHT.text};`,
    `--_muted: ${LIGHT.muted};`,
    `--_grid: ${LIGHT.grid};`,
    `--_baseline: ${LIGHT.baseline};`,
  ].join('\n'),
);

/**
 * Read by screen readers, not drawn: the chart's own text for them, and the table headers a narrow card shows
 * otherwise.
 */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
`;

/**
 * A chart whose theme is auto (no `theme`, or any value but light and dark) on a page in a dark scheme. More
 * specific than `:host([theme])`, so the rules for more contrast, forced colours and print repeat it.
 */
const AUTO_DARK = unsafeCSS(":host(:not([theme='light']):state(dark-page))");

/** Forced colours: the system's palette, whatever the theme. */
const forcedTokens = css`
  --_series-1: CanvasText;
  --_series-2: CanvasText;
  --_series-3: CanvasText;
  --_series-4: CanvasText;
  --_baseline: CanvasText;
  --_grid: GrayText;
  --_text: CanvasText;
  --_muted: CanvasText;
  --_background: Canvas;
  --_focus: Highlight;
  --_fill-opacity: 0;
`;

/** Dark defaults when the reader asks for more contrast. */
const darkContrastTokens = css`
  --_grid: var(--eprofile-grid-color, #a3a3a3);
  --_fill-opacity: var(--eprofile-fill-opacity, 0);
`;

/**
 * Print: light colours and paper whatever the theme, the figure kept on one page. Paper, whatever the page sets for
 * the screen: a page's dark theme (its --eprofile-background and text colours) would otherwise print as a dark box,
 * or dark text on it. The series keep the page's colours.
 */
const printTokens = css`
  ${colourTokens(LIGHT, LIGHT.text)}
  ${paperTokens}
  color-scheme: light;
  break-inside: avoid;
  print-color-adjust: exact;
`;

/**
 * Public tokens (`--eprofile-*`, documented on the element) map to private ones (`--_*`) here, on :host only;
 * every other rule reads the private ones. Author CSS on the element always wins, since a custom property set on
 * the host is inherited by nothing here: the public name is read only as the first argument of var().
 * No !important anywhere, so author styles and ::part rules stay in charge.
 */
export const styles = css`
  :host {
    /* Light defaults. Series colours: blue, orange, green, purple and a grey comparison, at least 3:1 on the
       background and at least ΔE2000 10 apart under deuteranopia, protanopia and tritanopia too
       (test/palette.test.ts); shape and dash carry the difference as well. */
    ${colourTokens(LIGHT, LIGHT.text)}
    --_font-family: var(--eprofile-font-family, inherit);
    --_font-size: var(--eprofile-font-size, 0.9375rem);
    --_label-font-size: var(--eprofile-label-font-size, 0.75rem);
    --_heading-font-size: var(--eprofile-heading-font-size, 1.125rem);
    --_line-width: var(--eprofile-line-width, 2.5px);
    --_grid-width: var(--eprofile-grid-width, 1px);
    --_marker-size: var(--eprofile-marker-size, 8px);

    /* A column, so that a chart given more height than it needs (a cell of a grid row, stretched to the row's
       tallest) puts some of the extra under its takeaway (.stretch): the plots of a row of small multiples line up. */
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    position: relative;
    min-width: 0;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.45;
    text-align: start;
    contain: layout style;
    /* A radar is drawn across: a page set in vertical writing (writing-mode: vertical-rl) left the chart unmeasured,
       a blank box for good. */
    writing-mode: horizontal-tb;
    /* The browser's own parts (the table's scrollbar) in the chart's scheme, not the page's. */
    color-scheme: light;
  }
  /* Dark: the theme attribute, or, when the theme is auto, a page in a dark scheme (page-scheme.ts sets the state:
     the page's color-scheme, and the reader's setting where it lists both). Colours reach 3:1 (marks) and 4.5:1
     (text) on the dark background. */
  :host([theme='dark']) {
    ${darkTokens}
    color-scheme: dark;
  }
  ${AUTO_DARK} {
    ${darkTokens}
    color-scheme: dark;
  }
  /* More contrast: thicker lines, a stronger grid, no fills. After the dark rules and as specific as them, so it
     applies in dark too, with a grid light enough for the dark background. */
  @media (prefers-contrast: more) {
    :host,
    :host([theme]) {
      --_line-width: var(--eprofile-line-width, 3.5px);
      --_grid-width: var(--eprofile-grid-width, 1.5px);
      --_grid: var(--eprofile-grid-color, #4a4a4a);
      --_fill-opacity: var(--eprofile-fill-opacity, 0);
    }
    :host([theme='dark']) {
      ${darkContrastTokens}
    }
  }
  @media (prefers-contrast: more) {
    ${AUTO_DARK} {
      ${darkContrastTokens}
    }
  }
  /* Windows High Contrast and other forced palettes: SVG fills are not repainted by the browser, so the marks
     take system colours here; dashes and marker shapes keep the series apart. */
  @media (forced-colors: active) {
    /* As specific as every rule above, and after them, so a dark forced palette takes these too. The automatic
       dark one has a rule of its own: an engine without :state() drops only that one. */
    :host,
    :host([theme]) {
      ${forcedTokens}
    }
    ${AUTO_DARK} {
      ${forcedTokens}
    }
  }
  :host([hidden]),
  .frame[hidden] {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .frame {
    display: flex;
    flex: 1 0 auto;
    flex-direction: column;
    padding: 0.75rem 0.5rem 0.5rem;
    /* A host page's global rules ("* { white-space: nowrap; text-transform: uppercase }") reach the host and would
       be inherited here; labels are measured on a canvas that knows none of these, so reset them where they start.
       Letter- and word-spacing are the exception: they are measured (measure.ts), so a reader's text-spacing
       override (WCAG 1.4.12) reaches the chart's text instead of being undone here. */
    line-height: 1.45;
    text-align: start;
    white-space: normal;
    text-transform: none;
    text-indent: 0;
    font-variant: normal;
  }
  /* Far off screen the browser skips drawing the radar, at its exact height (set with the layout). What it draws
     may reach a little past its box (the focus ring around a label at the edge), and the paint containment that
     comes with skipping would clip it there. */
  .skips {
    content-visibility: auto;
    overflow-clip-margin: 0.5rem;
  }
  .heading {
    margin: 0 0 0.25rem;
    font-size: var(--_heading-font-size);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .takeaway {
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
  }
  /* A chart stretched to its grid row's height puts up to two lines of the extra under its takeaway, so the plots
     of a row line up when takeaways differ by a line or two; the rest goes under the buttons. Uncapped, a table
     opened in one chart pushed the radars of the charts beside it down by the table's height. */
  .stretch {
    flex-grow: 1;
    max-height: 2.9em;
  }
  .plot {
    position: relative;
  }
  /* Its own width (laid out for the box it is in), shrunk to fit a narrower one: a radar from the server, laid out
     600 px wide before the browser measures it, never grows its text past the sizes it was laid out with. In a box
     wider than the drawing uses, at the start, under the heading, over the legend and the buttons: centred, it
     stood apart from all three. */
  svg.radar {
    width: auto;
    max-width: 100%;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-family: inherit;
    /* SVG paint is inherited, from the page too: a page's "body { stroke: …; stroke-dasharray: … }" outlined the
       names and dashed the municipality's line like the comparison's. What the chart's marks do not set is reset. */
    fill: var(--_text);
    fill-opacity: 1;
    stroke: none;
    stroke-width: 1px;
    stroke-opacity: 1;
    stroke-dasharray: none;
    stroke-dashoffset: 0;
    stroke-linecap: butt;
    stroke-linejoin: miter;
    paint-order: normal;
    marker: none;
    /* The geometry places labels by text-anchor start/end meaning left/right: an rtl page must not flip them. */
    direction: ltr;
  }
  .grid path,
  .grid line {
    fill: none;
    stroke: var(--_grid);
    stroke-width: var(--_grid-width);
    vector-effect: non-scaling-stroke;
  }
  /* Centred on its point on the ring, whatever the font's metrics. */
  .tick {
    fill: var(--_muted);
    /* As the names: 12 px by default, larger when the reader enlarges text (the layout reads it from the probe). */
    font-size: var(--_label-px, var(--_label-font-size));
    text-anchor: middle;
    dominant-baseline: central;
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .axis-label {
    fill: var(--_text);
    /* The size the layout read from the probe, written by the figure (view/figure.ts labelSize). */
    font-size: var(--_label-px, var(--_label-font-size));
  }
  /* Letters for names are bold, keys to the list under the chart rather than words, in any theme. */
  .lettered .axis-label {
    font-weight: 700;
  }
  .series .line {
    fill: var(--_color);
    fill-opacity: var(--_fill-opacity);
    stroke: var(--_color);
    stroke-width: var(--_line-width);
    stroke-linejoin: round;
  }
  /* An open line (missing values) has no area; several overlapping fills would turn the plot to mud. */
  .series .line.open,
  .multi .series .line {
    fill: none;
  }
  .series .marker {
    fill: var(--_color);
    stroke: var(--_background);
    stroke-width: 1px;
  }
  .baseline .line {
    fill: none;
    stroke: var(--_color);
    stroke-width: calc(var(--_line-width) * 0.8);
    stroke-dasharray: 6 4;
  }
  .baseline .marker {
    fill: var(--_background);
    stroke: var(--_color);
    stroke-width: 1.75px;
  }
  /* Each series' markers, at every point of its line (marker-defs.ts), on an unstroked copy of it (view/radar.ts).
     At the point where a closed line ends it began: a second marker on the first, which looks the same. A glyph's
     line has one, in the middle. */
  .points {
    fill: none;
    stroke: none;
  }
  .s1 .points {
    marker: url(#m-s1);
  }
  .s2 .points {
    marker: url(#m-s2);
  }
  .s3 .points {
    marker: url(#m-s3);
  }
  .s4 .points {
    marker: url(#m-s4);
  }
  .baseline .points {
    marker: url(#m-b);
  }
  .glyph .points {
    marker-start: none;
    marker-end: none;
  }
  .glyph .line {
    fill: none;
  }
  /* Holds definitions only: no box at all (the rule for every svg above would give it the host's width and, in
     WebKit, a height that covers the takeaway, so its text could not be selected). */
  .marker-defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    pointer-events: none;
  }
  .s1 {
    --_color: var(--_series-1);
  }
  .s2 {
    --_color: var(--_series-2);
  }
  .s3 {
    --_color: var(--_series-3);
  }
  .s4 {
    --_color: var(--_series-4);
  }
  .baseline {
    --_color: var(--_baseline);
  }
  .axis {
    outline: none;
    cursor: default;
  }
  .highlight path {
    fill: none;
  }
  /* The ring shows only while the chart has keyboard focus; the spoke also on hover. The chart remembers its area
     after that (Shift+Tab comes back to it), but a heavier spoke left behind would read as emphasis on the data. */
  .spoke-highlight,
  .focus-ring {
    stroke: none;
  }
  .plot:hover .spoke-highlight,
  .plot:focus-within .spoke-highlight {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  /* And while the pointer is on the box under a small plot. A rule of its own: an engine without :has() drops
     only this one. */
  .frame:has(.box-below:hover) .spoke-highlight {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .plot:focus-within .focus-ring {
    stroke: var(--_focus);
    stroke-width: 2.5px;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(18rem, 90%);
    padding: 0.4rem 0.55rem;
    border: 1px solid var(--_text);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_text);
    font-size: 0.8125rem;
    line-height: 1.35;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    pointer-events: auto;
  }
  /* A server's HTML shows what is inside the element (a table with the data, which the server does not read) to
     readers without JavaScript; once the element is defined, the chart draws from it instead. */
  .light {
    display: none;
  }
  :host(:not(:defined)) .light {
    display: contents;
  }
  /* The box under a small plot, over the legend and buttons (view/tooltip.ts). */
  .box-below {
    position: relative;
    z-index: 1;
    height: 0;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong {
    display: block;
    margin-bottom: 0.15rem;
  }
  .tooltip ul,
  .legend {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.5rem 0 0;
    font-size: var(--_label-font-size);
  }
  .legend li,
  .tooltip li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    overflow-wrap: anywhere;
  }
  .glyph {
    flex: none;
    width: 28px;
    height: 14px;
    overflow: visible;
  }
  .note {
    margin: 0.4rem 0 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  /* An author's word longer than the card (a pasted link without slashes) wraps rather than runs out of it. */
  .credits,
  .note {
    overflow-wrap: anywhere;
  }
  .message {
    margin: 0;
    padding: 0.75rem;
    border: 2px solid var(--_text);
    border-radius: 4px;
    overflow-wrap: anywhere;
  }
  .message strong {
    display: block;
  }
  .message ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  /* Motion only for readers who have not asked for less: a changed series morphs into its new shape. */
  @media (prefers-reduced-motion: no-preference) {
    .radar .line {
      transition: d 0.35s ease-out;
    }
  }
  /* Print: light colours whatever the theme or the reader's scheme (a dark page prints black, or with background
     graphics off pale text and black blobs), the figure kept on one page, and nothing to click (controls.styles.ts
     hides the buttons and prints an open table). Last, and as specific as the dark rules, so it wins. */
  @media print {
    :host,
    :host([theme]) {
      ${printTokens}
    }
    ${AUTO_DARK} {
      ${printTokens}
    }
    .tooltip,
    .highlight {
      display: none;
    }
    .skips {
      content-visibility: visible;
    }
  }
  .sr-only {
    ${visuallyHidden}
  }
`;
