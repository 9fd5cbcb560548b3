import { describe, expect, it } from 'vitest';
import { parseInput } from '../src/input/parse.js';
import { describe as describeChart } from '../src/model/describe.js';
import { frameLayout } from '../src/model/layout.js';
import { fontMeasure } from '../src/model/font-metrics.js';
import { locales } from '../src/i18n/strings.js';
import { joined } from './asserts.js';
import { FALKENBERG } from './fixtures.js';

const chart = (areas?: unknown) => parseInput({ ...FALKENBERG, areas }).data!;

describe('short area names', () => {
  it('are built in for the five SKL areas, in Swedish and English', () => {
    expect(describeChart(chart(), locales.sv, 'sv', '').areaShort).toEqual([
      'E-förvaltning',
      'IT-plattform',
      'Förändring',
      'Samverkan',
      'Styrning',
    ]);
    expect(describeChart(chart(), locales.en, 'en', '').areaShort).toEqual([
      'E-government',
      'IT platform',
      'Change',
      'Cooperation',
      'Governance',
    ]);
  });

  it("come from an area's `short`, and an author's own label is never shortened to a built-in name", () => {
    const areas = [
      { key: 'egov', label: 'Digitalisering i stort' },
      { key: 'platform', short: 'IT' },
      { key: 'change' },
      { key: 'cooperation', label: 'Samverkan', short: 'Samv.' },
      { key: 'governance' },
    ];
    const text = describeChart(chart(areas), locales.sv, 'sv', '');
    expect(text.areaShort).toEqual(['Digitalisering i stort', 'IT', 'Förändring', 'Samv.', 'Styrning']);
  });

  it('are rejected when not text', () => {
    const { problems } = parseInput({ ...FALKENBERG, areas: [{ key: 'a', short: 3 }, { key: 'b' }, { key: 'c' }] });
    expect(problems.map((p) => p.attribute)).toContain('areas');
  });

  it('replace the full names around a plot that would be small, before numbers do', () => {
    const text = describeChart(chart(), locales.sv, 'sv', '');
    const measure = fontMeasure(13);
    const options = { labelLineHeight: 17, tickFontSize: 12 };
    const shown = (width: number) => {
      const frame = frameLayout(text.areaLabels, 0, 4, measure, { ...options, width }, text.areaShort);
      return { names: frame.labels.map((box) => joined(box.lines)), lettered: frame.lettered, radius: frame.radius };
    };
    expect(shown(1200).names).toEqual(text.areaLabels);
    const narrow = shown(384);
    expect(narrow.names).toEqual(text.areaShort);
    expect(narrow.lettered).toBe(false);
    // Larger than the full names allow (the browser test measures the share of the width with real fonts).
    const full = frameLayout(text.areaLabels, 0, 4, measure, { ...options, width: 384 });
    expect(narrow.radius).toBeGreaterThan(full.radius);
  });
});
