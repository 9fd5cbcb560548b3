import { noChange } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { Made } from './directive-type.js';
import type { SeriesGeometry } from '../model/layout.js';

/** A series to draw: its geometry, its class (`series s1`, `baseline`) and its part names. */
export interface SeriesMarks {
  series: SeriesGeometry;
  className: string;
  part: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The series' lines and markers (see `marks` in radar.ts for what they are), written by hand onto nodes this
 * directive keeps: a template per series held a template instance and five parts in every chart, about a third of
 * a megabyte on an overview page (a heap snapshot). New scores change only the paths.
 */
class SeriesNodes extends Directive {
  private _groups: Element[] = [];
  private _keys: string[] = [];
  /** The series written last: the pipeline keeps one while its values are the same. */
  private _series: SeriesGeometry[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('seriesNodes() is a child binding');
  }

  render(_marks: readonly SeriesMarks[]): unknown {
    return noChange;
  }

  override update(_part: unknown, [marks]: [readonly SeriesMarks[]]): unknown {
    const keys = marks.map((mark) => `${mark.className}|${mark.part}`);
    const fresh = keys.length !== this._keys.length || keys.some((key, i) => key !== this._keys[i]);
    if (fresh) {
      this._groups = marks.map(({ className, part }) => {
        const group = document.createElementNS(SVG_NS, 'g');
        group.setAttribute('aria-hidden', 'true');
        group.setAttribute('class', className);
        group.setAttribute('part', part);
        for (const name of ['line', 'points']) {
          const path = document.createElementNS(SVG_NS, 'path');
          path.setAttribute('class', name);
          group.append(path);
        }
        return group;
      });
      this._keys = keys;
      this._series = [];
    }
    // Compared with what was written, not read back from the DOM: a render for the pointer writes nothing.
    marks.forEach(({ series }, i) => {
      const was = this._series[i];
      if (series === was) return;
      const [line, points] = Array.from(this._groups[i]!.children);
      if (series.closed !== was?.closed) line!.setAttribute('class', series.closed ? 'line' : 'line open');
      if (series.path !== was?.path) {
        line!.setAttribute('d', series.path);
        points!.setAttribute('d', series.path);
      }
    });
    // Kept at its length: filled by index, an array holds room for 17 (a heap snapshot of an overview page).
    this._series = marks.map(({ series }) => series);
    // One fragment rather than the array of groups: lit keeps a part, two markers and a list for each item of an
    // array it renders, in every chart.
    if (!fresh) return noChange;
    const fragment = document.createDocumentFragment();
    fragment.append(...this._groups);
    return fragment;
  }
}

export const seriesNodes: Made<typeof SeriesNodes> = directive(SeriesNodes);
