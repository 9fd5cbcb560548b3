import type { Geometry } from './layout.js';

/** A chart laid out again for paper: its width there, and the most its drawing may take in height (px). */
export interface PaperLayout {
  width: number;
  height: number | undefined;
}

/**
 * How a chart is laid out when printed, where the browser lays the page out for paper before it tells the page
 * (Chromium): again at its width on paper only where that is narrower than on screen (the screen's drawing scaled
 * down to a 90 mm column had 3.5 pt names), and no higher than its drawing was when the browser counted the pages
 * (`drawingHeight`): laid out again at A4's width from a phone, a chart was twice as high, and the last charts and the
 * text after them were cut off. A chart hidden on screen (0 px: a closed tab the page's print styles show) is laid
 * out at its width on paper, within the square its radar's place takes there (view/radar.ts). Undefined: printed as
 * on screen.
 */
export function paperLayout(
  screenWidth: number,
  paperWidth: number,
  drawingHeight: number | undefined,
): PaperLayout | undefined {
  if (screenWidth > 0 && paperWidth >= screenWidth) return undefined;
  return { width: paperWidth, height: drawingHeight || undefined };
}

/**
 * The radar a chart draws, `laidOut` at a width: on screen, the one at the chart's `screenWidth`; printing with
 * a `paper` layout, the one laid out for paper, unless it takes letters there: the key of names under a lettered
 * radar would make the chart higher than the pages were counted with. Then the screen's, or for a chart hidden on
 * screen one laid out with short names (scaled down to the column and to the room kept for it).
 */
export function printedGeometry(
  paper: PaperLayout | undefined,
  screenWidth: number,
  laidOut: (width: number) => Geometry | undefined,
): Geometry | undefined {
  if (!paper) return laidOut(screenWidth);
  const onPaper = laidOut(paper.width);
  if (!onPaper?.frame.lettered) return onPaper ?? laidOut(screenWidth);
  return laidOut(screenWidth) ?? laidOut(SHORT_NAMES_WIDTH) ?? onPaper;
}

/** The width a radar hidden on screen is laid out at for narrow paper, where short names fit (a phone's card). */
const SHORT_NAMES_WIDTH = 320;
