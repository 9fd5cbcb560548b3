import { noChange, nothing, svg, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { setAttribute } from './master.js';
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
 * and a dozen parts in every chart, half a megabyte on a page of 290 (a heap snapshot), for four numbers whose
 * places change with the data. Only what changed is written.
 */
class RingValueNodes extends Directive {
  private _group?: SVGGElement;
  private _texts: SVGTextElement[] = [];
  private _shown = '';

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
    places.forEach((place, i) => {
      if (!place) return;
      let text = this._texts[i];
      if (!text) {
        text = this._texts[i] = document.createElementNS(SVG_NS, 'text');
        text.setAttribute('class', 'tick');
      }
      setAttribute(text, 'x', String(round(place.x)));
      setAttribute(text, 'y', String(round(place.y)));
      if (text.textContent !== labels[i]) text.textContent = labels[i] ?? '';
    });
    const shown = places.map((place) => (place ? 1 : 0)).join('');
    if (shown !== this._shown) {
      group.replaceChildren(...this._texts.filter((text, i) => text && places[i]));
      this._shown = shown;
    }
    return fresh ? group : noChange;
  }
}

export const ringValueNodes = directive(RingValueNodes);
