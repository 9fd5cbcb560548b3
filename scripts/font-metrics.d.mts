/** A face as scripts/font-metrics.mjs reads it from its TrueType file; widths and kerning in font units. */
export interface ReadFace {
  name: string;
  version: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  ligatures: string[];
  advance(unit: string): number | undefined;
  kerning(first: string, second: string): number;
  width(text: string): number;
}
export const FONT_FILES: { regular: string; bold: string };
export const CHARSET: number[];
export function readFace(file: string): ReadFace;
export function source(regular?: ReadFace, bold?: ReadFace): string;
