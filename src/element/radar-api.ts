import { LitElement, type PropertyDeclarations } from 'lit';
import type { Area, ScoresInput, SeriesInput } from '../input/types.js';
import type { Strings } from '../i18n/strings.js';
import { raw, themeAttribute } from './converters.js';

/**
 * The public API of `<eprofile-radar>`: its properties and attributes, each declared once with its documentation,
 * and the events, slot, parts and custom properties below. custom-elements.json takes them from here and lists them
 * on the element (radar-element.ts), which draws the chart from them. The API apart from the behaviour, as Material
 * Web keeps a component's properties in a base class: the contract reads in one file, the element stays thin.
 *
 * @slot - An optional `<table>` with the data (rows = areas, a column per series; the comparison is the column
 *   marked `data-baseline` or headed as one, "Medel …"). Readers without JavaScript see it; with JavaScript it
 *   feeds the chart.
 *
 * @fires {CustomEvent<EprofileErrorDetail>} eprofile-error - Input was rejected: one per fault of an attribute (`scores="3 9"`: the 9, and the count), naming every value with that fault, `detail: {message, attribute, value, code}` (`code`: why, in words that do not change with the language, e.g. `out-of-range`). Bubbles, composed.
 * @fires {CustomEvent<EprofileFocusAreaDetail>} eprofile-focus-area - The reader moved to an area (keyboard or pointer). `detail: {index, key, label}`.
 * @fires {CustomEvent<EprofileViewDetail>} eprofile-view - The reader opened or closed the table (`view: 'table'`) or dot-plot view (`'dotplot'`), or an open one closed because `controls` became `none`. `detail: {view, open}`.
 *
 * @csspart heading - The visible title.
 * @csspart takeaway - The one-sentence summary under the title.
 * @csspart plot - The box around the radar and its hover box. Far off screen the browser skips drawing it
 *   (`content-visibility: auto`); `content-visibility: visible` on this part draws every radar at once.
 * @csspart radar - The radar chart's `<svg>`.
 * @csspart grid - Rings, spokes and ring values.
 * @csspart axis-label - Each area's name around the chart.
 * @csspart series - Every compared series (line and markers).
 * @csspart series-1 - The first series (line and markers).
 * @csspart series-2 - The second series.
 * @csspart series-3 - The third series.
 * @csspart series-4 - The fourth series.
 * @csspart baseline - The comparison series.
 * @csspart legend - The legend list.
 * @csspart area-key - The list of area names, by letter, under a narrow chart whose axes carry letters.
 * @csspart tooltip - The box that shows an area's values on hover or focus.
 * @csspart controls - The row of view buttons.
 * @csspart button - Each button under the chart: the table, the dot plot, "Ladda ner" and its choices, "Lyssna".
 * @csspart table - The data table.
 * @csspart dotplot - The dot-plot `<svg>`.
 * @csspart how-to-read - "Hjälp", the line under the buttons, and the text it opens (how to read the chart).
 * @csspart message - The message shown instead of the chart: rejected input, or the note that there are no values yet.
 * @csspart credits - The source, notes and byline under the chart.
 * @csspart download-menu - The list of downloads (CSV, SVG, PNG) under the "Ladda ner" / "Download" button.
 *
 * Defaults are the light theme's; the README's Theming section gives the dark ones.
 * @cssprop [--eprofile-series-1=#0064c8] - Colour of the first series: line, fill and filled markers.
 * @cssprop [--eprofile-series-2=#ce5600] - Colour of the second series.
 * @cssprop [--eprofile-series-3=#008f64] - Colour of the third series.
 * @cssprop [--eprofile-series-4=#a4407f] - Colour of the fourth series.
 * @cssprop [--eprofile-baseline-color=#515151] - Colour of the comparison's dashed line and hollow markers.
 * @cssprop [--eprofile-grid-color=#8c8c8c] - Rings, spokes and table rules.
 * @cssprop [--eprofile-text-color=#1b1b1b] - All text, button borders.
 * @cssprop [--eprofile-muted-color=#545454] - Ring values and notes.
 * @cssprop [--eprofile-background=#ffffff] - Background of the chart (and the fill behind markers and ring values).
 * @cssprop [--eprofile-focus-color=#1b1b1b] - The keyboard focus indicator.
 * @cssprop [--eprofile-fill-opacity=0.12] - Opacity of a single series' area fill (0 for none).
 * @cssprop [--eprofile-font-family=inherit] - Font; the page's by default.
 * @cssprop [--eprofile-font-size=0.9375rem] - Base text size.
 * @cssprop [--eprofile-label-font-size=0.75rem] - Area names, legend and area list.
 * @cssprop [--eprofile-heading-font-size=1.125rem] - The heading.
 * @cssprop [--eprofile-line-width=2.5px] - Series line width.
 * @cssprop [--eprofile-grid-width=1px] - Grid line width.
 * @cssprop [--eprofile-marker-size=8px] - Marker size, in the chart and the legend.
 */
export class EprofileRadarApi extends LitElement {
  // Declared here rather than with decorators: the same reactive properties for a smaller bundle. Each one's
  // documentation is on its field below, where custom-elements.json takes it from.
  static override properties: PropertyDeclarations = {
    scores: { converter: raw },
    baseline: { converter: raw },
    label: {},
    baselineLabel: { attribute: 'baseline-label' },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    min: { converter: raw },
    max: { converter: raw },
    lang: {},
    theme: { reflect: true, converter: themeAttribute },
    takeaway: {},
    source: {},
    notes: {},
    byline: {},
    areas: { attribute: false },
    series: { attribute: false },
    strings: { attribute: false },
    loading: {},
    controls: {},
  };

  /** The municipality's scores, one per area in axis order: `"3,0 3,2 3,0 3,0 3,1"`, `"3.0;3.2;…"`, a JSON array, or (property) an array or an object keyed by area key. `-` or `null` marks a missing value. */
  declare scores?: ScoresInput | null;

  /** The comparison series, in the same forms as `scores`. Optional. */
  declare baseline?: ScoresInput | null;

  /** Name of the series (e.g. the municipality); empty, the chart says "Kommunen" / "The municipality". */
  label = '';

  /** Name of the comparison; defaults to "Medel samtliga kommuner" / "Average of all municipalities". */
  baselineLabel = '';

  /** Visible title: the figure's heading, which is how a screen reader hears the title (once). */
  heading = '';

  /** Level of the heading for the page's outline (1–6); when absent, one below the nearest heading before the chart (2 when there is none). */
  declare headingLevel?: number;

  /** Scale minimum (centre of the chart). */
  min: number | string = 0;

  /** Scale maximum (outer ring). */
  max: number | string = 4;

  /** `sv` or `en`; when absent, the nearest `lang` of the page. Numbers follow it (3,2 / 3.2). */
  override lang = '';

  /**
   * `auto` (the page's scheme, as the browser's own controls take it: light on a page made for light only, the
   * reader's setting where the page's `color-scheme` lists both), `light` or `dark`.
   */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Replaces the generated one-sentence takeaway. */
  takeaway = '';

  /** Where the data comes from, shown under the chart as "Källa: …" / "Source: …" and kept in downloads. */
  source = '';

  /** Notes on the data (method, caveats), shown under the chart and kept in downloads. */
  notes = '';

  /** Who made the chart (e.g. "Grafik: Anna Berg"), shown under the chart as typed and kept in downloads. */
  byline = '';

  /** Axis definitions replacing the five SKL areas: `{key, label?, short?}[]`, 3 to 12 (`label` may be left out for the five built-in keys; `short` is the name a narrow chart draws). */
  declare areas?: Area[];

  /** Several compared series (up to four), `{label, scores}[]`; when set, it replaces `scores` and `label`. */
  declare series?: SeriesInput[];

  /** Strings for another language, or to reword the built-in ones; merged over the Swedish or English set. */
  declare strings?: Partial<Strings>;

  /** `eager` builds the radar at once; `lazy` (for pages with many charts, to save memory) builds it only when the browser starts drawing it, about half a viewport before it comes into view, or when focus enters the chart, keeping the text, legend, buttons and the list of areas and reserving the radar's height until then. Either way the browser skips drawing radars far off screen. */
  loading: 'eager' | 'lazy' = 'eager';

  /** The buttons under the chart: `compact` (default) one quiet line of words, "Tabell · Punktdiagram · Ladda ner · Lyssna", and "Hjälp" (how to read the chart) on a line under them; `full` boxed buttons with their whole names, and "Hjälp" under them as in `compact`; `none` no buttons and no "Hjälp", for a page of small multiples, where the radar's list of areas gives a screen reader every value once. */
  controls: 'compact' | 'full' | 'none' = 'compact';
}
