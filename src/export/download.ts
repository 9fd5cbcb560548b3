import type { ChartData } from '../input/types.js';
import type { Strings } from '../i18n/strings.js';
import type { TextModel } from '../model/describe.js';
import type { Geometry } from '../model/layout.js';
import { toCsv } from '../model/rows.js';
import type { DownloadKind } from '../element/controls.js';
import { exportSvg, fileName, readLook, save, toPng } from './export.js';

/** What a download is made of: the chart's data and words, its drawing, and where its look is read from. */
export interface DownloadSource {
  data: ChartData;
  text: TextModel;
  strings: Strings;
  /** Source, notes and byline, worded. */
  credits: string[];
  /** The radar laid out at a width (px), with the live font; absent while the chart cannot lay out (then only the CSV can be made). */
  layoutAt?: (width: number) => Geometry;
  lineHeight: number;
  host: HTMLElement;
  /** The probe wearing the labels' part (their font and the marker size) and the heading, in the shadow root. */
  probe: Element | null;
  heading: Element | null;
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
    console.warn(`<eprofile-radar>: ${kind.toUpperCase()} download failed (${(error as Error)?.message ?? error}).`);
  }
}

async function offer(kind: DownloadKind, source: DownloadSource): Promise<void> {
  const name = (extension: string) => fileName(source.text.figureName, extension);
  if (kind === 'csv') {
    // A byte-order mark so Excel reads å, ä and ö as UTF-8.
    const csv = toCsv(source.data, source.text, source.strings, source.credits);
    save(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), name('csv'));
    return;
  }
  if (!source.layoutAt) return;
  const look = readLook(source.host, source.probe, source.heading);
  // The figure's padding (8 px a side, as the live frame's) is outside the radar's width.
  const geometry = source.layoutAt(DOWNLOAD_WIDTH - 16);
  const figure = exportSvg(geometry, source.text, look, source.lineHeight, source.credits);
  if (kind === 'svg') save(new Blob([figure.svg], { type: 'image/svg+xml' }), name('svg'));
  else save(await toPng(figure, 2), name('png'));
}
