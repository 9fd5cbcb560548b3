import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Made } from './directive-type.js';

/**
 * Sets inline styles through CSSOM (`element.style.setProperty`), never through the `style` attribute. A page's
 * Content-Security-Policy without 'unsafe-inline' blocks `setAttribute('style', …)` and reports each time; lit's
 * `style="${…}"` and even `styleMap` (on its first render) set the attribute. CSSOM writes are not inline styles
 * to CSP, so a chart positions its tooltip on the strictest page.
 *
 * Used as an element binding: `<div ${cssomStyle({ top: '4px' })}>`.
 */
class CssomStyle extends Directive {
  /** What this binding set last time, so a render that changes nothing writes nothing (no style invalidation). */
  private _set: Readonly<Record<string, string>> = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssomStyle() is an element binding: <div ${cssomStyle(…)}>');
  }

  render(_styles: Readonly<Record<string, string>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string>>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name in this._set) if (!(name in styles)) style.removeProperty(name);
    for (const name in styles) if (styles[name] !== this._set[name]) style.setProperty(name, styles[name]!);
    this._set = styles;
    return noChange;
  }
}

export const cssomStyle: Made<typeof CssomStyle> = directive(CssomStyle);
