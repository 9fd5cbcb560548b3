/** Where {@link flat} keeps the character it reads, so the optimizing compiler cannot drop the read as unused. */
let sink = 0;

/**
 * A string built piece by piece (`a + b`, `+=`, a template literal) is kept by V8 as a rope: a tree that holds
 * every piece. For the long texts a chart keeps (area names for screen readers, path data) the tree takes several
 * times the text itself (measured: 1.1 KB against 0.2 KB for a 120-character name of 21 pieces), which a page of
 * many charts multiplies. Reading a character makes V8 flatten the string in place, and the pieces can go; the read
 * is kept, not thrown away, because an unused read is one the compiler removes.
 */
export function flat(text: string): string {
  sink = text.charCodeAt(0) | sink;
  return text;
}
