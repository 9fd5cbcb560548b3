import { layoutChart, type ChartFont, type ChartWords } from '../model/chart.js';
import { SIZES } from '../model/layout.js';
import { toCsv } from '../model/rows.js';
import { exportSvg, fileName, readLook, save, toPng, type Measurer } from './export.js';
import { tell } from '../internal/tell.js';

/** What the reader may download: the data, or the figure as a drawing or a picture. */
export type DownloadKind = 'csv' | 'svg' | 'png';

/** What a download is made of: the chart in words, the font it is drawn in, and the chart whose look it takes. */
export interface DownloadSource {
  chart?: ChartWords;
  /** The live font; absent while the chart cannot lay out (then only the CSV can be made). */
  font?: ChartFont;
  /** The chart: its colours, and in its shadow root the probe wearing the labels' part and the heading. */
  host: HTMLElement;
  /** Text measured in the page's fonts (element/measure.ts), at any size: the drawing's words are laid out with it. */
  measurer: Measurer;
}

/**
 * The width downloads are drawn at, px, whatever the card's: a column of a printed page or an article, where a
 * figure from a small multiple would otherwise come out small with an oversized takeaway.
 */
export const DOWNLOAD_WIDTH = 640;

/**
 * Offers the chart as a file: the data as CSV, or the figure as a self-contained SVG or a PNG at 2×, both drawn
 * with the live layout and colours (dark mode and `--eprofile-*` overrides included). Nothing leaves the page.
 */
export async function download(kind: DownloadKind, source: DownloadSource): Promise<void> {
  // Whatever fails (a refused canvas, a blocked blob: URL), the reader is told in the console and the page hears
  // no unhandled rejection.
  try {
    await offer(kind, source);
  } catch (error) {
    tell('warn', `${kind.toUpperCase()} download failed (${(error as Error)?.message ?? error}).`);
  }
}

async function offer(kind: DownloadKind, { chart, font, host, measurer }: DownloadSource): Promise<void> {
  const { data, text } = chart ?? {};
  if (!chart || !data || !text) return;
  const name = (extension: string) => fileName(text.figureName, extension);
  const credits = [...chart.credits];
  if (kind === 'csv') {
    // A byte-order mark so Excel reads å, ä and ö as UTF-8.
    const csv = toCsv(data, text, chart.locale.strings, credits);
    save(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), name('csv'));
    return;
  }
  if (!font) return;
  // Laid out at the download's width directly, not through the element's pipeline, whose memo holds the live
  // width. The figure's padding (as the live frame's) is outside the radar's width.
  const geometry = layoutChart(data, text, font, DOWNLOAD_WIDTH - 2 * SIZES.padding);
  const root = host.shadowRoot;
  const look = readLook(host, root?.querySelector('.probe') ?? null, root?.querySelector('.heading') ?? null);
  const figure = exportSvg(geometry, text, look, font.lineHeight, credits, measurer);
  if (kind === 'svg') save(new Blob([figure.svg], { type: 'image/svg+xml' }), name('svg'));
  else save(await toPng(figure, 2), name('png'));
}
