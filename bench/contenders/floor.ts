import { AREA_NAMES, BASELINE_LABEL, type Contender } from './types.js';

/**
 * The floor: the same chart (a title, rings, spokes, ring values, five wrapped area labels, series and baseline
 * with markers, a two-entry legend) written by hand with the DOM API and nothing else. The title is the one
 * Chart.js draws and the element has as its heading: every contender shows the chart's name. No accessibility
 * layer, no parsing, no measuring: the least work any radar can do, to compare the others with.
 */
const NS = 'http://www.w3.org/2000/svg';
const SIZE = 400;
const RADIUS = 120;
const MAX = 4;

function el<K extends keyof SVGElementTagNameMap>(
  parent: Element,
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, name);
  for (const key in attributes) node.setAttribute(key, String(attributes[key]));
  parent.append(node);
  return node;
}

const angle = (i: number) => (2 * Math.PI * i) / AREA_NAMES.length;
const at = (i: number, r: number): [number, number] => [r * Math.sin(angle(i)), -r * Math.cos(angle(i))];
const points = (values: number[]) =>
  values
    .map((v, i) =>
      at(i, (v / MAX) * RADIUS)
        .map((n) => n.toFixed(2))
        .join(','),
    )
    .join(' ');

interface FloorHandle {
  lines: SVGPolygonElement[];
  markers: SVGCircleElement[][];
}

function series(root: Element, values: number[], color: string, dash: string) {
  const line = el(root, 'polygon', { points: points(values), fill: color, 'fill-opacity': 0.12, stroke: color });
  if (dash) line.setAttribute('stroke-dasharray', dash);
  const markers = values.map((v, i) => {
    const [x, y] = at(i, (v / MAX) * RADIUS);
    return el(root, 'circle', { cx: x.toFixed(2), cy: y.toFixed(2), r: 4, fill: color });
  });
  return { line, markers };
}

export const floor: Contender<FloorHandle> = {
  draw(container, data) {
    const title = document.createElement('div');
    title.textContent = `E-profil ${data.label}`;
    title.style.font = 'bold 18px sans-serif';
    container.append(title);
    const svg = el(container, 'svg', { width: SIZE, height: SIZE + 40, viewBox: `0 0 ${SIZE} ${SIZE + 40}` });
    svg.setAttribute('font-size', '13');
    const g = el(svg, 'g', { transform: `translate(${SIZE / 2},${SIZE / 2})` });
    for (let ring = 1; ring <= MAX; ring++) {
      el(g, 'polygon', { points: points(AREA_NAMES.map(() => ring)), fill: 'none', stroke: '#8c8c8c' });
      el(g, 'text', { x: 3, y: (-ring / MAX) * RADIUS - 3, fill: '#545454' }).textContent = String(ring);
    }
    AREA_NAMES.forEach((name, i) => {
      const [x, y] = at(i, RADIUS);
      el(g, 'line', { x1: 0, y1: 0, x2: x.toFixed(2), y2: y.toFixed(2), stroke: '#8c8c8c' });
      const [lx, ly] = at(i, RADIUS + 18);
      const text = el(g, 'text', {
        x: lx.toFixed(2),
        y: ly.toFixed(2),
        'text-anchor': Math.abs(lx) < 1 ? 'middle' : lx > 0 ? 'start' : 'end',
      });
      // Two lines at most: split at the middle space (what the real charts do by measuring).
      const words = name.split(' ');
      const half = Math.ceil(words.length / 2);
      [words.slice(0, half).join(' '), words.slice(half).join(' ')].forEach((line, l) => {
        if (line) el(text, 'tspan', { x: lx.toFixed(2), dy: l ? '1.2em' : 0 }).textContent = line;
      });
    });
    const base = series(g, data.baseline, '#5c5c5c', '4 3');
    const main = series(g, data.scores, '#0b62a4', '');
    [data.label, BASELINE_LABEL].forEach((label, i) => {
      el(svg, 'text', { x: 20 + i * 180, y: SIZE + 24 }).textContent = label;
    });
    return { lines: [main.line, base.line], markers: [main.markers, base.markers] };
  },
  update(handle, data) {
    [data.scores, data.baseline].forEach((values, s) => {
      handle.lines[s]!.setAttribute('points', points(values));
      values.forEach((v, i) => {
        const [x, y] = at(i, (v / MAX) * RADIUS);
        handle.markers[s]![i]!.setAttribute('cx', x.toFixed(2));
        handle.markers[s]![i]!.setAttribute('cy', y.toFixed(2));
      });
    });
  },
  drawn: (container) => container.querySelector('polygon') !== null,
};
