const listeners = new WeakMap<object, (event: KeyboardEvent) => void>();

/**
 * While a box shown on hover is open, Esc hides it even when focus is elsewhere on the page: WCAG 1.4.13 asks that
 * it be dismissable without moving the pointer or focus. The listener exists only while the box is shown, and it
 * leaves the key to the page (no preventDefault), so the chart takes over no key while it does not have focus.
 */
export function escapeWhile(shown: boolean, owner: object, onEscape: () => void): void {
  const current = listeners.get(owner);
  if (shown && !current) {
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onEscape();
    };
    listeners.set(owner, listener);
    document.addEventListener('keydown', listener);
  } else if (!shown && current) {
    document.removeEventListener('keydown', current);
    listeners.delete(owner);
  }
}
