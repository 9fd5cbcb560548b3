import type { ReactiveController, ReactiveElement } from 'lit';
import { fill } from '../i18n/strings.js';
import { formatList } from '../i18n/format.js';
import type { ChartWords } from '../model/chart.js';
import { soundPlan } from '../model/sound.js';
import type { AnnouncerController } from './announcer.js';
import { escapeWhile } from './dismiss.js';
import { play, type Playback } from './sound.js';

/**
 * "Lyssna": plays every area as a pair of tones (the series, then the comparison), says what the tones are and,
 * politely, each area's name as it begins. Pressed again, or Esc anywhere, it stops; so does taking the chart
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
    this.#playback = play(
      plan,
      (area) => this.announcer.say(area === 0 && intro ? `${intro} ${text.areaLabels[0]}` : text.areaLabels[area]!),
      this.stop,
    );
    if (!this.#playback) return;
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
