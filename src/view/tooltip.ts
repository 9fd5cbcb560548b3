import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from './cssom-style.js';
import type { Geometry } from '../model/layout.js';
import type { TextModel } from '../model/describe.js';
import { SERIES_CLASSES } from '../model/markers.js';
import { keyEntry } from './radar.js';

/**
 * The box that shows an area's values, the same on hover as on keyboard focus. It sits inside the plot, so the
 * pointer can move onto it without it closing (WCAG 1.4.13); Esc hides it. Screen readers get the same words from
 * the axis' name, so the box itself is hidden from them.
 */
export function tooltip(
  geometry: Geometry,
  text: TextModel,
  index: number,
  hidden: boolean,
  differenceLabel: string,
): TemplateResult {
  const { frame } = geometry;
  const tip = frame.spokes[index]!;
  // On the far side of the centre from the area's spoke: under the centre for an area in the upper half, over it
  // for one in the lower half, so the box never hides the spoke and the values it describes (placed from the
  // spoke's end, it covered both). Horizontally near the spoke, kept inside the plot; the radar is centred in the
  // plot (narrower than a wide box: model/layout.ts), so x is taken from the plot's middle.
  // Through CSSOM: a style="…" binding (or styleMap's first render) goes through setAttribute, which a page's
  // Content-Security-Policy without 'unsafe-inline' blocks, leaving the box unplaced, and reports as a violation.
  const position = {
    top: tip.y < 0 ? `${Math.round(frame.cy + 14)}px` : 'auto',
    bottom: tip.y < 0 ? 'auto' : `${Math.round(frame.height - frame.cy + 14)}px`,
    // A box taller than the room on its side (a small chart) moves back until it ends at the plot's edge (a
    // translation in % is of its own height), where a skipped plot's paint containment would cut it off.
    translate:
      tip.y < 0
        ? `0 min(0px, calc(${Math.round(frame.height - frame.cy - 14)}px - 100%))`
        : `0 max(0px, calc(100% - ${Math.round(frame.cy - 14)}px))`,
    left: `clamp(0px, calc(50% + ${Math.round(tip.x)}px - 8rem), calc(100% - min(18rem, 90%)))`,
  };
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${hidden} ${cssomStyle(position)}>
    <strong>${text.areaLabels[index]}</strong>
    <ul>
      ${text.seriesLabels.map((label, s) => keyEntry(SERIES_CLASSES[s]!, `${label}: ${text.seriesValues[s]![index]}`))}
      ${
        text.baselineLabel && text.baselineValues
          ? keyEntry('baseline', `${text.baselineLabel}: ${text.baselineValues[index]}`)
          : nothing
      }
    </ul>
    ${text.differences?.[index] ? html`<div class="difference">${differenceLabel}: ${text.differences[index]}</div>` : nothing}
  </div>`;
}
