import type { ChartData } from '../input/types.js';
import { tones } from '../model/sound.js';

let audio: AudioContext | undefined;

/**
 * Plays the first series as one tone per axis. The AudioContext is made here, on the reader's click, never
 * before: browsers block audio until a gesture, and a page should not open audio it may never use.
 */
export function playTones(data: ChartData): void {
  const series = data.series[0];
  if (!series || typeof AudioContext !== 'function') return;
  audio ??= new AudioContext();
  const context = audio;
  void context.resume();
  const now = context.currentTime + 0.05;
  for (const tone of tones(series.values, data.min, data.max)) {
    if (tone.frequency === null) continue;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'triangle';
    oscillator.frequency.value = tone.frequency;
    // A short fade in and out: no clicks at the edges of each tone.
    gain.gain.setValueAtTime(0, now + tone.start);
    gain.gain.linearRampToValueAtTime(0.2, now + tone.start + 0.02);
    gain.gain.linearRampToValueAtTime(0, now + tone.start + tone.duration);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(now + tone.start);
    oscillator.stop(now + tone.start + tone.duration + 0.02);
  }
}
