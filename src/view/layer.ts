import { noChange, nothing, render, svg, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import type { Made } from './directive-type.js';
import { cached } from '../internal/cache.js';
import { stripped } from './master.js';
import type { Frame } from '../model/layout.js';

/**
 * The part of the radar that depends on the frame alone: the grid, and per area its node with
 * its label. It is the bulk of the drawing, and on an overview page it is the same
 * in every chart: lit renders it once per frame into a master, and each chart takes a clone. A clone has no template
 * parts, so it costs a chart no memory in the script heap, and new scores leave it alone; the few things that
 * differ per chart (each area's name, the roving tabindex, the active area) the {@link axisNodes} directive
 * writes onto the clone.
 */
export interface Layer {
  grid: Element;
  /** The list of area nodes, in clockwise order. */
  axes: Element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const masters = new WeakMap<Frame, Map<number, Element>>();

/** The grid: the rings as one path, the spokes as another. */
export function gridTemplate(frame: Frame): TemplateResult {
  const rings = frame.rings.map((ring) => ring.path).join('');
  const spokes = frame.highlights.map((highlight) => highlight.spoke).join('');
  return svg`<g class="grid" part="grid" aria-hidden="true">
    <path class="spokes" d=${spokes}></path>
    <path class="rings" d=${rings}></path>
  </g>`;
}

/**
 * The list of area nodes, each holding only its name as drawn, hidden from assistive technology (the node's own
 * name says it all). With `names` it is a chart's own list, named, with the roving tabindex on the `active` area
 * (server rendering, which has no master to clone); without, the master's, which {@link axisNodes} completes.
 */
export function axesTemplate(frame: Frame, lineHeight: number, names?: readonly string[], active = -1): TemplateResult {
  return svg`<g role="list" class="axes">
    ${frame.labels.map(
      (
        box,
        i,
      ) => svg`<g role="listitem" class=${i === active ? 'axis active' : 'axis'} tabindex=${i === Math.max(0, active) ? '0' : '-1'} aria-label=${names?.[i] ?? nothing} data-index=${i}>
        <text class="axis-label" part="axis-label" aria-hidden="true" text-anchor=${box.textAnchor}>
          ${box.lines.map((line, l) => svg`<tspan x=${box.anchorX} y=${box.top + (l + 0.78) * lineHeight}>${line}</tspan>`)}
        </text>
      </g>`,
    )}
  </g>`;
}

/**
 * Few nodes: every clone costs its nodes again. The pointer is matched by arithmetic (model/hit.ts), and the
 * active area's highlight is the chart's own.
 */
function master(frame: Frame, lineHeight: number): Element {
  const root = document.createElementNS(SVG_NS, 'g');
  render(svg`${gridTemplate(frame)}${axesTemplate(frame, lineHeight)}`, root);
  return stripped(root);
}

/** A fresh copy of the frame's layer for one chart; the master is built on first use and kept with the frame. */
export function cloneLayer(frame: Frame, lineHeight: number): Layer {
  const byHeight = cached(masters, frame, () => new Map<number, Element>());
  const root = cached(byHeight, lineHeight, () => master(frame, lineHeight));
  const [grid, axes] = Array.from((root.cloneNode(true) as Element).children);
  return { grid: grid!, axes: axes! };
}

/**
 * Puts a layer's list of area nodes in place and writes what is the chart's own onto them: each area's full
 * name, the roving tabindex (only the current area is in the tab order, so the chart is one tab stop) and the
 * active area's class. Only what changed since the last render is written.
 */
class AxisNodes extends Directive {
  private _list?: Element;
  private _names: readonly string[] = [];
  private _active = -2;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('axisNodes() is a child binding');
  }

  render(_list: Element, _names: readonly string[], _active: number): unknown {
    return noChange;
  }

  override update(_part: ChildPart, [list, names, active]: [Element, readonly string[], number]): unknown {
    const fresh = list !== this._list;
    const nodes = list.children;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (fresh || names[i] !== this._names[i]) node.setAttribute('aria-label', names[i] ?? '');
      if (fresh || active !== this._active) {
        node.setAttribute('tabindex', i === Math.max(0, active) ? '0' : '-1');
        node.classList.toggle('active', i === active);
      }
    }
    this._names = names;
    this._active = active;
    if (!fresh) return noChange;
    this._list = list;
    return list;
  }
}

export const axisNodes: Made<typeof AxisNodes> = directive(AxisNodes);
