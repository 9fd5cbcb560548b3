import type { ReactiveController, ReactiveElement } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { announcementWait, changeAnnouncement } from '../model/announcement.js';
import type { TextModel } from '../model/describe.js';

/**
 * The chart's polite live region: a changed takeaway (model/announcement.ts says when, and at what pace), and
 * short texts the chart says as it plays its sound. `text` is what the region holds now.
 */
export class AnnouncerController implements ReactiveController {
  text = '';
  /**
   * The words a listener last heard (model/announcement.ts compares with them): the last announced, or those of
   * a chart the reader could not be looking at, or its first; kept through rejected input.
   */
  #heard?: TextModel;
  /** The words of the last update: the pipeline keeps them while nothing they say changed. */
  #text?: TextModel;
  /** The change not yet said: its announcement, its words, and when the first change since the last was made. */
  #pending?: { say: string; text: TextModel; since: number };
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  // Taken out and put back (a card re-sorted in one task), a change not yet said is kept and said on time.
  hostConnected(): void {
    if (this.#pending) this.#arm(this.#pending.since);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * The chart's words in this update (called from willUpdate). A change a listener would notice is said once the
   * data have stayed still for a moment (model/announcement.ts). `seen`: the reader may be looking at the chart.
   */
  update(text: TextModel | undefined, seen: boolean, strings: Strings): void {
    // Most renders (the pointer moving, focus, a resize) keep the same words: nothing to compare.
    if (text === this.#text) return;
    this.#text = text;
    const say = text ? changeAnnouncement(this.#heard, text, seen, strings) : '';
    if (!say || !text) {
      // Nothing to say, and a change still waiting is not said either: rejected input says so in its own alert,
      // and words back to those heard, or out of the reader's sight, are no news.
      if (text) this.#heard = text;
      return this.#cancel();
    }
    this.#pending = { say, text, since: this.#pending?.since ?? performance.now() };
    this.#arm(this.#pending.since);
  }

  /** Says the pending change once its wait is over; out of the page, once it is back (hostConnected). */
  #arm(since: number): void {
    clearTimeout(this.#timer);
    if (this.host.isConnected)
      this.#timer = setTimeout(() => this.#flush(), announcementWait(since, performance.now()));
  }

  /** Says a short text now. */
  say(words: string): void {
    this.text = words;
    this.host.requestUpdate();
  }

  /** Empties the region, so the same words said next are heard again. */
  clear(): void {
    this.say('');
  }

  /** The data have stayed still (or changed for long enough): the latest change is said. */
  #flush(): void {
    const pending = this.#pending;
    this.#cancel();
    if (!pending) return;
    this.#heard = pending.text;
    this.say(pending.say);
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = this.#pending = undefined;
  }
}
