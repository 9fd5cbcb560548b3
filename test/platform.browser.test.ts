import { afterEach, describe, expect, it } from 'vitest';
import '../src/index.js';
import { FALKENBERG } from './fixtures.js';
import { mount, settle } from './mount.js';

afterEach(() => document.body.replaceChildren());

describe('a platform that lacks or breaks what the chart uses', () => {
  it('draws, and says what is wrong with bad input, with no matchMedia, no MutationObserver and a console that throws', async () => {
    // jsdom has no matchMedia (app tests run the chart there); a test setup may fail on any console message by
    // throwing from it. Each was an uncaught error on the page, and a chart that showed only its heading.
    const saved = {
      matchMedia: Object.getOwnPropertyDescriptor(window, 'matchMedia'),
      MutationObserver: Object.getOwnPropertyDescriptor(window, 'MutationObserver'),
      warn: console.warn,
      error: console.error,
    };
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
      errors.push('reason' in event ? event.reason : event.error);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      delete (window as { matchMedia?: unknown }).matchMedia;
      delete (window as { MutationObserver?: unknown }).MutationObserver;
      console.warn = console.error = () => {
        throw new Error('a console message failed the test run');
      };
      const good = await mount({ ...FALKENBERG, lang: 'sv', heading: 'E-profil Falkenberg 2009' });
      const bad = await mount({ ...FALKENBERG, lang: 'sv', scores: '3,0 9 3,0 3,0 3,1', 'heading-level': '9' });
      await settle(good);
      await settle(bad);
      expect(good.shadowRoot!.querySelector('svg.radar .series path.line')).not.toBeNull();
      expect(bad.shadowRoot!.querySelector('[part="message"]')?.textContent).toContain('9');
      expect(errors).toEqual([]);
    } finally {
      Object.defineProperty(window, 'matchMedia', saved.matchMedia!);
      Object.defineProperty(window, 'MutationObserver', saved.MutationObserver!);
      [console.warn, console.error] = [saved.warn, saved.error];
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
  });
});
