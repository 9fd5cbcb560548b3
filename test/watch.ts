import { afterEach, beforeEach, vi } from 'vitest';

/** What an author sees and a page's script hears: console warnings, `eprofile-error` events, anything uncaught. */
export interface Watch {
  warnings: unknown[][];
  events: CustomEvent[];
  uncaught: unknown[];
}

/**
 * Records, for each test of the file that calls it, what the page hears; the returned object's fields are
 * replaced before each test. Ends with the body emptied.
 */
export function watchPage(): Watch {
  const watch: Watch = { warnings: [], events: [], uncaught: [] };
  const onError = (event: ErrorEvent) => watch.uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => watch.uncaught.push(event.reason);
  const onProblem = (event: Event) => watch.events.push(event as CustomEvent);
  beforeEach(() => {
    Object.assign(watch, { warnings: [], events: [], uncaught: [] });
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void watch.warnings.push(args));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    document.addEventListener('eprofile-error', onProblem);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('eprofile-error', onProblem);
    document.body.replaceChildren();
  });
  return watch;
}
