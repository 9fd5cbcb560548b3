import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderStatic, type Profile } from '../src/static.js';
import { chromiumArgs, chromiumPath } from '../vite.config.js';
import { FALKENBERG } from './fixtures.js';
import { root } from './site.js';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [`${root}bin/eprofile-radar.mjs`, ...args], { cwd: root, encoding: 'utf8' });

describe('renderStatic', () => {
  it('writes an inline SVG and the data table, and no script', () => {
    const chart = renderStatic({ ...FALKENBERG, lang: 'sv', source: 'SKL 2009', byline: 'Grafik: <b>A</b>' });
    expect(chart.problems).toEqual([]);
    expect(chart.html).toMatch(/^<figure[^>]*>\n<svg [^>]*role="img"/);
    expect(chart.html).toContain('<table');
    expect(chart.html).toMatch(/<td style="[^"]*">3,2<\/td>/);
    expect(chart.html).not.toMatch(/<script|on\w+=/i);
    // The source line and the byline are in the drawing, escaped as text.
    expect(chart.svg).toContain('Källa: SKL 2009');
    expect(chart.svg).toContain('Grafik: &lt;b&gt;A&lt;/b&gt;');
    expect(chart.svg).not.toContain('<b>');
  });

  it("breaks an author's word wider than the drawing, in the heading and the credits, as the live chart does", () => {
    const word = 'x'.repeat(400);
    const { svg } = renderStatic({ ...FALKENBERG, heading: word, byline: word }, 480);
    // About 55 of them fit a 464 px line at 13 px; whole, one line ran 3,000 px past the drawing's edge.
    // What is drawn: the text of its <tspan>s and <text>s (the <title> and the label keep the whole heading).
    const drawn = [...svg.replace(/<title>[^<]*<\/title>/, '').matchAll(/>([^<]*)</g)]
      .map(([, text]) => text!)
      .join('\n');
    expect(Math.max(...[...drawn.matchAll(/x+/g)].map(([run]) => run.length))).toBeLessThan(80);
    expect(drawn.match(/x/g)!.length).toBeGreaterThanOrEqual(800);
  });

  it("breaks an area's name wider than the drawing in the numbered key under a narrow figure", () => {
    const word = 'y'.repeat(200);
    const areas = ['Styrning', word, 'Samverkan', 'Förändring', 'Service'].map((label, i) => ({ key: `a${i}`, label }));
    const { svg } = renderStatic({ ...FALKENBERG, areas }, 320);
    // What is drawn: not the <title> and <desc>, which say the name in the takeaway.
    const undrawn = /<(title|desc)>[^<]*<\/\1>/g;
    const drawn = [...svg.replace(undrawn, '').matchAll(/>([^<]*)</g)].map(([, text]) => text!);
    // Whole, the name ran 1,400 px past the key's edge.
    expect(Math.max(...drawn.flatMap((text) => [...text.matchAll(/y+/g)].map(([run]) => run.length)))).toBeLessThan(50);
  });

  it('draws the same geometry in any language, with the words of that language', () => {
    const en = renderStatic({ ...FALKENBERG, lang: 'en', source: 'SKL' });
    expect(en.svg).toContain('E-government overall');
    expect(en.svg).toContain('Source: SKL');
    expect(en.html).toContain('>3.2<');
  });

  it('returns the problems, in words, instead of a wrong chart', () => {
    const chart = renderStatic({ scores: '3 3 9 3 3', lang: 'en' });
    expect(chart.html).toBe('');
    expect(chart.problems).toEqual(['scores: 9 is outside the scale 0–4.']);
  });
});

describe('npx eprofile-radar render', () => {
  beforeAll(() => {
    // The command runs from the built library, as it does once installed from npm.
    execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], {
      cwd: root,
    });
  }, 60_000);

  it('writes a page with the chart and the table, without a script', () => {
    const result = cli('render', 'test/data/falkenberg.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout).toMatch(/<svg [^>]*viewBox="0 0 600 \d+"/);
    expect(result.stdout).toContain('<caption');
    expect(result.stdout).toContain('Källa: Sveriges IT-kommun 2009, SKL');
    expect(result.stdout).not.toMatch(/<script/i);
    const fragment = cli('render', 'test/data/falkenberg.json', '--fragment', '--width', '320');
    expect(fragment.stdout).toMatch(/^<figure/);
    expect(cli('render', 'test/data/falkenberg.json', '--svg').stdout).toMatch(/^<svg xmlns=/);
  });

  it('says what is wrong with a profile, and fails', () => {
    const result = spawnSync(process.execPath, [`${root}bin/eprofile-radar.mjs`, 'render', '-'], {
      cwd: root,
      encoding: 'utf8',
      input: JSON.stringify({ scores: '3 3 x 3 3' }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('scores: ”x” är inte ett tal.');
    expect(cli('draw').status).toBe(2);
    // JSON of another kind (the demo's data set: a list of municipalities) is named as such, with an example.
    const other = cli('render', 'demo/data/it-kommun-2009.json');
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(
      'demo/data/it-kommun-2009.json is not one profile: it needs "scores" (or "series").',
    );
    expect(other.stderr).toContain('"scores": "3,0 3,2 3,0 3,0 3,1"');
  });

  it('reads a file saved as Windows-1252 (with a warning) or UTF-16, not only UTF-8', () => {
    const render = (input: Buffer) =>
      spawnSync(process.execPath, [`${root}bin/eprofile-radar.mjs`, 'render', '-', '--svg'], { cwd: root, input });
    const profile = '{"scores":"3,2 2,8 3,1 2,9 3,0","heading":"Växjö"}';
    // As Swedish Windows and Excel save text ("ANSI"): read as UTF-8, the heading was "V�xj�", without a word.
    const ansi = render(Buffer.from(profile, 'latin1'));
    expect(ansi.status).toBe(0);
    expect(ansi.stdout.toString()).toContain('<title>Växjö</title>');
    // Its own characters at 0x80–0x9F, which Latin-1 (and Node's decoder) takes for control characters: a dash
    // for a missing value, quotation marks.
    const dashes = Buffer.from('{"scores":"3,2 \x96 3,1 2,9 3,0","heading":"\x94Växjö\x94"}', 'latin1');
    const read = render(dashes);
    expect(read.status).toBe(0);
    expect(read.stdout.toString()).toContain('<title>”Växjö”</title>');
    expect(ansi.stderr.toString()).toBe(
      'eprofile-radar: warning: - is not UTF-8; read as Windows-1252 (ANSI). Save it as UTF-8.\n',
    );
    // UTF-16 by its BOM (Notepad's "Unicode"): it failed with "Unexpected token".
    const utf16 = render(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(profile, 'utf16le')]));
    expect(utf16.status).toBe(0);
    expect(utf16.stdout.toString()).toContain('<title>Växjö</title>');
    expect(utf16.stderr.toString()).toBe('');
    // UTF-8, with or without a BOM: no warning.
    const bom = render(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(profile)]));
    expect([bom.status, bom.stderr.toString()]).toEqual([0, '']);
  });

  it("warns of what it ignores, and writes a profile's control characters as text, not to the terminal", () => {
    const run = (profile: object) =>
      spawnSync(process.execPath, [`${root}bin/eprofile-radar.mjs`, 'render', '-', '--svg'], {
        cwd: root,
        encoding: 'utf8',
        input: JSON.stringify(profile),
      });
    // A misspelt key, a theme and a language it does not have: drawn all the same, each named once.
    const ignored = run({ scores: '3 3 3 3 3', baseline_label: 'Länet', theme: 'blue', lang: 'fr' });
    expect(ignored.status).toBe(0);
    expect(ignored.stdout).toMatch(/^<svg/);
    expect(ignored.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^eprofile-radar: warning: "baseline_label" is not a profile key \(scores, .*baselineLabel/,
      ),
      'eprofile-radar: warning: theme "blue" is not light or dark; light is used.',
      'eprofile-radar: warning: lang "fr" has no built-in texts (sv, en); Swedish is used.',
    ]);
    // Text that is not text, dropped unsaid before; a number is text written as one.
    const typed = run({ scores: '3 3 3 3 3', heading: 2009, label: ['a', 'b'], source: { x: 1 } });
    expect(typed.stderr.trim().split('\n')).toEqual([
      'eprofile-radar: warning: "label" is ["a","b"], not text; it is ignored.',
      'eprofile-radar: warning: "source" is {"x":1}, not text; it is ignored.',
    ]);
    const labelled = run({
      series: [
        { label: 'A', scores: '3 3 3 3 3' },
        { label: [1], scores: '2 2 2 2 2' },
      ],
    });
    expect(labelled.stderr.trim()).toBe('eprofile-radar: warning: "series[1].label" is [1], not text; it is ignored.');
    expect(run({ ...FALKENBERG, lang: 'en-GB', theme: 'dark' }).stderr).toBe('');
    // An escape sequence (a terminal's title, its colours) and a direction override, named but not obeyed.
    const hostile = run({ scores: '\u001b]0\u0007\u001b[31mRED 3 3 3 3 3', heading: 'x\u202ey' });
    expect(hostile.status).toBe(1);
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    expect(hostile.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(hostile.stderr).toContain('\\u{1b}]0\\u{7}\\u{1b}[31mRED');
  });

  it('stays one readable figure where a strict CSP drops inline styles (320, 360 and 1200 px; laid out at 400, 480, 600)', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const wide = cli('render', 'test/data/falkenberg.json').stdout;
      // The README's own command for a CMS, laid out at 480 px, and a 400 px one.
      const at480 = cli('render', 'test/data/falkenberg.json', '--width', '480').stdout;
      const at400 = cli('render', 'test/data/falkenberg.json', '--width', '400').stdout;
      const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`;
      for (const [width, strict, page] of [
        [320, true, wide],
        [1200, true, wide],
        [320, false, wide],
        [1200, false, wide],
        [360, true, at480],
        [360, true, at400],
        [1200, false, at400],
        [1200, false, at480],
      ] as const) {
        const tab = await browser.newPage({ viewport: { width, height: 900 } });
        let blocked = 0;
        tab.on('console', (message) => void (message.text().includes('Content Security Policy') && blocked++));
        await tab.setContent(strict ? page.replace('<head>', `<head>\n${csp}`) : page);
        const shown = await tab.evaluate(() =>
          [...document.querySelectorAll('svg')]
            .filter((svg) => svg.getBoundingClientRect().width > 0)
            .map((svg) => ({ width: svg.getBoundingClientRect().width, laidOut: svg.viewBox.baseVal.width })),
        );
        const scrollWidth = await tab.evaluate(() => document.documentElement.scrollWidth);
        // The policy did drop the styles: the page is the one a strict CMS shows.
        expect(blocked > 0, `styles blocked at ${width} px`).toBe(strict);
        expect(shown.length, `drawings at ${width} px, strict ${strict}`).toBe(1);
        if (strict) {
          // The phone's drawing at its own size: text at the sizes it was laid out with, on a phone and a desktop.
          expect(shown[0]).toEqual({ width: 280, laidOut: 280 });
        } else expect(scrollWidth, `page width at ${width} px`).toBeLessThanOrEqual(width);
        await tab.close();
      }
    } finally {
      await browser.close();
    }
  });

  it('reads what editors and scripts hand it: a BOM, --width=480, a numeric heading; refuses a misspelt option', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eprofile-cli-'));
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${JSON.stringify({ scores: '3 3 3 3 3', heading: 2009 })}`);
    const page = cli('render', file, '--width=480');
    expect(page.status, page.stderr).toBe(0);
    expect(page.stdout).toContain('<title>2009</title>');
    // Laid out at 480 px, where the default is 600 (and with the phone's 280 px drawing beside it).
    expect(page.stdout.match(/viewBox="0 0 (\d+) /g)).toEqual(['viewBox="0 0 480 ', 'viewBox="0 0 280 ']);
    const typo = cli('render', file, '--frament');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('unknown option --frament');
    expect(cli('render', file, '--width').status).toBe(2);
    expect(cli('render', '--help').status).toBe(0);
    rmSync(dir, { recursive: true, force: true });
    // From code, anything at all is answered with problems, never an exception.
    expect(renderStatic(null as unknown as Profile).problems[0]).toContain('scores');
    expect(renderStatic({ scores: '3 3 3 3 3' }, NaN).svg).toMatch(/^<svg /);
  });

  it('lays labels out inside the drawing in Chromium, at 320 and 1200 px', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      for (const width of [320, 1200]) {
        const page = await browser.newPage({ viewport: { width: width + 40, height: 900 } });
        await page.setContent(cli('render', 'test/data/falkenberg.json', '--width', String(width)).stdout);
        const outside = await page.evaluate(() => {
          const shown = [...document.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0)!;
          const svg = shown.getBoundingClientRect();
          return Array.from(shown.querySelectorAll('text'))
            .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }))
            .filter(
              ({ box }) => box.left < svg.left - 0.5 || box.right > svg.right + 0.5 || box.bottom > svg.bottom + 0.5,
            )
            .map(({ text }) => text);
        });
        expect(outside).toEqual([]);
        // No two texts (heading, takeaway, ring values, area names, legend, source) overlap.
        const overlapping = await page.evaluate(() => {
          const shown = [...document.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0)!;
          const boxes = Array.from(
            shown.querySelectorAll('text'),
            (t) => [t.textContent, t.getBoundingClientRect()] as const,
          );
          return boxes.flatMap(([a, p], i) =>
            boxes
              .slice(i + 1)
              .filter(([, q]) => p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
              .map(([b]) => `${a} / ${b}`),
          );
        });
        expect(overlapping).toEqual([]);
        await page.close();
      }
      // A figure rendered at the default 600 px, read on a 320 px phone: one drawing shows, its text at 12 px or
      // more (a 600 px drawing scaled to fit had 6 px text).
      const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
      await page.setContent(cli('render', 'test/data/falkenberg.json').stdout);
      const sizes = await page.evaluate(() => {
        const shown = [...document.querySelectorAll('svg')].filter((s) => s.getBoundingClientRect().width > 0);
        const svg = shown[0]!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll('text')].map((t) => parseFloat(t.getAttribute('font-size')!) * scale);
        return { shown: shown.length, smallest: Math.min(...texts) };
      });
      console.log(`static figure at 320 px: smallest text ${sizes.smallest.toFixed(1)} px`);
      expect(sizes.shown).toBe(1);
      expect(sizes.smallest).toBeGreaterThanOrEqual(12);
      await page.close();
    } finally {
      await browser.close();
    }
  });
});
