import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';
import { tell } from '../internal/tell.js';

/** The chart's styles as sheets made in another document's realm, one set per document, shared by its charts. */
const sheetsByDocument = new WeakMap<Document, CSSStyleSheet[]>();

function cssText(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet
    ? [...style.cssRules].map((rule) => rule.cssText).join('\n')
    : (style as { cssText: string }).cssText;
}

/**
 * Gives a shadow root the chart's styles in the document it is in now. lit adopts sheets constructed in the page
 * that defined the element, and a document may only adopt its own: a chart moved into an iframe, a popup or a
 * Document Picture-in-Picture window lost every style (and stayed unstyled after moving back), and one first
 * connected there threw "Sharing constructed stylesheets in multiple documents is not allowed". So another
 * document gets the same CSS in sheets made by its own window's `CSSStyleSheet`: constructed sheets still, which a
 * strict Content-Security-Policy allows where `<style>` elements are refused.
 */
export function adoptDocumentStyles(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (doc === document || !view || !('adoptedStyleSheets' in root)) {
      adoptStyles(root, styles);
      return;
    }
    let sheets = sheetsByDocument.get(doc);
    if (!sheets) {
      sheets = styles.map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync(cssText(style));
        return sheet;
      });
      sheetsByDocument.set(doc, sheets);
    }
    root.adoptedStyleSheets = sheets;
  } catch (error) {
    // A document without a window of its own to make sheets in: the chart shows unstyled rather than throw.
    tell('warn', 'the chart cannot be styled in this document.', error);
  }
}

/**
 * Keeps a chart styled for the document it is in: the shadow root adopts the styles when it is made, and again
 * when the chart is connected in another document (moved into an iframe, a popup, Picture-in-Picture, or back).
 */
export class DocumentStylesController implements ReactiveController {
  /** The document whose sheets the shadow root has adopted. */
  #styledFor?: Document;

  constructor(
    private readonly host: ReactiveElement,
    private readonly styles: CSSResultOrNative[],
  ) {
    host.addController(this);
  }

  adopt(root: ShadowRoot): void {
    this.#styledFor = this.host.ownerDocument;
    adoptDocumentStyles(root, this.styles);
  }

  hostConnected(): void {
    const root = this.host.shadowRoot;
    if (root && this.#styledFor && this.#styledFor !== this.host.ownerDocument) this.adopt(root);
  }
}
