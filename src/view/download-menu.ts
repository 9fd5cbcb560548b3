import { css, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';

export type DownloadKind = 'csv' | 'svg' | 'png';

export interface MenuHandlers {
  onToggle: () => void;
  onChoose: (kind: DownloadKind) => void;
  /** Esc, arrow keys and focus leaving the menu; the element decides what closes it. */
  onKeyDown: (event: KeyboardEvent) => void;
  onFocusOut: (event: FocusEvent) => void;
}

/**
 * "Ladda ner" / "Download": a disclosure button and a list of buttons (not an ARIA menu: a short list of plain
 * buttons is what screen reader users expect from a disclosure, and needs no roving focus). The list is in the
 * flow, not floating, so it is never clipped by an iframe or a CMS's overflow.
 */
export function downloadMenu(strings: Strings, open: boolean, handlers: MenuHandlers): TemplateResult {
  const items: [DownloadKind, string][] = [
    ['csv', strings.downloadCsv],
    ['svg', strings.downloadSvg],
    ['png', strings.downloadPng],
  ];
  return html`<div class="download" @keydown=${handlers.onKeyDown} @focusout=${handlers.onFocusOut}>
    <button
      type="button"
      part="button"
      class="download-toggle"
      aria-expanded=${open}
      aria-controls="download-menu"
      @click=${handlers.onToggle}
    >
      ${strings.download}
    </button>
    <ul id="download-menu" class="download-menu" part="download-menu" ?hidden=${!open}>
      ${
        open
          ? items.map(
              ([kind, label]) =>
                html`<li>
                  <button type="button" part="button" data-kind=${kind} @click=${() => handlers.onChoose(kind)}>
                    ${label}
                  </button>
                </li>`,
            )
          : nothing
      }
    </ul>
  </div>`;
}

/**
 * The menu's state and keyboard: opening moves focus to the first choice, arrows move between choices, Esc
 * closes it back on the button, focus leaving it closes it, and a choice closes it before it runs.
 */
export class DownloadMenuController implements ReactiveController {
  private _open = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly choose: (kind: DownloadKind) => void,
  ) {
    host.addController(this);
  }

  /** A chart taken out of the page comes back with the list closed. */
  hostDisconnected(): void {
    this._open = false;
  }

  render(strings: Strings): TemplateResult {
    return downloadMenu(strings, this._open, {
      onToggle: () => this._set(!this._open, this._open ? null : '.download-menu button'),
      onChoose: (kind) => {
        this._set(false, '.download-toggle');
        this.choose(kind);
      },
      onKeyDown: this._onKeyDown,
      onFocusOut: (event) => {
        const menu = this.host.renderRoot.querySelector('.download');
        if (event.relatedTarget && !menu?.contains(event.relatedTarget as Node)) this._set(false, null);
      },
    });
  }

  /** Opens or closes the list, then focuses `focus` (a selector in the shadow root) once it has rendered. */
  private _set(open: boolean, focus: string | null): void {
    this._open = open;
    this.host.requestUpdate();
    if (focus)
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(focus)?.focus());
  }

  private _onKeyDown = (event: KeyboardEvent): void => {
    if (!this._open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this._set(false, '.download-toggle');
      return;
    }
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const root = this.host.renderRoot as ShadowRoot;
    const buttons = Array.from(root.querySelectorAll<HTMLElement>('.download-menu button'));
    const index = buttons.indexOf(root.activeElement as HTMLElement);
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
  };
}

/** Source, notes and byline under the chart. */
export function credits(lines: readonly string[]): TemplateResult | typeof nothing {
  return lines.length > 0
    ? html`<div class="credits" part="credits">${lines.map((line) => html`<p>${line}</p>`)}</div>`
    : nothing;
}

export const menuStyles = css`
  /* The open list makes its column taller; the other buttons keep their height. */
  .controls {
    align-items: flex-start;
  }
  .download {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
  }
  .download-toggle::after {
    content: '';
    display: inline-block;
    width: 0.4em;
    height: 0.4em;
    margin-inline-start: 0.45em;
    border-right: 1.5px solid currentColor;
    border-bottom: 1.5px solid currentColor;
    transform: translateY(-0.2em) rotate(45deg);
  }
  .download-toggle[aria-expanded='true']::after {
    transform: translateY(0.05em) rotate(-135deg);
  }
  .download-menu {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .download-menu[hidden] {
    display: none;
  }
  .download-menu button {
    width: 100%;
    text-align: start;
  }
  .credits {
    margin: 0.4rem 0 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .credits p {
    margin: 0;
  }
`;
