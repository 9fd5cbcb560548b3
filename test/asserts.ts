/** Rounds every number in a string (path data, coordinates) to `digits` decimals, so tests compare shapes, not float noise. */
export function roundNumbers(text: string, digits = 3): string {
  return text.replace(/-?\d*\.?\d+(?:e-?\d+)?/g, (number) => {
    const rounded = Number(Number(number).toFixed(digits));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/**
 * The marker a line is drawn with (the browser puts one at each of its points): the `<marker>` its style names,
 * in the chart's shadow root. Null when the line names none, or one that is not there.
 */
export function markerOf(root: ShadowRoot, line: Element): SVGMarkerElement | null {
  // The markers sit on the line's unstroked copy beside it (view/radar.ts), so they are never dashed.
  const points = line.parentElement?.querySelector('.points') ?? line;
  const id = /#([\w-]+)/.exec(getComputedStyle(points).markerMid)?.[1];
  return id ? root.querySelector<SVGMarkerElement>(`marker#${id}`) : null;
}

/** The shape of the marker a line is drawn with: its path's shape class (circle, square, triangle, diamond…). */
export function shapeOf(root: ShadowRoot, line: Element): string | undefined {
  return markerOf(root, line)?.querySelector('.marker')?.classList[1];
}

/** How many markers a radar's series draws: one at each point of its line, when the line has a marker. */
export function markerCount(root: ShadowRoot, series: string): number {
  const line = root.querySelector(`.radar ${series} .line`);
  if (!line || !markerOf(root, line)) return 0;
  return line.getAttribute('d')?.match(/[ML]/g)?.length ?? 0;
}

/** A wrapped label's lines as one text again: a line ending in a compound's hyphen runs on without a space. */
export function joined(lines: readonly string[]): string {
  return lines.reduce((text, line) => (text === '' ? line : text.endsWith('-') ? text + line : `${text} ${line}`), '');
}
