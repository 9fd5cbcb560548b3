import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from './cssom-style.js';
import type { Geometry } from '../model/layout.js';
import type { TextModel } from '../model/describe.js';
import { SERIES_CLASSES } from '../model/markers.js';
import { keyEntry } from './radar.js';

/** The box's distance from the radar's centre, px. */
const GAP = 14;
/** A line of the box, px: its 13 px text at a line height of 1.35 (radar.styles.ts, `.tooltip`), rounded up. */
const LINE = 17.6;
/** The box's padding and border above and below its text, px, rounded up. */
const EDGES = 16;

/**
 * Whether the box goes under the plot rather than inside it: when the half of the plot on the far side of the
 * centre is shorter than the box (its name on two lines, a line per series, the comparison and the difference, at
 * the box's 13 px and 1.35 line height, and its padding). In a small chart the box would otherwise cover the
 * radar whole, the focused area's name and spoke with it. `textScale`: the names' size against their default
 * (12 px), which the box's text and padding follow when a reader enlarges text (both are in rem); an author's
 * larger names alone make the estimate err toward a box under the plot, where it covers nothing.
 */
export function tooltipBelow(geometry: Geometry, text: TextModel, index: number, textScale = 1): boolean {
  const { frame } = geometry;
  const room = frame.spokes[index]!.y < 0 ? frame.height - frame.cy : frame.cy;
  const lines = 2 + text.seriesLabels.length + (text.baselineValues ? 1 : 0) + (text.differences ? 1 : 0);
  return room - GAP < (lines * LINE + EDGES) * textScale;
}

/**
 * The box that shows an area's values, the same on hover as on keyboard focus. It sits inside the plot, or just
 * under it in a small chart (over the legend: see {@link tooltipBelow}), and the pointer can move onto it without
 * it closing (WCAG 1.4.13: the plot's listener `focus` keeps it while the pointer goes between the two); Esc hides
 * it. Screen readers get the same words from the axis' name, so the box itself is hidden from them.
 */
export function tooltip(
  geometry: Geometry,
  text: TextModel,
  index: number,
  hidden: boolean,
  differenceLabel: string,
  focus: EventListenerObject,
  /** Under the plot rather than inside it: {@link tooltipBelow}, which its caller asks once. */
  below: boolean,
): TemplateResult {
  const { frame } = geometry;
  const tip = frame.spokes[index]!;
  // On the far side of the centre from the area's spoke: under the centre for an area in the upper half, over it
  // for one in the lower half, so the box never hides the spoke and the values it describes (placed from the
  // spoke's end, it covered both). Under the plot (in a wrapper of no height there: view/figure.ts), over what
  // follows. Horizontally near the spoke, kept inside the chart; the radar's centre is the plot's middle, or its
  // own where the plot is wider than the drawing (which starts at the plot's left: model/layout.ts).
  // Through CSSOM: a style="…" binding (or styleMap's first render) goes through setAttribute, which a page's
  // Content-Security-Policy without 'unsafe-inline' blocks, leaving the box unplaced, and reports as a violation.
  const position = {
    top: below ? '0' : tip.y >= 0 ? 'auto' : `${Math.round(frame.cy + GAP)}px`,
    bottom: below || tip.y < 0 ? 'auto' : `${Math.round(frame.height - frame.cy + GAP)}px`,
    // A box taller than estimated (a reader's larger text) moves back until it ends at the plot's edge (a
    // translation in % is of its own height), where a skipped plot's paint containment would cut it off.
    translate: below
      ? 'none'
      : tip.y < 0
        ? `0 min(0px, calc(${Math.round(frame.height - frame.cy - GAP)}px - 100%))`
        : `0 max(0px, calc(100% - ${Math.round(frame.cy - GAP)}px))`,
    left: `clamp(0px, calc(min(50%, ${Math.round(frame.cx)}px) + ${Math.round(tip.x)}px - 8rem), calc(100% - min(18rem, 90%)))`,
  };
  return html`<div
    class="tooltip"
    part="tooltip"
    aria-hidden="true"
    ?hidden=${hidden}
    ${cssomStyle(position)}
    @pointerleave=${focus}
  >
    <strong>${text.areaLabels[index]}</strong>
    <ul>
      ${text.seriesLabels.map((label, s) => keyEntry(SERIES_CLASSES[s]!, pair(label, text.seriesValues[s]![index]!)))}
      ${
        text.baselineLabel && text.baselineValues
          ? keyEntry('baseline', pair(text.baselineLabel, text.baselineValues[index]!))
          : nothing
      }
    </ul>
    ${text.differences?.[index] ? html`<div class="difference">${pair(differenceLabel, text.differences[index])}</div>` : nothing}
  </div>`;
}

/** A name and its value, the value kept on the name's last line (a no-break space): "kommuner:" over "2,1" read as two. */
const pair = (label: string, value: string) => `${label}:\u00a0${value}`;
