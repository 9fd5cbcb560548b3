/** Rounds every number in a string (path data, coordinates) to `digits` decimals, so tests compare shapes, not float noise. */
export function roundNumbers(text: string, digits = 3): string {
  return text.replace(/-?\d*\.?\d+(?:e-?\d+)?/g, (number) => {
    const rounded = Number(Number(number).toFixed(digits));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}
