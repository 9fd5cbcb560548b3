import { describe as group, expect, it } from 'vitest';
import { parseInput } from '../src/input/parse.js';
import type { ChartData } from '../src/input/types.js';
import { describe } from '../src/model/describe.js';
import { howToRead, tableText, toCsv } from '../src/model/rows.js';
import { locales } from '../src/i18n/strings.js';
import { FALKENBERG } from './fixtures.js';

/** Series A and B, and the comparison when given, as the chart reads them. */
function ab(a: (number | null)[] | string, b: (number | null)[] | string, baseline?: string): ChartData {
  return parseInput({
    series: [
      { label: 'A', scores: a },
      { label: 'B', scores: b },
    ],
    baseline,
  }).data!;
}

const falkenberg = parseInput(FALKENBERG).data!;

/** The takeaway of some input, in Swedish and in English. */
const takeaways = (input: Parameters<typeof parseInput>[0]) => {
  const data = parseInput(input).data!;
  return [describe(data, locales.sv, 'sv', '').takeaway, describe(data, locales.en, 'en', '').takeaway];
};

group('describe: Swedish', () => {
  const text = describe(falkenberg, locales.sv, 'sv', FALKENBERG.heading);

  it("writes the takeaway: which side in every area and where the most (both, when tied), without the title's name", () => {
    // One series: the title above names it, so the sentence has no subject; the areas before it gave the numbers.
    expect(text.takeaway).toBe('Över medel i alla fem områden, mest i IT-plattform och Styrning.');
  });

  it('names each axis shortly, value first after its name: no position, no scale (the chart name says it once)', () => {
    expect(text.axisNames[1]).toBe('IT-plattform, hård och mjuk infrastruktur: 3,2, medel 2,1, +1,1');
    expect(text.axisNames).toHaveLength(5);
    expect(text.axisNames.every((name, i) => name.startsWith(`${text.areaLabels[i]}: `))).toBe(true);
    expect(text.axisNames.join(' ')).not.toMatch(/Område|skala/);
  });

  it('names the chart once with who is shown and the scale, its kind said as its role', () => {
    expect(text.chartName).toBe('Falkenberg, skala 0–4.');
    expect(text.chartKind).toBe('radardiagram');
  });

  it('builds the table: area, series, comparison and a signed difference', () => {
    const table = tableText(text, locales.sv);
    expect(table.head).toEqual(['Område', 'Falkenberg', 'Medel samtliga kommuner', 'Skillnad mot medel']);
    expect(table.rows[4]).toEqual(['Styrning och ledning', '3,1', '2,0', '+1,1']);
    expect(table.caption).toBe('E-profil Falkenberg 2009: värden per område, skala 0–4');
    expect(text.figureName).toBe('E-profil Falkenberg 2009');
  });

  it('writes CSV for Swedish spreadsheets: semicolons, decimal commas', () => {
    const csv = toCsv(falkenberg, text, locales.sv).split('\r\n');
    expect(csv[0]).toBe('Område;Falkenberg;Medel samtliga kommuner');
    expect(csv[2]).toBe('"IT-plattform, hård och mjuk infrastruktur";3,2;2,1');
  });

  it("writes the data's own precision to the CSV, one decimal at least, where the table shows one", () => {
    const data = parseInput({
      scores: [3.25, 3, 0.1 + 0.2, 2.3333333333333335, 4],
      baseline: [2.05, 2, 2, 2, 2],
    }).data!;
    const csv = toCsv(data, describe(data, locales.sv, 'sv', ''), locales.sv).split('\r\n');
    expect(csv.slice(1, 6).map((row) => row.split(';').slice(1))).toEqual([
      ['3,25', '2,05'],
      ['3,0', '2,0'],
      ['0,3', '2,0'],
      ['2,333333', '2,0'],
      ['4,0', '2,0'],
    ]);
  });

  it('puts the credits after the data, an empty row between, and never lets one run as a formula', () => {
    const credits = ['Källa: SKL; 2009', 'Anteckning med "citat"', '=HYPERLINK("http://example.com")'];
    const csv = toCsv(falkenberg, text, locales.sv, credits).split('\r\n');
    expect(csv.slice(6)).toEqual([
      '',
      '"Källa: SKL; 2009"',
      '"Anteckning med ""citat"""',
      `"'=HYPERLINK(""http://example.com"")"`,
    ]);
  });

  it('says how to read the chart: the scale, its rings, and how each series is drawn', () => {
    expect(howToRead(text, locales.sv)).toBe(
      'Varje eker är ett område. Skalan går från 0 i mitten till 4 längst ut; ringarna markerar 1, 2, 3, 4. Falkenberg visas med heldragen linje och fyllda markörer. Medel samtliga kommuner visas med streckad linje och ihåliga romber.',
    );
  });
});

group('describe: English', () => {
  const text = describe(falkenberg, locales.en, 'en', '');

  it('speaks English with decimal points and names the figure from the label', () => {
    expect(text.takeaway).toBe('Above average everywhere, most in IT platform and Governance.');
    expect(text.axisNames[0]).toBe('E-government overall: 3.0, average 2.1, +0.9');
    expect(text.chartName).toBe('Falkenberg, scale 0–4.');
    expect(text.chartKind).toBe('radar chart');
    expect(text.figureName).toBe('Falkenberg e-profile');
    expect(toCsv(falkenberg, text, locales.en).split('\r\n')[1]).toBe('E-government overall,3.0,2.1');
  });
});

group('describe: other shapes of data', () => {
  it('says "uppgift saknas" for a missing value, never 0, and notes it', () => {
    const data = parseInput({ scores: '3 - 3 3 3', baseline: '2 2 2 2 2', label: 'Ort' }).data!;
    const text = describe(data, locales.sv, 'sv', '');
    expect(text.axisNames[1]).toBe('IT-plattform, hård och mjuk infrastruktur: uppgift saknas, medel 2,0');
    expect(tableText(text, locales.sv).rows[1]).toEqual([
      'IT-plattform, hård och mjuk infrastruktur',
      'uppgift saknas',
      '2,0',
      'uppgift saknas',
    ]);
    expect(text.missingNote).toBe('Uppgift saknas: IT-plattform, hård och mjuk infrastruktur (Ort).');
    expect(text.takeaway).toContain('Uppgift saknas för IT-plattform.');
    expect(toCsv(data, text, locales.sv).split('\r\n')[2]).toBe('"IT-plattform, hård och mjuk infrastruktur";;2,0');
  });

  it('says once in the takeaway that the comparison has no value for an area, too, as its own gap', () => {
    const data = parseInput({ scores: '3 3 3 3 3', baseline: '2 2 - 2 2', label: 'Ort' }).data!;
    const text = describe(data, locales.sv, 'sv', '');
    expect(text.takeaway).toMatch(/ Medel saknar uppgift för Förändring\.$/);
    // The municipality's gaps and the comparison's apart: "Uppgift saknas för … IT-plattform" where the
    // municipality's value was drawn contradicted the chart.
    expect(takeaways({ scores: '- 3,2 - 3,0 3,1', baseline: '2,1 - 2,0 2,0 2,0', label: 'Ort' })).toEqual([
      'Över medel i två av fem områden; störst skillnad: Styrning (+1,1). Uppgift saknas för E-förvaltning och Förändring. Medel saknar uppgift för IT-plattform.',
      'Above average in two of five areas; largest difference: Governance (+1.1). No data for E-government and Change. Average has no data for IT platform.',
    ]);
    expect(text.axisNames[2]).toBe('Förändringsledning och kommunikation: 3,0, medel uppgift saknas');
  });

  it("says the built-in comparison's name with more after it by the short name and the rest", () => {
    // The builder's placeholder with a year: said whole in each of five areas, 15 words more for a listener.
    const data = parseInput({
      scores: '3 3 3 3 3',
      baseline: '2 2 2 2 2',
      baselineLabel: 'Medel  samtliga kommuner 2024',
    }).data!;
    const text = describe(data, locales.sv, 'sv', '');
    expect(text.axisNames[0]).toBe('E-förvaltning totalt: 3,0, medel 2024: 2,0, +1,0');
    expect(text.takeaway).toBe('Över medel 2024 i alla fem områden, lika mycket i alla (+1,0).');
    expect(text.baselineLabel).toBe('Medel  samtliga kommuner 2024');
    expect(describe(data, locales.en, 'en', '').axisNames[0]).toBe(
      'E-government overall: 3.0, average 2024: 2.0, +1.0',
    );
    const named = (baselineLabel: string) =>
      describe(parseInput({ scores: '3 3 3 3 3', baseline: '2 2 2 2 2', baselineLabel }).data!, locales.sv, 'sv', '');
    expect(named('Medel samtliga kommuner, 2024').takeaway).toMatch(/^Över medel 2024 i alla fem/);
    expect(named('Medel samtliga kommuner (2023–2024)').takeaway).toMatch(/^Över medel \(2023–2024\) i alla fem/);
    // A name that only begins the same is another name, and more than a year changes what is compared.
    expect(named('Medel samtliga kommunerna').takeaway).toMatch(/^Över medel samtliga kommunerna i alla fem/);
    expect(named('Medel samtliga kommuner och regioner').takeaway).toMatch(
      /^Över medel samtliga kommuner och regioner i alla fem/,
    );
  });

  it("says a long comparison's name once, in the chart's name, and a word for it in each area", () => {
    // 15 words in each of five areas: 159 words for one chart, heard by a listener.
    const long = 'Medelvärde för samtliga kommuner i Stockholms län med mer än 20 000 invånare 2009';
    const chart = (baselineLabel: string, strings = locales.sv, lang = 'sv') =>
      describe(
        parseInput({ scores: '3 3 3 3 3', baseline: '2 2 2 2 2', label: 'Falkenberg', baselineLabel }).data!,
        strings,
        lang,
        '',
      );
    const text = chart(long);
    expect(text.chartName).toBe(`Falkenberg jämfört med medelvärde ${long.slice(11)}, skala 0–4.`);
    expect(text.axisNames[0]).toBe('E-förvaltning totalt: 3,0, medelvärde 2,0, +1,0');
    // The takeaway, shown under the heading, keeps the whole name; so do the legend and the table.
    expect(text.takeaway).toContain(`medelvärde ${long.slice(11)}`);
    expect(text.baselineLabel).toBe(long);
    // Its gaps are said with the same word, the whole name having been said in the sentence before.
    const gap = (scores: string, baseline: string) =>
      describe(parseInput({ scores, baseline, label: 'Falkenberg', baselineLabel: long }).data!, locales.sv, 'sv', '')
        .takeaway;
    expect(gap('3 3 3 3 3', '2 - 2 2 2')).toBe(
      `Över medelvärde ${long.slice(11)} i fyra av fem områden; störst skillnad: E-förvaltning, Förändring, ` +
        'Samverkan och Styrning (+1,0). Medelvärde saknar uppgift för IT-plattform.',
    );
    expect(gap('3 1 3 3 3', '2 2 - 2 2').match(/Stockholms län/g)).toHaveLength(1);
    const other = chart('Kommuner i Stockholms län utom Stockholm');
    expect(other.axisNames[0]).toBe('E-förvaltning totalt: 3,0, jämförelse 2,0, +1,0');
    expect(other.chartName).toBe('Falkenberg jämfört med kommuner i Stockholms län utom Stockholm, skala 0–4.');
    expect(chart('Kommuner i Stockholms län utom Stockholm', locales.en, 'en').axisNames[0]).toBe(
      'E-government overall: 3.0, comparison 2.0, +1.0',
    );
    // Up to four words are said as they are, and so is the built-in name.
    expect(chart('Förra året').axisNames[0]).toBe('E-förvaltning totalt: 3,0, förra året 2,0, +1,0');
    expect(chart('Förra året').chartName).toBe('Falkenberg, skala 0–4.');
    // Counted and said as words, whatever the spaces between them (a table cell written over two lines).
    expect(chart('Medel i\n        Halland').axisNames[0]).toBe('E-förvaltning totalt: 3,0, medel i Halland 2,0, +1,0');
    // An author's own chart name keeps the whole comparison in each area: the built-in wording would mix languages.
    const german = { ...locales.sv, chartRegion: '{label}, Skala {min}–{max}.' };
    expect(chart(long, german).axisNames[0]).toContain(`, medelvärde ${long.slice(11)}: 2,0,`);
    expect(chart(long, german).chartName).toBe('Falkenberg, Skala 0–4.');
    expect(chart('Medel i Hallands län').axisNames[0]).toBe(
      'E-förvaltning totalt: 3,0, medel i Hallands län 2,0, +1,0',
    );
    expect(chart('Medel samtliga kommuner').axisNames[0]).toBe('E-förvaltning totalt: 3,0, medel 2,0, +1,0');
  });

  it('sets a name ending in a number off from its value', () => {
    const data = parseInput({ scores: '3 3 3 3 3', baseline: '2 2 2 2 2', baselineLabel: 'Riket 2024' }).data!;
    expect(describe(data, locales.sv, 'sv', '').axisNames[0]).toBe('E-förvaltning totalt: 3,0, riket 2024: 2,0, +1,0');
    const year = parseInput({ scores: '3 3 3 3 3', baseline: '2 2 2 2 2', baselineLabel: 'Medel (2024)' }).data!;
    expect(describe(year, locales.sv, 'sv', '').axisNames[0]).toContain(', medel (2024): 2,0,');
  });

  it('names a chart without a comparison by who is shown and the scale, and its areas by their values alone', () => {
    const data = parseInput({ scores: '1 3 2 2 2', label: 'Ort' }).data!;
    const text = describe(data, locales.en, 'en', '');
    expect(text.chartName).toBe('Ort, scale 0–4.');
    expect(text.axisNames[0]).toBe('E-government overall: 1.0');
    const scaled = parseInput({ scores: '1 3 2 2 2', label: 'Ort', min: '1', max: '5' }).data!;
    expect(describe(scaled, locales.sv, 'sv', '').chartName).toBe('Ort, skala 1–5.');
  });

  it("says several series' gaps each as its own", () => {
    // Last year beside this year: "störst skillnad: Falkenberg 2024 i IT-plattform (+1,7). Uppgift saknas för
    // IT-plattform" read as if no one had a value there.
    const years = parseInput({
      series: [
        { label: 'Falkenberg 2023', scores: [3, null, 3, 3, 3.1] },
        { label: 'Falkenberg 2024', scores: [3.5, 3.8, 3.1, 3.2, 3.5] },
      ],
      baseline: '2,1 2,1 2,0 2,0 2,0',
      baselineLabel: 'Riket 2024',
    }).data!;
    expect(describe(years, locales.sv, 'sv', '').takeaway).toMatch(
      /\(\+1,7\)\. Falkenberg 2023 saknar uppgift för IT-plattform\.$/,
    );
    // The comparison's gap where one series has a value to compare is said too.
    const one = ab([3, null, 3, 3, 3], [3, 3, 3, 3, 3], '2 - 2 2 2');
    expect(describe(one, locales.sv, 'sv', '').takeaway).toMatch(
      /A saknar uppgift för IT-plattform\. Medel saknar uppgift för IT-plattform\.$/,
    );
    const apart = ab([3, null, 3, 3, 3], [3, 3, null, 3, 3]);
    expect(describe(apart, locales.sv, 'sv', '').takeaway).toBe(
      'A har samma värde i de fyra områden som har uppgift (3,0). A saknar uppgift för IT-plattform. B har samma värde i de fyra områden som har uppgift (3,0). B saknar uppgift för Förändring.',
    );
  });

  it('names a difference as large the other way too, with its sign', () => {
    expect(takeaways({ scores: '3 1 2 2 2', baseline: '2 2 2 2 2', label: 'Ort' })).toEqual([
      'Över medel i ett av fem områden; störst skillnad: E-förvaltning (+1,0), IT-plattform (−1,0).',
      'Above average in one of five areas; largest difference: E-government (+1.0), IT platform (-1.0).',
    ]);
    const two = ab([3, 1, 3, 2, 2], [2, 2, 2, 2, 2.5], '2 2 2 2 2');
    expect(describe(two, locales.sv, 'sv', '').takeaway).toMatch(
      /störst skillnad: A i E-förvaltning och Förändring \(\+1,0\), IT-plattform \(−1,0\)\.$/,
    );
  });

  it('counts areas above and below when the picture is mixed', () => {
    expect(takeaways({ scores: '1 3 1 3 2', baseline: '2 2 2 2 2', label: 'Ort' })).toEqual([
      // As large both ways: each side named with its sign (only the first side was named).
      'Över medel i två av fem områden; störst skillnad: E-förvaltning och Förändring (−1,0), IT-plattform och Samverkan (+1,0).',
      'Above average in two of five areas; largest difference: E-government and Change (-1.0), IT platform and Cooperation (+1.0).',
    ]);
  });

  it('says which side when above in none, and level when equal everywhere (never "above in none of five")', () => {
    expect(takeaways({ scores: '1 2 2 2 2', baseline: '2 2 2 2 2', label: 'Ort' })).toEqual([
      'Under medel i ett av fem områden; störst skillnad: E-förvaltning (−1,0).',
      'Below average in one of five areas; largest difference: E-government (-1.0).',
    ]);
    expect(takeaways({ scores: '2 2 2 2 2', baseline: '2 2 2 2 2', label: 'Ort' })).toEqual([
      'I nivå med medel i alla fem områden.',
      'Level with average everywhere.',
    ]);
    expect(takeaways({ scores: '2 - 2 2 2', baseline: '2 2 2 2 2', label: 'Ort' })).toEqual([
      'I nivå med medel i fyra av fem områden. Uppgift saknas för IT-plattform.',
      'Level with average in four of five areas. No data for IT platform.',
    ]);
    // Several series: a series above in none is counted as "none", not "no".
    const two = ab([1, 1, 1, 1, 1], [3, 3, 1, 1, 1], '2 2 2 2 2');
    expect(describe(two, locales.en, 'en', '').takeaway).toMatch(/^A is above average in none of five areas, B in two/);
  });

  it('says below in every area, and where the most; or that every area differs as much', () => {
    expect(takeaways({ scores: '1,5 1 1,5 1,5 1,5', baseline: '2 2 2 2 2', label: 'Ort' })).toEqual([
      'Under medel i alla fem områden, mest i IT-plattform.',
      'Below average everywhere, most in IT platform.',
    ]);
    expect(takeaways({ scores: '3 3 3 3 3', baseline: '2 2 2 2 2', label: 'Ort' })).toEqual([
      'Över medel i alla fem områden, lika mycket i alla (+1,0).',
      'Above average everywhere, by the same amount (+1.0).',
    ]);
  });

  it('names two missing areas by their short names, so no "och" chains them', () => {
    const data = parseInput({ scores: '3 - 3 3 -', baseline: '2 2 2 2 2', label: 'Ort' }).data!;
    expect(describe(data, locales.sv, 'sv', '').takeaway).toMatch(/ Uppgift saknas för IT-plattform och Styrning\.$/);
  });

  it('without a comparison, says one value as the only one and values alike as alike where they are given', () => {
    expect(takeaways({ scores: '- - 3 - -', label: 'Ort' })).toEqual([
      'Värde bara för Förändring (3,0). Uppgift saknas för E-förvaltning, IT-plattform, Samverkan och Styrning.',
      'A value only for Change (3.0). No data for E-government, IT platform, Cooperation, and Governance.',
    ]);
    // Another series' gaps are its own: the first, with all five, is the same in every area.
    const two = ab([2, 2, 2, 2, 2], [3, null, 3, 3, 3]);
    expect(describe(two, locales.sv, 'sv', '').takeaway).toMatch(/^A har samma värde i alla områden \(2,0\)\./);
    expect(takeaways({ scores: '3 - 3 - 3', label: 'Ort' })).toEqual([
      'Samma värde i de tre områden som har uppgift (3,0). Uppgift saknas för IT-plattform och Samverkan.',
      'The same value in the three areas with data (3.0). No data for IT platform and Cooperation.',
    ]);
  });

  it('without a comparison, names the highest and lowest areas, every one that shares the value', () => {
    const data = parseInput({ scores: '1 3 2 2 2', label: 'Ort' }).data!;
    // Short names, as in every takeaway: a full name's own "och" would read as two areas.
    expect(describe(data, locales.sv, 'sv', '').takeaway).toBe(
      'Högst värde i IT-plattform (3,0), lägst i E-förvaltning (1,0).',
    );
    // Several series, each by its own: the first alone left the others unsaid.
    const two = ab([1, 3, 2, 2, 2], [2, 2, 2, 2, 2]);
    expect(describe(two, locales.en, 'en', '').takeaway).toBe(
      'A scores highest in IT platform (3.0), lowest in E-government (1.0). B scores the same in every area (2.0).',
    );
    const three = ab([1, 3, 2, 2, 2], [2, 1, 3, 2, 4]);
    expect(describe(three, locales.sv, 'sv', '').takeaway).toBe(
      'A har högst värde i IT-plattform (3,0), lägst i E-förvaltning (1,0). B har högst värde i Styrning (4,0), lägst i IT-plattform (1,0).',
    );
    // Falkenberg alone: three areas share the lowest value, which named one of them as if it stood alone.
    const falkenberg = parseInput({ scores: '3,0 3,2 3,0 3,0 3,1', label: 'Falkenberg' }).data!;
    expect(describe(falkenberg, locales.sv, 'sv', '').takeaway).toBe(
      'Högst värde i IT-plattform (3,2), lägst i E-förvaltning, Förändring och Samverkan (3,0).',
    );
    // Stockholm: four areas share the highest.
    const stockholm = parseInput({ scores: '4,0 4,0 3,8 4,0 4,0', label: 'Stockholm' }).data!;
    expect(describe(stockholm, locales.en, 'en', '').takeaway).toBe(
      'Highest in E-government, IT platform, Cooperation, and Governance (4.0), lowest in Change (3.8).',
    );
  });

  it('compares several series with the baseline, each in its own words', () => {
    const data = ab([3, 3, 3, 3, 3], [1, 3, 1, 1, 1], '2 2 2 2 2');
    const text = describe(data, locales.sv, 'sv', '');
    expect(text.takeaway).toBe(
      'A ligger över medel i fem av fem områden, B i ett; störst skillnad: A i alla områden (+1,0).',
    );
    expect(text.axisNames[0]).toBe('E-förvaltning totalt: A 3,0 (+1,0), B 1,0 (−1,0), medel 2,0');
    expect(text.chartName).toBe('A och B, skala 0–4.');
  });

  it('keeps a spreadsheet from running a label as a formula', () => {
    const data = parseInput({ scores: '1 1 1 1 1', label: '=HYPERLINK("x")' }).data!;
    expect(toCsv(data, describe(data, locales.en, 'en', ''), locales.en).split('\r\n')[0]).toBe(
      `Area,"'=HYPERLINK(""x"")"`,
    );
  });
});

group('takeaways for several series and table headers', () => {
  it('give the largest difference across all series, naming the series', () => {
    const { data } = parseInput({
      series: [
        { label: 'Falkenberg', scores: [3.0, 3.2, 3.0, 3.0, 3.1] },
        { label: 'Stockholm', scores: [4.0, 4.0, 3.8, 4.0, 4.0] },
      ],
      baseline: [2.1, 2.1, 2.0, 2.0, 2.0],
    });
    const sv = describe(data!, locales.sv, 'sv', '').takeaway;
    expect(sv).toMatch(/störst skillnad: Stockholm i Samverkan och Styrning \(\+2,0\)\.$/);
    expect(sv).not.toMatch(/ och .* och .* och /);
    expect(describe(data!, locales.en, 'en', '').takeaway).toMatch(
      /largest difference: Stockholm in Cooperation and Governance \(\+2\.0\)\.$/,
    );
  });

  it("say a table header's built-in comparison name as the sentence says it, not capitalised mid-sentence", () => {
    const sv = parseInput({ ...FALKENBERG, baselineLabel: 'Medel samtliga kommuner' }).data!;
    expect(describe(sv, locales.sv, 'sv', '').takeaway).toMatch(/^Över medel i alla/);
    const en = parseInput({ ...FALKENBERG, baselineLabel: 'Average of all municipalities' }).data!;
    expect(describe(en, locales.en, 'en', '').takeaway).toMatch(/^Above average everywhere/);
    // A proper name is the author's, kept as written; "Riket" is an ordinary word in a sentence ("över riket").
    const own = parseInput({ ...FALKENBERG, baselineLabel: 'Halland' }).data!;
    expect(describe(own, locales.sv, 'sv', '').takeaway).toMatch(/^Över Halland i alla/);
    const country = parseInput({ ...FALKENBERG, baselineLabel: 'Riket' }).data!;
    expect(describe(country, locales.sv, 'sv', '').takeaway).toMatch(/^Över riket i alla/);
  });

  it('say an own comparison named by a common word in lower case mid-sentence, and show it as typed alone', () => {
    const county = parseInput({ ...FALKENBERG, baselineLabel: 'Medel i Hallands län' }).data!;
    const text = describe(county, locales.sv, 'sv', '');
    expect(text.takeaway).toMatch(/^Över medel i Hallands län i alla fem områden/);
    expect(text.axisNames[0]).toBe('E-förvaltning totalt: 3,0, medel i Hallands län 2,1, +0,9');
    expect(text.baselineLabel).toBe('Medel i Hallands län');
    for (const [label, said] of [
      ['Genomsnitt för länet', 'genomsnitt för länet'],
      ['Average of the county', 'average of the county'],
      ['Median 2009', 'median 2009'],
      ['Medelpad', 'Medelpad'],
      ['Halland', 'Halland'],
      // Ordinary words too, not a proper name: "Över Förra året" read as a name.
      ['Förra året', 'förra året'],
      ['Alla kommuner i länet', 'alla kommuner i länet'],
      ['Riket', 'riket'],
      ['Previous year', 'previous year'],
      ['Hela landet', 'hela landet'],
      ['Kommunerna i Halland', 'kommunerna i Halland'],
      ['Allingsås', 'Allingsås'],
    ]) {
      const data = parseInput({ ...FALKENBERG, baselineLabel: label }).data!;
      expect(describe(data, locales.sv, 'sv', '').baselineShort, label).toBe(said);
    }
  });
});

group('the takeaway of several series', () => {
  it('says once that all are above everywhere, then whose difference is largest', () => {
    const data = parseInput({
      series: [
        { label: 'Falkenberg', scores: [3.0, 3.2, 3.0, 3.0, 3.1] },
        { label: 'Stockholm', scores: [4.0, 4.0, 3.8, 4.0, 4.0] },
      ],
      baseline: '2,1 2,1 2,0 2,0 2,0',
    }).data!;
    // Two are "båda", "both"; three or more "samtliga", "all of them".
    expect(describe(data, locales.sv, 'sv', '').takeaway).toBe(
      'Båda ligger över medel i alla fem områden; störst skillnad: Stockholm i Samverkan och Styrning (+2,0).',
    );
    expect(describe(data, locales.en, 'en', '').takeaway).toMatch(
      /^Both are above average everywhere; largest difference: Stockholm/,
    );
    const three = { ...data, series: [...data.series, { label: 'Täby', values: [3, 3, 3, 3, 3] }] };
    expect(describe(three, locales.sv, 'sv', '').takeaway).toMatch(/^Samtliga ligger över medel i alla fem områden;/);
    expect(describe(three, locales.en, 'en', '').takeaway).toMatch(/^All of them are above average everywhere;/);
  });
});

group('right-to-left names in a Swedish or English sentence', () => {
  it('are isolated, so the bidi algorithm keeps each value after its name', () => {
    const areas = (labels: string[]) => labels.map((label, i) => ({ key: `a${i}`, label }));
    const [sv] = takeaways({ areas: areas(['עברית', 'الحكومة', 'Tre', 'Fyra', 'Fem']), scores: '3 1 2 2 2' });
    // U+2068 … U+2069 around each right-to-left name; the Latin ones as they were.
    expect(sv).toBe('Högst värde i \u2068עברית\u2069 (3,0), lägst i \u2068الحكومة\u2069 (1,0).');
    // In a list, each name on its own: isolated whole, a list starting with a Hebrew name ran right to left.
    const [tied] = takeaways({ areas: areas(['Ett', 'עברית', 'الحكومة', 'Fyra', 'Fem']), scores: '3 1 1 2 2' });
    expect(tied).toBe('Högst värde i Ett (3,0), lägst i \u2068עברית\u2069 och \u2068الحكومة\u2069 (1,0).');
    const [, en] = takeaways({ areas: areas(['Ett', 'Två', 'Tre', 'Fyra', 'Fem']), scores: '3 1 2 2 2' });
    expect(en).not.toMatch(/[\u2068\u2069]/);
  });
});

group('names around the radar', () => {
  it('say "(saknas)" by an area no series has a value for, and are the shared names otherwise', () => {
    const missing = parseInput({ scores: '3 - 2,5 3 3,5', baseline: '2 2 2 2 2' }).data!;
    const text = describe(missing, locales.sv, 'sv', '');
    expect(text.radarShort).toEqual(['E-förvaltning', 'IT-plattform (saknas)', 'Förändring', 'Samverkan', 'Styrning']);
    expect(text.radarLabels[1]).toBe('IT-plattform, hård och mjuk infrastruktur (saknas)');
    expect(describe(missing, locales.en, 'en', '').radarShort[1]).toBe('IT platform (no data)');
    // Nothing missing: the very arrays every chart with these names shares (one frame for them all).
    const whole = describe(falkenberg, locales.sv, 'sv', '');
    expect(whole.radarLabels).toBe(whole.areaLabels);
    expect(whole.radarShort).toBe(whole.areaShort);
    // One of two municipalities without a value: its line stops there, the other's does not; the name is the name.
    const one = ab('3 - 3 3 3', '2 2 2 2 2');
    expect(describe(one, locales.sv, 'sv', '').radarShort[1]).toBe('IT-plattform');
  });
});
