import type { Value } from '../input/types.js';

/** One tone of the "Lyssna" sound. */
export interface Tone {
  /** Hz, or null for a missing value: a rest as long as a tone, never a low tone that would sound like 0. */
  frequency: number | null;
  /** Whose value: a series' index (0–3), or -1 for the comparison, which sounds in a timbre of its own. */
  voice: number;
  area: number;
  /** Seconds from the start. */
  start: number;
  duration: number;
}

/** Where each area's sound begins, so the area can be announced as it plays. */
export interface Step {
  area: number;
  start: number;
}

export interface SoundPlan {
  tones: Tone[];
  steps: Step[];
  /** Seconds from the start until the last tone has ended. */
  end: number;
}

export interface Timing {
  /** Silence before the first area, while the reader hears what the tones are. */
  lead: number;
  tone: number;
  /** Between the tones of one area. */
  gap: number;
  /** Between areas: long enough for a screen reader to say the next area's name. */
  rest: number;
}

export const TIMING: Timing = { lead: 1.2, tone: 0.3, gap: 0.08, rest: 0.9 };

/**
 * Pitch follows value over two octaves (220 Hz at the scale's minimum, 880 Hz at its maximum): exponential in
 * frequency, so equal score steps sound like equal musical steps.
 */
export function pitch(value: number, min: number, max: number): number {
  return 220 * 2 ** ((2 * (value - min)) / (max - min));
}

/**
 * The chart as sound: per area, in axis order, each series' tone in the legend's order, then the comparison's, so
 * every area is heard as a pair (higher first: above the comparison; lower first: below it).
 */
export function soundPlan(
  series: readonly (readonly Value[])[],
  baseline: readonly Value[] | null,
  min: number,
  max: number,
  timing: Timing = TIMING,
): SoundPlan {
  const voices: [number, readonly Value[]][] = series.map((values, i) => [i, values]);
  if (baseline) voices.push([-1, baseline]);
  const areas = series[0]?.length ?? 0;
  const tones: Tone[] = [];
  const steps: Step[] = [];
  let time = timing.lead;
  for (let area = 0; area < areas; area++) {
    if (area > 0) time += timing.rest;
    steps.push({ area, start: time });
    voices.forEach(([voice, values], i) => {
      if (i > 0) time += timing.gap;
      const value = values[area] ?? null;
      const frequency = value === null ? null : pitch(value, min, max);
      tones.push({ frequency, voice, area, start: time, duration: timing.tone });
      time += timing.tone;
    });
  }
  return { tones, steps, end: time };
}
