import type { Value } from '../input/types.js';

/** One tone per axis for the "Lyssna" view. */
export interface Tone {
  /** Hz, or null for a missing value (a short rest, not a low tone that would read as 0). */
  frequency: number | null;
  /** Seconds from the start. */
  start: number;
  duration: number;
}

/**
 * Pitch follows value over two octaves (220 Hz at the scale's minimum, 880 Hz at its maximum): exponential in
 * frequency, so equal score steps sound like equal musical steps.
 */
export function tones(values: readonly Value[], min: number, max: number, duration = 0.35, pause = 0.12): Tone[] {
  return values.map((value, index) => ({
    frequency: value === null ? null : 220 * 2 ** ((2 * (value - min)) / (max - min)),
    start: index * (duration + pause),
    duration,
  }));
}
