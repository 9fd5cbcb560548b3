import { afterEach, describe, expect, it } from 'vitest';
import '../src/index.js';
import type { EprofileRadar } from '../src/index.js';
import { clearMeasurements } from '../src/element/measure.js';
import { mount, settle } from './mount.js';
import { FALKENBERG, LONG_AREAS } from './fixtures.js';

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}
type Point = [number, number];

const box = (name: string, element: Element): Box => {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { name, left, top, right, bottom };
};
/** Boxes overlap when they share more than `tolerance` px both ways. */
const overlap = (a: Box, b: Box, tolerance = 1) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
const inside = (a: Box, outer: Box, tolerance = 1) =>
  a.left >= outer.left - tolerance &&
  a.top >= outer.top - tolerance &&
  a.right <= outer.right + tolerance &&
  a.bottom <= outer.bottom + tolerance;

/** The outer ring's corners in page coordinates, read from its path and the SVG's transform. */
function outerRing(root: ShadowRoot): Point[] {
  // The rings are one path, innermost first: the outer ring is its last subpath.
  const rings = root.querySelector<SVGPathElement>('.radar .grid .rings')!;
  const matrix = rings.getScreenCTM()!;
  const outer = (rings.getAttribute('d') ?? '').split('M').at(-1)!;
  const numbers = outer.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
  const points: Point[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const p = new DOMPoint(numbers[i], numbers[i + 1]).matrixTransform(matrix);
    points.push([p.x, p.y]);
  }
  return points;
}

/** Whether a box touches a polygon: an edge crosses it, or one lies inside the other. */
function touches(b: Box, polygon: Point[], tolerance = 1): boolean {
  const [l, t, r, bt] = [b.left + tolerance, b.top + tolerance, b.right - tolerance, b.bottom - tolerance];
  const inBox = ([x, y]: Point) => x > l && x < r && y > t && y < bt;
  const inPolygon = ([x, y]: Point) => {
    let odd = false;
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      const [xi, yi] = polygon[i]!;
      const [xj, yj] = polygon[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
    return odd;
  };
  // Sample each edge finely: an edge crossing the box has a sample inside it.
  for (let i = 0; i < polygon.length; i++) {
    const [ax, ay] = polygon[i]!;
    const [bx, by] = polygon[(i + 1) % polygon.length]!;
    const steps = Math.ceil(Math.hypot(bx - ax, by - ay) / 0.5);
    for (let k = 0; k <= steps; k++)
      if (inBox([ax + ((bx - ax) * k) / steps, ay + ((by - ay) * k) / steps])) return true;
  }
  return inPolygon([(l + r) / 2, (t + bt) / 2]);
}

const WIDTHS = [280, 320, 480, 800, 1600];

async function chart(kind: 'default' | 'long', lang: string, width: number): Promise<EprofileRadar> {
  if (kind === 'default') return mount({ ...FALKENBERG, lang }, width);
  // Properties before connecting, so the chart never sees eight labels against five default areas.
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  const element = document.createElement('eprofile-radar');
  Object.assign(element, { lang, heading: 'Åtta områden', label: 'Kommunen', areas: LONG_AREAS });
  element.scores = [3, 2.5, 1, 4, 2, 3.5, 0.5, 2.2];
  element.baseline = [2, 2, 2, 2, 2, 2, 2, 2];
  container.append(element);
  document.body.append(container);
  await settle(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** Every label, the legend and the area key: inside the host, clear of each other and of the plot. */
function expectLabelsFit(element: EprofileRadar, count: number): void {
  const root = element.shadowRoot!;
  const host = box('host', element);
  const texts = [...root.querySelectorAll('.axis-label')];
  const labels = texts.map((label, i) => box(`label ${i + 1}`, label));
  expect(labels).toHaveLength(count);
  const lettered = root.querySelector('.area-key') !== null;
  const ticks = [...root.querySelectorAll('.radar .tick')].map((tick) => box(`ring value ${tick.textContent}`, tick));
  const blocks = [box('legend', root.querySelector('.legend')!), ...ticks];
  if (lettered) blocks.push(box('area key', root.querySelector('.area-key')!));
  // Either mode fits: full names around the plot, or numbers there and the names listed under it.
  // Letters, not numbers: around rings whose values are 1–4, an axis "1" read as a value.
  if (lettered) expect(texts.map((text) => text.textContent!.trim())).toEqual(labels.map((_, i) => 'ABCDEFGHIJKL'[i]));
  for (const text of texts) expect(text.querySelectorAll('tspan').length).toBeLessThanOrEqual(3);

  const all = [...labels, ...blocks];
  for (const b of all) expect(inside(b, host), `${b.name} leaves the host`).toBe(true);
  for (const [i, a] of all.entries())
    for (const b of all.slice(i + 1)) expect(overlap(a, b), `${a.name} overlaps ${b.name}`).toBe(false);
  const ring = outerRing(root);
  for (const label of labels) expect(touches(label, ring), `${label.name} touches the plot`).toBe(false);
  for (const [x, y] of ring) expect(inside({ name: 'ring', left: x, right: x, top: y, bottom: y }, host)).toBe(true);
}

describe('numbers for names', () => {
  it.each([280, 320])(
    'draws each number bold inside the box it was measured for, clear of its focus ring: %i px',
    async (width) => {
      const element = await chart('long', 'sv', width);
      const root = element.shadowRoot!;
      expect(root.querySelector('.area-key')).not.toBeNull();
      const axes = [...root.querySelectorAll<SVGGElement>('.axis')];
      for (const axis of axes) {
        const label = axis.querySelector('.axis-label')!;
        expect(getComputedStyle(label).fontWeight).toBe('700');
        axis.focus({ preventScroll: true });
        await settle(element);
        // The ring is drawn 4 px out from the measured box on either side (model/layout.ts, ringBox).
        const ring = root.querySelector('.focus-ring')!.getBoundingClientRect();
        const text = label.getBoundingClientRect();
        expect(
          text.left - ring.left,
          `number ${label.textContent!.trim()} from the ring's left`,
        ).toBeGreaterThanOrEqual(3.5);
        expect(
          ring.right - text.right,
          `number ${label.textContent!.trim()} from the ring's right`,
        ).toBeGreaterThanOrEqual(3.5);
      }
    },
  );
});

describe('labels fit', () => {
  for (const kind of ['default', 'long'] as const)
    for (const lang of ['sv', 'en'])
      it.each(WIDTHS)(
        `${kind} areas, ${lang}, at %i px: inside the host, clear of each other, the legend and the plot`,
        async (width) => {
          const element = await chart(kind, lang, width);
          if (kind === 'long') expect(new Set(LONG_AREAS.map((area) => area.label.length))).toEqual(new Set([40]));
          expectLabelsFit(element, kind === 'default' ? 5 : 8);
        },
      );

  it.each([320, 480, 800])('measures the font a page sets on ::part(axis-label), at %i px', async (width) => {
    const style = document.createElement('style');
    style.textContent = `eprofile-radar::part(axis-label) { font: italic 700 20px Georgia, 'DejaVu Serif', serif; }`;
    document.head.append(style);
    try {
      const element = await chart('default', 'sv', width);
      expect(getComputedStyle(element.shadowRoot!.querySelector('.axis-label')!).fontSize).toBe('20px');
      expectLabelsFit(element, 5);
    } finally {
      style.remove();
    }
  });

  it('draws the names, ring values and dot plot at the size it measured, where SVG text would take another', async () => {
    // WebKit's text-only zoom enlarges HTML text (the probe the layout reads) but not a size given to SVG text in
    // rem: the names stayed 12 px in a layout made for 25 px. A probe styled larger than the SVG's own size stands
    // in for it here.
    const element = await chart('default', 'sv', 480);
    const root = element.shadowRoot!;
    const larger = new CSSStyleSheet();
    larger.replaceSync('.probe { font-size: 25px; }');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, larger];
    await settle(element);
    await settle(element);
    const sizes = (selector: string) =>
      new Set([...root.querySelectorAll(selector)].map((text) => getComputedStyle(text).fontSize));
    expect(sizes('svg.radar .axis-label')).toEqual(new Set(['25px']));
    expect(sizes('svg.radar .tick')).toEqual(new Set(['25px']));
    expectLabelsFit(element, 5);
    root.querySelector<HTMLButtonElement>('button[data-view="dotplot"]')!.click();
    await settle(element);
    expect(sizes('svg.dotplot .axis-label, svg.dotplot .tick')).toEqual(new Set(['25px']));
  });
});

describe('text measurement', () => {
  const prototypes = [globalThis.CanvasRenderingContext2D, globalThis.OffscreenCanvasRenderingContext2D]
    .filter(Boolean)
    .map((type) => type.prototype);

  it('is cached: a re-render and a second chart with the same labels measure nothing again', async () => {
    let calls = 0;
    const originals = prototypes.map((proto) => proto.measureText);
    prototypes.forEach((proto, i) => {
      proto.measureText = function (this: CanvasRenderingContext2D, text: string) {
        calls++;
        return originals[i]!.call(this, text);
      };
    });
    try {
      clearMeasurements();
      const first = await mount({ ...FALKENBERG, lang: 'sv' }, 480);
      expect(calls).toBeGreaterThan(0);
      const afterFirst = calls;
      first.setAttribute('heading', 'Ny rubrik');
      first.setAttribute('scores', '2,0 2,2 2,0 2,0 2,1');
      await settle(first);
      expect(first.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).toBe('Ny rubrik');
      await mount({ ...FALKENBERG, lang: 'sv' }, 480);
      expect(calls).toBe(afterFirst);
    } finally {
      prototypes.forEach((proto, i) => (proto.measureText = originals[i]!));
    }
  });
});
