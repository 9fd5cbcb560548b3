import { css } from 'lit';
import { visuallyHidden } from '../view/radar.styles.js';

/** Buttons, disclosure, table and dot plot: the parts around the chart. Reads only private tokens. */
export const controlStyles = css`
  .sizer {
    height: 0;
    margin: 0 0.5rem;
  }
  .probe {
    position: absolute;
    visibility: hidden;
    width: var(--_marker-size);
    height: 0;
    font-size: var(--_label-font-size);
    pointer-events: none;
  }
  /* Its width changes with the labels' font, size and spacing, which the chart then measures again. */
  .sample {
    position: absolute;
    white-space: pre;
  }
  .area-key {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.5rem;
    font-size: var(--_label-font-size);
    /* An author's area name wider than the card (a long compound) wraps rather than runs out of it. */
    overflow-wrap: anywhere;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0.75rem 0 0;
  }
  /* A chart from the server, before its script has defined the element (or without JavaScript): its buttons would
     do nothing, so they are neither seen nor heard. Their room is kept, so nothing moves when they appear. */
  :host(:not(:defined)) .controls {
    visibility: hidden;
  }
  .controls > .item {
    display: flex;
    align-items: baseline;
  }
  button {
    min-height: 2rem;
    margin: 0;
    padding: 0.25rem 0.65rem;
    border: 1px solid var(--_text);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125rem;
    line-height: 1.3;
    cursor: pointer;
  }
  button[aria-expanded='true'] {
    background: var(--_text);
    color: var(--_background);
  }
  button:focus-visible,
  table:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Drawn in the scrolling box's padding (below), which would clip it further out; drawn inside the table, it hid
     the first letters of every row. */
  table:focus-visible {
    outline-offset: 1px;
  }
  /* Hjälp: on a line of its own under the buttons, a line of text with its chevron (as "Ladda ner" has), not a
     boxed button: it is not one of the chart's actions. 24 px tall (WCAG 2.5.8). */
  .controls > .help {
    flex-basis: 100%;
    margin-top: 0.25rem;
  }
  .controls .how-to-read-toggle[aria-expanded] {
    min-height: 1.5rem;
    /* The compact buttons' own: the words line up, and a focus outline drawn at the edge clears the letters. */
    padding: 0.125rem 0.1rem;
    border: 0;
    background: none;
    color: var(--_text);
    font-size: 0.875rem;
    font-weight: inherit;
    text-decoration: none;
  }
  .how-to-read {
    font-size: 0.875rem;
  }
  .how-to-read p {
    margin: 0.35rem 0 0;
  }
  .table-caption {
    margin: 0.75rem 0 0.35rem;
    font-size: 0.875rem;
    font-weight: 700;
  }
  /* A table wider than the card scrolls inside this box, with a shadow at the edge that has more to show (the
     backgrounds that scroll with the content cover the shadows at either end). */
  .table-wrap {
    overflow-x: auto;
    /* Room for the table's focus outline (3 px, 1 px off) inside the box that scrolls; the margin puts the table
       where it would be without it, in line with its caption. */
    margin: -0.25rem;
    padding: 0.25rem;
    background:
      linear-gradient(to right, var(--_background) 40%, transparent) left / 1.5rem 100% no-repeat local,
      linear-gradient(to left, var(--_background) 40%, transparent) right / 1.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--_text) 35%, transparent), transparent) left /
        0.75rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_text) 35%, transparent), transparent) right /
        0.75rem 100% no-repeat scroll;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    margin-bottom: 0.35rem;
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    padding: 0.3rem 0.6rem 0.3rem 0;
    border-bottom: 1px solid var(--_grid);
    text-align: end;
    vertical-align: top;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  /* A header's long word breaks where the table has no room for it, hyphenated where the browser can (view/table.ts). */
  th .long {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  /* A narrow card (a phone's column) has no room for the names and three columns of numbers side by side: the
     table was 428 px wide at 320 px and scrolled sideways. There each area's name takes a line of its own over its
     numbers, whose columns stay under their headers (a grid whose columns fit the widest cell of each). The
     elements stay a table, row by row, for screen readers (their roles are written out too, which engines that
     drop a table's semantics when its rows are not displayed as rows need). Still too wide, the box scrolls. */
  .table-wrap {
    container-type: inline-size;
  }
  @container (max-width: 28rem) {
    table {
      display: grid;
      grid-template-columns: repeat(var(--_columns, 3), auto);
    }
    thead,
    tbody,
    tr {
      display: contents;
    }
    th,
    td {
      padding: 0 0 0.3rem 0.5rem;
    }
    /* A name wraps within the visible box, where a table wider than the card (four municipalities and the
       average) clipped it at the box's edge; the rule under each row's numbers spans the whole table. */
    th[scope='row'] {
      grid-column: 1 / -1;
      justify-self: start;
      max-width: 100cqi;
      overflow-wrap: break-word;
      padding: 0.3rem 0 0.1rem;
      border: 0;
    }
    thead th:first-child {
      ${visuallyHidden}
    }
  }
  /* Several municipalities, up to a column of 40rem (five columns of numbers need about 600 px): each number on a
     line of its own after its column's name, the headers then read by screen readers only. Five columns did not
     fit a phone's card even with each name over its numbers: the fourth was cut at the edge, the average out of
     sight. The name is said once, by the column header: its copy here is drawn, not read (where an engine cannot
     say so, the first rule stands and a screen reader hears the name twice). */
  @container (max-width: 40rem) {
    /* No wider than a phone's column: in a wider one the numbers stood far from their names. */
    .many {
      display: grid;
      grid-template-columns: minmax(0, 24rem);
    }
    .many :is(thead, tbody, tr) {
      display: contents;
    }
    .many th[scope='row'] {
      max-width: 100cqi;
      overflow-wrap: break-word;
      padding: 0.3rem 0 0.1rem;
      border: 0;
      text-align: start;
    }
    .many thead th {
      ${visuallyHidden}
    }
    .many td {
      display: flex;
      justify-content: space-between;
      gap: 0.75rem;
      padding: 0 0 0.1rem 0.5rem;
      border: 0;
    }
    .many td::before {
      content: attr(data-label);
      content: attr(data-label) / '';
      min-width: 0;
      overflow-wrap: break-word;
      text-align: start;
    }
    .many td:last-child {
      padding-bottom: 0.3rem;
      border-bottom: 1px solid var(--_grid);
    }
  }
  .dotplot-wrap {
    margin: 0.75rem 0 0;
  }
  /* "uppgift saknas" on its row, clear of its marks (model/dotplot.ts): centred on the scale's start as a ring
     value, it ran over the names beside the rows, or past a narrow plot's left edge. */
  .tick.missing.start {
    text-anchor: start;
  }
  .tick.missing.end {
    text-anchor: end;
  }
  .row-rule {
    stroke: var(--_grid);
    stroke-width: var(--_grid-width);
    stroke-dasharray: 1 3;
  }
  .placeholder {
    min-height: 1px;
  }
  /* About as high as a radar of its width (0.72–0.8 of it from 300 px up), up to the largest radar's 438 px at the
     default text size (view/radar.ts). Square, it stood 576 px high until a 438 px radar replaced it. */
  .placeholder.unsized {
    aspect-ratio: 4 / 3;
    max-height: 27rem;
  }

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
  .download-toggle::after,
  .how-to-read-toggle::after {
    content: '';
    display: inline-block;
    width: 0.4em;
    height: 0.4em;
    margin-inline-start: 0.45em;
    border-right: 1.5px solid currentColor;
    border-bottom: 1.5px solid currentColor;
    transform: translateY(-0.2em) rotate(45deg);
  }
  .download-toggle[aria-expanded='true']::after,
  .how-to-read-toggle[aria-expanded='true']::after {
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
  /* Compact: one quiet line of words under the chart, like a graphic's footer links; still real buttons, at least
     24 px tall (WCAG 2.5.8), underlined so they read as actions. */
  .compact {
    --_dot: 0.6rem;
    align-items: baseline;
    gap: 0;
    margin: 0.5rem -3px 0;
    padding-inline: 3px;
    overflow-x: clip;
  }
  .compact button {
    min-height: 1.5rem;
    padding: 0.125rem 0.1rem;
    /* Inside the row's clip (3 px, see below): a 3 px outline at the button's edge, around its padding. */
    outline-offset: 0;
    /* The names' size, never under 12 px: a theme that enlarges the names for low vision (16 px) left the
       buttons at 12 px. */
    font-size: max(0.75rem, var(--_label-font-size));
    border: 0;
    background: none;
    color: var(--_muted);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .compact button:hover,
  .compact button[aria-expanded='true'] {
    background: none;
    color: var(--_text);
  }
  /* The open view's word, heavier: drawn so by a shadow each side rather than in bold, which is wider and rewrapped
     the line when a view opened ("Lyssna" went to a line of its own at 320 px). */
  .compact button[aria-expanded='true'] {
    text-decoration: none;
    text-shadow:
      0.4px 0 currentColor,
      -0.4px 0 currentColor;
  }
  /* The dot between two words belongs to the word after it, and a wrapped line clips the one it starts with:
     each item is pulled back over the space its dot takes (its predecessor's end margin), so a line's first dot
     lies past the row's start, where the row clips it (.compact: its inline padding, with a negative margin so it
     takes no room, keeps a focus outline inside the clip). The dot is decoration: no text for a screen reader.
     Items are spans; Hjälp, after them on its line, a div (so the last item is the last span). */
  .compact > .item:not(:last-of-type) {
    margin-inline-end: var(--_dot);
  }
  .compact > .item + .item {
    margin-inline-start: calc(-1 * var(--_dot));
  }
  .compact > .item + .item::before {
    /* The dot, with no text for assistive technology; engines without alternative text (Firefox before 128,
       Safari before 17.4) take the plain dot before it instead of none. */
    content: '·';
    content: '·' / '';
    flex: none;
    box-sizing: border-box;
    width: var(--_dot);
    /* A little toward the start: at a line's start it lies well past the clip (3 px), whatever the font's dot. */
    padding-inline-end: 2px;
    color: var(--_muted);
    font-size: max(0.75rem, var(--_label-font-size));
    text-align: center;
  }
  /* The chevron's turned square reaches past its box: room after it, so the next dot does not touch it. */
  .compact .download-toggle::after {
    margin-inline: 0.3em 0.2em;
  }
  .compact .how-to-read-toggle[aria-expanded],
  .compact + .how-to-read {
    color: var(--_muted);
    font-size: max(0.8125rem, var(--_label-font-size));
  }
  .compact .how-to-read-toggle:hover {
    color: var(--_text);
  }
  .credits {
    margin: 0.4rem 0 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .credits p {
    margin: 0;
  }
  /* Print: nothing to click, and an open table whole under the chart rather than in a scroll box. */
  @media print {
    .controls,
    .how-to-read {
      display: none;
    }
    .table-wrap {
      overflow: visible;
      background: none;
    }
    table:focus-visible {
      outline: none;
    }
    table {
      width: 100%;
      font-size: 0.75rem;
    }
    th,
    td {
      padding-inline-end: 0.35rem;
    }
  }
`;
