import type { TableText } from '../model/rows.js';
import { escape } from './static-svg.js';

/**
 * The static figure as HTML for pages that allow no script: the inline SVG, then the data as a real table inside
 * a `<details>` (a disclosure that needs no JavaScript), the same table the element shows behind its button.
 * Inline `style` attributes only, so it survives CMSs that strip `<style>`; under a strict CSP, which drops them
 * too, it is still one readable figure that fits a phone (see below), with a plain table.
 */
export function staticFigure(
  svg: string,
  lang: string,
  table: TableText,
  showTable: string,
  maxWidth: number,
  narrow?: { svg: string; below: number },
): string {
  const cell = 'padding:0.3rem 0.6rem 0.3rem 0;border-bottom:1px solid #8c8c8c;text-align:end;vertical-align:top';
  const rowHead = cell.replace('text-align:end', 'text-align:start');
  // The comparison and the difference columns say what they are, so the element reads this table back as the
  // same chart when it is pasted inside <eprofile-radar> (input/table.ts): a difference is not a series.
  const marks: Record<string, string> = { baseline: ' data-baseline', difference: ' data-derived' };
  const head = table.head
    .map(
      (label, i) =>
        `<th scope="col"${marks[table.roles[i]!] ?? ''} style="${i === 0 ? rowHead : cell}">${escape(label)}</th>`,
    )
    .join('');
  const rows = table.rows
    .map(
      ([area, ...cells]) =>
        `<tr><th scope="row" style="${rowHead}">${escape(area ?? '')}</th>${cells
          .map((value) => `<td style="${cell}">${escape(value)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  // The SVG scales down with its container. Where a narrow drawing comes too, each shows only on its side of
  // `below` px, switched by the container's width alone with inline styles (no <style>, no media query, which CMSs
  // strip): a max-width of (100% − below) × 999 is 0 below and huge above, and the other way round. Scaled down
  // from a wide drawing, text would shrink under 12 px on a phone; the narrow one is laid out for it. Both say the
  // same to a screen reader (an image named by the chart, its takeaway as description): the wide one is hidden from
  // it, not to be read twice.
  // A strict Content-Security-Policy (a `style-src` without 'unsafe-inline') drops every inline style. What the
  // markup says alone must then still make one readable figure: the wide drawing is not displayed, by its SVG
  // presentation attribute (which no policy drops, and which its style outranks where styles apply), and the
  // narrow one shows at its own 280 px, which fits a phone and is readable on any page.
  const fit = (width: string) => `display:block;width:100%;height:auto;max-width:${width}`;
  const scalable = narrow
    ? svg.replace(
        '<svg ',
        `<svg aria-hidden="true" display="none" style="${fit(`max(0px, calc((100% - ${narrow.below}px) * 999))`)}" `,
      ) +
      '\n' +
      narrow.svg.replace('<svg ', `<svg style="${fit(`max(0px, calc((${narrow.below}px - 100%) * 999))`)}" `)
    : svg.replace('<svg ', '<svg style="display:block;max-width:100%;height:auto" ');
  return `<figure class="eprofile-radar" lang="${escape(lang)}" style="margin:0;max-width:${maxWidth}px">
${scalable}
<details style="margin:0.5rem 0 0;font-size:0.875rem">
<summary style="cursor:pointer">${escape(showTable)}</summary>
<table style="border-collapse:collapse;font-variant-numeric:tabular-nums">
<caption style="text-align:start;font-weight:700;margin-bottom:0.35rem">${escape(table.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</details>
</figure>`;
}
