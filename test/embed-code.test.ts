import { describe, expect, it } from 'vitest';
import { tableToInput } from '../src/input/table.js';
import { parseInput } from '../src/input/parse.js';
import { embedUrl, iframeCode, scriptCode, staticCode, tableCode, type EmbedProfile } from '../demo/embed-code.js';
import { AVERAGE, NOMINEES } from './fixtures.js';

const profile: EmbedProfile = {
  heading: 'E-profil "Järfälla" 2009',
  label: 'Järfälla',
  scores: NOMINEES[1]!.scores,
  baseline: AVERAGE,
  lang: 'sv',
  theme: 'auto',
  source: 'SKL 2009',
  notes: '',
  byline: '',
};

describe("the embed builder's code", () => {
  it('writes the attributes an editor would type, escaped, leaving out the empty ones', () => {
    const code = scriptCode(profile);
    // The form that draws before the first paint (no layout shift): a classic script in the head.
    expect(code).toContain('<!-- in <head> --><script src="eprofile-radar.js"></script>');
    expect(code).toContain('heading="E-profil &quot;Järfälla&quot; 2009"');
    expect(code).toContain('scores="3,5 3,8 3,1 3,2 3,5"');
    expect(code).not.toMatch(/theme=|notes=|byline=/);
    expect(scriptCode({ ...profile, lang: 'en', theme: 'dark' })).toMatch(
      /scores="3.5 3.8 3.1 3.2 3.5"[\s\S]*theme="dark"/,
    );
    // Each value as typed, one decimal at least and six at most (a float's tail is not what was typed).
    const typed = scriptCode({ ...profile, scores: [3.25, 3.456, 3, 2.3333333333333335, 3.1] });
    expect(typed).toContain('scores="3,25 3,456 3,0 2,333333 3,1"');
    // The table's cells too: it rounded 3,25 to 3,3, and a page that used it published rounded data.
    const table = tableCode({ ...profile, scores: [3.25, 3.456, 3, 2.3333333333333335, 3.1] });
    expect([...table.matchAll(/<td>(.*?)<\/td>/g)].map((cell) => cell[1]).filter((_, i) => i % 2 === 0)).toEqual([
      '3,25',
      '3,456',
      '3,0',
      '2,333333',
      '3,1',
    ]);
  });

  it.each(['sv', 'en'] as const)('writes a table (%s) that the element reads back as the same data', (lang) => {
    const code = tableCode({ ...profile, lang });
    const cell = (html: string) => html.replace(/<[^>]+>/g, '').trim();
    const rows = [...code.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<t[hd][^>]*>.*?<\/t[hd]>/g)].map((c) => cell(c[0])),
    );
    const input = tableToInput({ head: rows[0]!, rows: rows.slice(1), baselineColumn: 2 });
    const { data, problems } = parseInput(input);
    expect(problems).toEqual([]);
    expect(data!.series[0]!.values).toEqual(NOMINEES[1]!.scores);
    expect(data!.baseline!.values).toEqual(AVERAGE);
    expect(data!.areas.map((a) => a.key)).toEqual(['egov', 'platform', 'change', 'cooperation', 'governance']);
    expect(code).toContain(lang === 'sv' ? '<p>Källa: SKL 2009</p>' : '<p>Source: SKL 2009</p>');
  });

  it('puts the attributes in the iframe URL, and the resizer beside it', () => {
    const url = new URL(embedUrl(profile, 'https://example.org/eprofile/builder.html'));
    expect(url.pathname).toBe('/eprofile/embed.html');
    expect(url.searchParams.get('scores')).toBe('3,5 3,8 3,1 3,2 3,5');
    expect(url.searchParams.get('heading')).toBe(profile.heading);
    expect(iframeCode(profile, 'https://example.org/eprofile/')).toContain(
      '<script src="https://example.org/eprofile/embed-resize.js" defer></script>',
    );
    // It says which address to change: the builder's own is seldom where readers can load the chart.
    expect(iframeCode(profile, 'http://127.0.0.1:5173/')).toMatch(/^<!-- Byt http:\/\/127\.0\.0\.1:5173\/ i src/);
    expect(iframeCode({ ...profile, lang: 'en' }, 'http://127.0.0.1:5173/')).toMatch(/^<!-- Change http/);
  });

  it('writes static HTML without a script', () => {
    const code = staticCode(profile);
    expect(code).toMatch(/^<figure/);
    expect(code).not.toContain('<script');
    expect(staticCode({ ...profile, scores: [5, 1, 1, 1, 1] })).toMatch(/^<!-- scores: 5 /);
  });
});
