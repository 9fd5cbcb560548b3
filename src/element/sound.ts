import type { SoundPlan } from '../model/sound.js';

let audio: AudioContext | undefined;

/** A sound that is playing; `stop` silences it at once and cancels what it would still announce. */
export interface Playback {
  stop(): void;
}

/**
 * Plays a sound plan: the series in one timbre (triangle), the comparison in another (square, quieter, as a square wave
 * sounds louder at the same gain). `onStep` is called as each area begins, `onEnd` when the last tone has ended; the
 * first tone starts `lead` seconds from now. The AudioContext is made here, on the reader's click, never before:
 * browsers block audio until a gesture, and a page should not open audio it may never use. Null where the browser has
 * no Web Audio.
 */
export function play(plan: SoundPlan, onStep: (area: number) => void, onEnd: () => void, lead = 0): Playback | null {
  if (typeof AudioContext !== 'function') return null;
  audio ??= new AudioContext();
  const context = audio;
  void context.resume();
  const now = context.currentTime + 0.05 + lead;
  // Every tone goes through one gain: disconnecting it silences the whole sound, also tones not yet started.
  const output = context.createGain();
  output.connect(context.destination);
  const oscillators: OscillatorNode[] = [];
  for (const tone of plan.tones) {
    if (tone.frequency === null) continue;
    const start = now + tone.start;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const peak = tone.voice < 0 ? 0.08 : 0.2;
    oscillator.type = tone.voice < 0 ? 'square' : 'triangle';
    oscillator.frequency.value = tone.frequency;
    // A short fade in and out: no clicks at the edges of each tone.
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(peak, start + 0.02);
    gain.gain.linearRampToValueAtTime(0, start + tone.duration);
    oscillator.connect(gain).connect(output);
    oscillator.start(start);
    oscillator.stop(start + tone.duration + 0.02);
    oscillators.push(oscillator);
  }
  const lag = (now - context.currentTime) * 1000;
  const timers = plan.steps.map((step) => setTimeout(() => onStep(step.area), lag + step.start * 1000));
  timers.push(setTimeout(onEnd, lag + plan.end * 1000 + 50));
  return {
    stop() {
      timers.forEach(clearTimeout);
      output.disconnect();
      for (const oscillator of oscillators) oscillator.stop();
    },
  };
}
