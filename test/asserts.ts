/** Rounds every number in a string (path data, coordinates) to `digits` decimals, so tests compare shapes, not float noise. */
export function roundNumbers(text: string, digits = 3): string {
  return text.replace(/-?\d*\.?\d+(?:e-?\d+)?/g, (number) => {
    const rounded = Number(Number(number).toFixed(digits));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** How many markers a radar's series draws: its markers are one path, a subpath (one move) each. */
export function markerCount(root: ParentNode, series: string): number {
  const path = root.querySelector(`.radar ${series} .marker`);
  return path?.getAttribute('d')?.match(/M/g)?.length ?? 0;
}
