import type { ReactiveController, ReactiveElement } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { ANNOUNCE_QUIET, changeAnnouncement } from '../model/announcement.js';
import type { TextModel } from '../model/describe.js';

/**
 * The chart's polite live region: a changed takeaway (model/announcement.ts says when, and at what pace), and
 * short texts the chart says as it plays its sound. `text` is what the region holds now.
 */
export class AnnouncerController implements ReactiveController {
  text = '';
  /** The last words a listener heard (model/announcement.ts compares them), kept through rejected input. */
  #heard?: TextModel;
  /** The words of the last update: the pipeline keeps them while nothing they say changed. */
  #text?: TextModel;
  /** The latest announcement not yet made, and the timer that will make it once the data stay still. */
  #pending = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
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
    const words = changeAnnouncement(this.#heard, text, seen, strings);
    this.#heard = text ?? this.#heard;
    if (!words) return;
    this.#pending = words;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#flush(), ANNOUNCE_QUIET);
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

  /** The data have stayed still: the latest change is said (model/announcement.ts). */
  #flush(): void {
    this.#timer = undefined;
    this.say(this.#pending);
  }
}
