import { describe, expect, it } from 'vitest';
import { parseInput } from '../src/input/parse.js';
import { locales } from '../src/i18n/strings.js';
import { describe as describeChart } from '../src/model/describe.js';
import { dotPlot } from '../src/model/dotplot.js';
import { ticks } from '../src/model/geometry.js';
import { fontMeasure } from '../src/model/font-metrics.js';

describe('dot plot rows', () => {
  // The four 2009 nominees and the average, as the demo's comparison card shows them.
  const data = parseInput({
    series: [
      { label: 'Falkenberg', scores: '3,0 3,2 3,0 3,0 3,1' },
      { label: 'Järfälla', scores: '3,5 3,8 3,1 3,2 3,5' },
      { label: 'Stockholm', scores: '4,0 4,0 3,8 4,0 4,0' },
      { label: 'Täby', scores: '3,8 3,8 3,8 3,8 3,9' },
    ],
    baseline: '2,1 2,1 2,0 2,0 2,0',
  }).data!;
  const names = describeChart(data, locales.sv, 'sv', '').areaLabels;

  for (const width of [256, 288, 700])
    it(`keep every series' mark whole, off its area's name and off the next row, at ${width} px`, () => {
      const lineHeight = 17;
      const plot = dotPlot(data, names, ticks(0, 4), fontMeasure(13), width, lineHeight, 8);
      // A triangle reaches 1.15 of its half size from its centre (model/markers.ts).
      const half = plot.markSize * 0.58;
      plot.rows.forEach((row, i) => {
        const next = plot.rows[i + 1]?.labelY ?? plot.height;
        // Two municipalities with the same value (Stockholm's and Täby's 3,8) show as two whole marks.
        row.offsets.slice(1).forEach((offset, s) => expect(offset - row.offsets[s]!).toBeGreaterThan(plot.markSize));
        for (const offset of row.offsets) {
          const [top, bottom] = [row.y + offset - half, row.y + offset + half];
          // Stacked, the name is above the marks; beside them, it is to their left and only the rows matter.
          if (plot.stacked) expect(top, names[i]).toBeGreaterThanOrEqual(row.labelY + row.lines.length * lineHeight);
          expect(bottom, names[i]).toBeLessThanOrEqual(next);
        }
      });
    });

  it('says a missing value on its row clear of the marks that are there, inside the scale', () => {
    // At the scale's start whatever the marks, a phone's "uppgift saknas" hid a comparison at 1,0.
    const measure = fontMeasure(12);
    const note = measure('uppgift saknas');
    for (const [scores, baseline] of [
      ['3 - 3 3 3', '1 2 2 2 2'],
      ['3 - 3 3 3', '0 2 2 2 2'],
      ['0,5 3,8 3 3 3', '- 2 2 2 2'],
      ['1 - 3 3 3', '4 2 2 2 2'],
      // No gap with room: still inside the scale.
      ['1,3 - 2 - -', '2,7 2,7 2 2,6 -'],
    ]) {
      const data = parseInput({ scores, baseline }).data!;
      for (const width of [256, 320, 700]) {
        const plot = dotPlot(data, names, ticks(0, 4), measure, width, 17, 8, 'uppgift saknas');
        const row = plot.rows.find((r) => r.note)!;
        const left = { start: row.note!.x, middle: row.note!.x - note / 2, end: row.note!.x - note }[row.note!.anchor];
        expect(left).toBeGreaterThanOrEqual(plot.x0 - 0.5);
        expect(left + note).toBeLessThanOrEqual(plot.x1 + 0.5);
        const marks = [...row.series, row.baseline].filter((x): x is number => x !== null);
        // Clear of each mark where the row has room for the words beside them.
        if (marks.length === 1 || width > 300)
          for (const x of marks)
            expect(x + plot.markSize / 2 < left || x - plot.markSize / 2 > left + note, `${scores} at ${width}`).toBe(
              true,
            );
      }
    }
    expect(plot(parseInput({ scores: '3 3 3 3 3' }).data!).rows.every((row) => row.note === null)).toBe(true);
    function plot(d: typeof data) {
      return dotPlot(d, names, ticks(0, 4), measure, 320, 17, 8, 'uppgift saknas');
    }
  });
});
