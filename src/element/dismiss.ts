/** The boxes of values shown on the page, each chart's with what hides it. */
const shown = new Map<object, () => void>();

function onKeyDown(event: KeyboardEvent): void {
  if (event.key === 'Escape') hideBoxes();
}

/**
 * Hides every box shown on the page: one Esc dismisses them all, the box of the chart that has focus and one the
 * pointer opened in another (WCAG 1.4.13), whichever of them takes the key.
 */
export function hideBoxes(): void {
  for (const hide of [...shown.values()]) hide();
}

/**
 * While a box shown on hover is open, Esc hides it even when focus is elsewhere on the page: WCAG 1.4.13 asks that
 * it be dismissable without moving the pointer or focus. One listener for the page, only while a box is shown, and
 * it leaves the key to the page (no preventDefault), so a chart takes over no key while it does not have focus.
 */
export function escapeWhile(isShown: boolean, owner: object, onEscape: () => void): void {
  if (isShown === shown.has(owner)) return;
  if (isShown) shown.set(owner, onEscape);
  else shown.delete(owner);
  if (isShown && shown.size === 1) document.addEventListener('keydown', onKeyDown);
  if (!isShown && shown.size === 0) document.removeEventListener('keydown', onKeyDown);
}
