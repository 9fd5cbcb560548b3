import { noChange, nothing, svg, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { Made } from './directive-type.js';
import { round } from '../model/geometry.js';
import type { RingValue } from '../model/ring-values.js';

/**
 * The rings' values, over the data with a halo in the background colour: each sits where none of this chart's
 * lines or markers are (model/ring-values.ts), and the halo keeps it legible where the grid runs through it. A
 * value with no clear place is left out.
 */
export function ringValuesTemplate(places: readonly (RingValue | null)[], labels: readonly string[]): TemplateResult {
  return svg`<g class="ring-values" aria-hidden="true">
    ${places.map((place, i) => (place ? svg`<text class="tick" x=${round(place.x)} y=${round(place.y)}>${labels[i]}</text>` : nothing))}
  </g>`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The same nodes as {@link ringValuesTemplate}, written by hand: a template per value held four template instances
 * and a dozen parts in every chart, half a megabyte on an overview page (a heap snapshot), for four numbers whose
 * places change with the data. Only what changed is written.
 */
class RingValueNodes extends Directive {
  private _group?: SVGGElement;
  private _texts: (SVGTextElement | undefined)[] = [];
  /** What was written last: the places and labels as given (the pipeline keeps them while the data is the same). */
  private _places: readonly (RingValue | null)[] = [];
  private _labels: readonly string[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('ringValueNodes() is a child binding');
  }

  render(_places: readonly (RingValue | null)[], _labels: readonly string[]): unknown {
    return noChange;
  }

  override update(_part: unknown, [places, labels]: [readonly (RingValue | null)[], readonly string[]]): unknown {
    const fresh = !this._group;
    const group = (this._group ??= document.createElementNS(SVG_NS, 'g'));
    if (fresh) {
      group.setAttribute('class', 'ring-values');
      group.setAttribute('aria-hidden', 'true');
    }
    // A render for the pointer or focus: the same places, nothing to write.
    if (places === this._places && labels === this._labels) return noChange;
    // Compared with what was written, not read back from the DOM: a chart updated with new data writes only the
    // values that moved, and reads nothing.
    const [was, wasLabels] = [this._places, this._labels];
    // A value's node is made the first time it is shown; the list is made again at its length then (filled by
    // index, an array holds room for 17: a heap snapshot of an overview page).
    if (places.some((place, i) => place && !this._texts[i]))
      this._texts = places.map((place, i) => this._texts[i] ?? (place ? tick() : undefined));
    places.forEach((place, i) => {
      const text = this._texts[i];
      if (!place || !text) return;
      // Where it was written last time it was shown (a value left out keeps stale coordinates).
      const before = was[i];
      const [x, y] = [round(place.x), round(place.y)];
      if (!before || round(before.x) !== x) text.setAttribute('x', String(x));
      if (!before || round(before.y) !== y) text.setAttribute('y', String(y));
      if (!before || labels[i] !== wasLabels[i]) text.textContent = labels[i] ?? '';
    });
    if (fresh || places.length !== was.length || places.some((place, i) => !place !== !was[i]))
      group.replaceChildren(...this._texts.filter((text, i): text is SVGTextElement => !!text && !!places[i]));
    [this._places, this._labels] = [places, labels];
    return fresh ? group : noChange;
  }
}

function tick(): SVGTextElement {
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('class', 'tick');
  return text;
}

export const ringValueNodes: Made<typeof RingValueNodes> = directive(RingValueNodes);
