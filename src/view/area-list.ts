import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { cached } from '../internal/cache.js';
import type { TextModel } from '../model/describe.js';

/**
 * One list item per name, named by it (labels, not text: new data changes attributes only and lays nothing out
 * again). Built by hand inside a directive, not one template per item: it stands in for the radar on every chart
 * the browser skips, which on an overview page is most of them.
 */
class NamedItems extends Directive {
  private _list?: Element;
  private _names: readonly string[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('namedItems() is a child binding');
  }

  render(_names: readonly string[]): unknown {
    return noChange;
  }

  override update(_part: unknown, [names]: [readonly string[]]): unknown {
    const fresh = this._list?.children.length !== names.length;
    if (fresh) this._list = emptyList(names.length);
    const items = this._list!.children;
    names.forEach((name, i) => {
      if (fresh || name !== this._names[i]) items[i]!.setAttribute('aria-label', name);
    });
    this._names = names;
    return fresh ? this._list : noChange;
  }
}

const lists = new Map<number, Element>();

/** A list of `count` empty items, cloned from one made once per count. */
function emptyList(count: number): Element {
  const master = cached(lists, count, () => {
    const list = document.createElement('div');
    list.setAttribute('role', 'list');
    for (let i = 0; i < count; i++) list.appendChild(document.createElement('div')).setAttribute('role', 'listitem');
    return list;
  });
  return master.cloneNode(true) as Element;
}

const namedItems = directive(NamedItems);

/**
 * For screen readers, while the radar is not drawn or the browser skips drawing it (which leaves it out of the
 * accessibility tree): the same group and list of areas, with the same names, that the radar gives them.
 */
export function areaList(text: TextModel): TemplateResult {
  return html`<div class="sr-only" role="group" aria-roledescription=${text.chartKind} aria-label=${text.chartName}>
    ${namedItems(text.axisNames)}
  </div>`;
}
