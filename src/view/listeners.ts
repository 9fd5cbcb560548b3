import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Made } from './directive-type.js';

/** Event type → its listener; an object with `handleEvent` serves several types with one object. */
export type Listeners = Readonly<Record<string, EventListenerOrEventListenerObject>>;

/**
 * Adds an element's listeners, one element binding for all of them: `<div ${listeners({ keydown: focus, … })}>`.
 * Seven `@event` bindings on the plot were seven lit parts per chart, each keeping its own state; on a page of many
 * charts that is memory for listeners that never change. A listener changed between renders is swapped.
 */
class ListenersDirective extends Directive {
  private _added: Listeners = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('listeners() is an element binding: <div ${listeners(…)}>');
  }

  render(_listeners: Listeners): unknown {
    return noChange;
  }

  override update({ element }: ElementPart, [listeners]: [Listeners]): unknown {
    for (const type in this._added)
      if (this._added[type] !== listeners[type]) element.removeEventListener(type, this._added[type]!);
    for (const type in listeners)
      if (this._added[type] !== listeners[type]) element.addEventListener(type, listeners[type]!);
    this._added = listeners;
    return noChange;
  }
}

export const listeners: Made<typeof ListenersDirective> = directive(ListenersDirective);
