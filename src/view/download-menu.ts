import { css, html, nothing, type TemplateResult } from 'lit';
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
