import { describe, expect, it } from 'vitest';
import { pitch, soundPlan, TIMING } from '../src/model/sound.js';

describe('pitch', () => {
  it('spans two octaves over the scale, exponential in frequency', () => {
    expect(pitch(0, 0, 4)).toBeCloseTo(220, 6);
    expect(pitch(4, 0, 4)).toBeCloseTo(880, 6);
    expect(pitch(2, 0, 4)).toBeCloseTo(440, 6);
    // At least an octave from one end to the other, and equal steps in score are equal ratios in pitch.
    expect(pitch(4, 0, 4) / pitch(0, 0, 4)).toBeGreaterThanOrEqual(2);
    expect(pitch(3.2, 0, 4) / pitch(2.1, 0, 4)).toBeCloseTo(pitch(1.1, 0, 4) / pitch(0, 0, 4), 6);
  });
});

describe('soundPlan', () => {
  const falkenberg = [3.0, 3.2, 3.0, 3.0, 3.1];
  const average = [2.1, 2.1, 2.0, 2.0, 2.0];

  it('plays each area as a pair: the municipality, then the comparison in its own voice', () => {
    const plan = soundPlan([falkenberg], average, 0, 4);
    expect(plan.tones.map((tone) => [tone.area, tone.voice])).toEqual(
      [0, 1, 2, 3, 4].flatMap((area) => [
        [area, 0],
        [area, -1],
      ]),
    );
    plan.tones.forEach((tone) => {
      const values = tone.voice < 0 ? average : falkenberg;
      expect(tone.frequency).toBeCloseTo(pitch(values[tone.area]!, 0, 4), 6);
    });
    // Above the average, so every pair falls: the municipality's tone is the higher one.
    for (let area = 0; area < 5; area++)
      expect(plan.tones[2 * area]!.frequency!).toBeGreaterThan(plan.tones[2 * area + 1]!.frequency!);
  });

  it('says where each area begins (to announce it), after a lead for the intro, with tones that never overlap', () => {
    const plan = soundPlan([falkenberg], average, 0, 4);
    expect(plan.steps.map((step) => step.area)).toEqual([0, 1, 2, 3, 4]);
    expect(plan.steps[0]!.start).toBe(TIMING.lead);
    plan.steps.forEach((step) => expect(step.start).toBe(plan.tones.find((t) => t.area === step.area)!.start));
    plan.tones.slice(1).forEach((tone, i) => {
      const before = plan.tones[i]!;
      expect(tone.start).toBeGreaterThanOrEqual(before.start + before.duration);
    });
    const last = plan.tones.at(-1)!;
    expect(plan.end).toBeCloseTo(last.start + last.duration, 9);
  });

  it('rests for a missing value, as long as a tone: never a low tone that would sound like 0', () => {
    const plan = soundPlan([[3, null, 3, 3, 3]], [2, 2, null, 2, 2], 0, 4);
    const missing = plan.tones.filter((tone) => tone.frequency === null);
    expect(missing.map((tone) => [tone.area, tone.voice])).toEqual([
      [1, 0],
      [2, -1],
    ]);
    missing.forEach((tone) => expect(tone.duration).toBe(TIMING.tone));
  });

  it('plays several series in the legend order, then the comparison; without one, the series alone', () => {
    const plan = soundPlan(
      [
        [1, 1, 1],
        [2, 2, 2],
        [3, 3, 3],
      ],
      [0, 0, 0],
      0,
      4,
    );
    expect(plan.tones.filter((tone) => tone.area === 0).map((tone) => tone.voice)).toEqual([0, 1, 2, -1]);
    const alone = soundPlan([[1, 2, 3]], null, 0, 4);
    expect(alone.tones.map((tone) => tone.voice)).toEqual([0, 0, 0]);
    expect(soundPlan([], null, 0, 4)).toEqual({ tones: [], steps: [], end: TIMING.lead });
  });
});
