import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { TextModel } from '../model/describe.js';
import { SERIES_CLASSES } from '../model/markers.js';
import { cached } from '../internal/cache.js';
import { renderMaster } from './master.js';
import { keyEntry } from './radar.js';

/**
 * The legend: each series' name beside the very glyph the chart draws (colour, dash and marker shape). Hidden from
 * screen readers, which hear the same names, in the same order, in the chart's name. `fromTemplate`: rendered
 * from its template (on the server, and in a chart hydrated from it); otherwise a copy (see {@link legendNodes}).
 */
export function legend(text: TextModel, fromTemplate = false): unknown {
  const classes = [...text.seriesLabels.map((_, i) => SERIES_CLASSES[i]!), ...(text.baselineLabel ? ['baseline'] : [])];
  // concat, not a spread of two lists: that makes an array with room for 19, which every chart's legend keeps.
  const labels = text.baselineLabel ? text.seriesLabels.concat(text.baselineLabel) : text.seriesLabels;
  return fromTemplate ? legendTemplate(classes, labels) : legendNodes(masterLegend(classes), labels);
}

function legendTemplate(classes: readonly string[], labels: readonly string[]): TemplateResult {
  return html`<ul class="legend" part="legend" aria-hidden="true">
    ${classes.map((className, i) => keyEntry(className, labels[i]!))}
  </ul>`;
}

/** One legend per set of series (the glyphs), rendered once and copied by every chart that has them. */
const masters = new Map<string, Element>();

function masterLegend(classes: readonly string[]): Element {
  return cached(masters, classes.join('|'), () =>
    renderMaster(
      legendTemplate(
        classes,
        classes.map(() => ''),
      ),
    ),
  );
}

/**
 * A chart's copy of the legend for its series, with their names written in: a legend of templates held a template
 * instance and its parts per entry in every chart, a quarter of a megabyte on an overview page (a heap snapshot).
 */
class LegendNodes extends Directive {
  private _master?: Element;
  private _list?: Element;
  /** The copy's name spans, found once: a render for the pointer or focus queries nothing. */
  private _spans: HTMLElement[] = [];
  private _labels: readonly string[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('legendNodes() is a child binding');
  }

  render(_master: Element, _labels: readonly string[]): unknown {
    return noChange;
  }

  override update(_part: unknown, [master, labels]: [Element, readonly string[]]): unknown {
    const fresh = master !== this._master;
    if (fresh) {
      this._master = master;
      this._list = master.cloneNode(true) as Element;
      this._spans = [...this._list.querySelectorAll('span')];
      this._labels = [];
    }
    labels.forEach((label, i) => {
      if (label !== this._labels[i]) this._spans[i]!.textContent = label;
    });
    this._labels = labels;
    return fresh ? this._list : noChange;
  }
}

const legendNodes = directive(LegendNodes);
