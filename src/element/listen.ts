import type { ReactiveController, ReactiveElement } from 'lit';
import { fill } from '../i18n/strings.js';
import { formatList } from '../i18n/format.js';
import type { ChartWords } from '../model/chart.js';
import { soundPlan } from '../model/sound.js';
import type { AnnouncerController } from './announcer.js';
import { escapeWhile } from './dismiss.js';
import { play, type Playback } from './sound.js';

/** How long a screen reader takes to say a word, s (about 200 words a minute, a common default rate). */
const SECONDS_A_WORD = 0.3;

/**
 * "Lyssna": says what the tones are, then plays every area as a pair of tones (the series, then the comparison)
 * and says, politely, each area's name as it begins. Pressed again, or Esc anywhere, it stops; so does taking the chart
 * out of the page. No AudioContext exists before the first press (element/sound.ts).
 */
export class ListenController implements ReactiveController {
  /** The sound while it plays; null when silent. */
  #playback: Playback | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly announcer: AnnouncerController,
  ) {
    host.addController(this);
  }

  get playing(): boolean {
    return this.#playback !== null;
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Plays the chart, or stops it when it plays. */
  toggle(chart: ChartWords | undefined): void {
    if (this.#playback) return this.stop();
    const { data, text } = chart ?? {};
    if (!data || !text) return;
    const plan = soundPlan(
      data.series.map((series) => series.values),
      data.baseline?.values ?? null,
      data.min,
      data.max,
    );
    const intro = text.baselineLabel
      ? fill(chart!.locale.strings.listenIntro, {
          series: formatList(text.seriesLabels, text.lang),
          baseline: text.baselineShort,
        })
      : '';
    // What the tones are is said before the first of them, not over it: the tones start once it has been said at
    // a screen reader's pace, and each area's name comes with its own tones. Said with the first area's, it
    // covered the tones it explained and put the names two areas behind the sound.
    const lead = intro ? intro.split(' ').length * SECONDS_A_WORD : 0;
    this.#playback = play(plan, (area) => this.announcer.say(text.areaLabels[area]!), this.stop, lead);
    if (!this.#playback) return;
    if (intro) this.announcer.say(intro);
    escapeWhile(true, this.#playback, this.stop);
    this.host.requestUpdate();
  }

  stop = (): void => {
    const playback = this.#playback;
    if (!playback) return;
    this.#playback = null;
    playback.stop();
    // Emptied, so the next play announces its first area again.
    this.announcer.clear();
    escapeWhile(false, playback, this.stop);
    this.host.requestUpdate();
  };
}
