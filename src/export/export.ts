import type { TextModel } from '../model/describe.js';
import type { Geometry } from '../model/layout.js';
import { LIGHT, LOOK_TOKENS, type Look } from '../model/look.js';
import type { Measure } from '../model/labels.js';
import { staticSvg, type StaticSvg } from './static-svg.js';

/** A token's computed value, or the light default; only characters a colour or number needs survive. */
function token(style: CSSStyleDeclaration, name: string, fallback: string): string {
  const value = style
    .getPropertyValue(name)
    .trim()
    .replace(/[^\w#%.,()\s/-]/g, '');
  return value || fallback;
}

/**
 * The live chart's look: colours from the private tokens on the host (so theme, dark mode and the author's
 * `--eprofile-*` overrides carry over), font and sizes from the rendered text.
 */
export function readLook(host: HTMLElement, labelProbe: Element | null, heading: Element | null): Look {
  const style = getComputedStyle(host);
  const px = (element: Element | null, fallback: number) =>
    element ? parseFloat(getComputedStyle(element).fontSize) || fallback : fallback;
  return {
    series: LOOK_TOKENS.series.map((name, i) => token(style, name, LIGHT.series[i]!)),
    baseline: token(style, LOOK_TOKENS.baseline, LIGHT.baseline),
    grid: token(style, LOOK_TOKENS.grid, LIGHT.grid),
    text: token(style, LOOK_TOKENS.text, LIGHT.text),
    muted: token(style, LOOK_TOKENS.muted, LIGHT.muted),
    background: token(style, LOOK_TOKENS.background, LIGHT.background),
    fillOpacity: parseFloat(token(style, LOOK_TOKENS.fillOpacity, String(LIGHT.fillOpacity))),
    lineWidth: parseFloat(token(style, '--_line-width', '2.5')) || LIGHT.lineWidth,
    gridWidth: parseFloat(token(style, '--_grid-width', '1')) || LIGHT.gridWidth,
    markerSize: labelProbe ? parseFloat(getComputedStyle(labelProbe).width) || 8 : 8,
    fontFamily: style.fontFamily || LIGHT.fontFamily,
    fontSize: parseFloat(style.fontSize) || LIGHT.fontSize,
    labelFontSize: px(labelProbe, LIGHT.labelFontSize),
    headingFontSize: px(heading, LIGHT.headingFontSize),
  };
}

/** A measurer of text in a CSS font at a size (px), as the page's fonts draw it (element/measure.ts). */
export type Measurer = (font: string, size: number) => Measure;

/** The figure as the SVG download draws it: the live geometry, measured with the live font. */
export function exportSvg(
  geometry: Geometry,
  text: TextModel,
  look: Look,
  labelLineHeight: number,
  footer: readonly string[],
  measurer: Measurer,
): StaticSvg {
  return staticSvg(geometry, text, {
    look,
    measure: (size, bold) => measurer(`${bold ? '700 ' : ''}${size}px ${look.fontFamily}`, size),
    labelLineHeight,
    footer,
  });
}

/**
 * The SVG drawn at `scale` × onto a canvas, as PNG. Loads the SVG as an image from a blob: URL; a page whose
 * Content-Security-Policy leaves `blob:` out of `img-src` refuses that, and the promise rejects.
 */
export function toPng(figure: StaticSvg, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([figure.svg], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      // Inside try: a page may refuse canvas (a getContext that throws); that rejects, it never throws uncaught.
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(figure.width * scale);
        canvas.height = Math.ceil(figure.height * scale);
        const context = canvas.getContext('2d');
        if (!context) return reject(new Error('no 2D canvas'));
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      // Almost always the page's Content-Security-Policy: say which directive, so its developer can allow it.
      reject(new Error('the SVG could not be loaded as an image; a Content-Security-Policy needs blob: in img-src'));
    };
    image.src = url;
  });
}

/** A file name from the figure's name: "E-profil Falkenberg 2009" → "e-profil-falkenberg-2009.svg". */
export function fileName(figureName: string, extension: string): string {
  const stem = figureName
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${stem || 'e-profil'}.${extension}`;
}

/** Offers a blob as a download through a temporary link; nothing leaves the page. */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
