import { describe, expect, it } from 'vitest';
import { tableToInput } from '../src/input/table.js';
import { parseInput } from '../src/input/parse.js';
import { describe as describeChart } from '../src/model/describe.js';
import { locales } from '../src/i18n/strings.js';

describe('tableToInput', () => {
  it('reads area rows, a column per series and the last column as the comparison', () => {
    const input = tableToInput({
      head: ['Område', 'Falkenberg', 'Medel samtliga kommuner'],
      rows: [
        ['E-förvaltning totalt', '3,0', '2,1'],
        ['IT-plattform, hård och mjuk infrastruktur', '3,2', '2,1'],
        ['Förändringsledning och kommunikation', '3,0', '2,0'],
        ['Samverkan och IT-ekonomi', '3,0', '2,0'],
        ['Styrning och ledning', '3,1', '2,0'],
      ],
      baselineColumn: -1,
    });
    const { data, problems } = parseInput(input);
    expect(problems).toEqual([]);
    expect(data?.areas.map((a) => a.key)).toEqual(['egov', 'platform', 'change', 'cooperation', 'governance']);
    // The built-in short names come with the built-in full names, as from attributes: narrow charts and the
    // takeaway ("mest i IT-plattform och Styrning") say the same from a table.
    expect(data?.areas.map((a) => a.short)).toEqual([
      'E-förvaltning',
      'IT-plattform',
      'Förändring',
      'Samverkan',
      'Styrning',
    ]);
    expect(data?.series).toEqual([{ label: 'Falkenberg', values: [3, 3.2, 3, 3, 3.1] }]);
    expect(data?.baseline).toEqual({ label: 'Medel samtliga kommuner', values: [2.1, 2.1, 2, 2, 2] });
    expect(describeChart(data!, locales.sv, 'sv', '').takeaway).toBe(
      'Över medel i alla fem områden, mest i IT-plattform och Styrning.',
    );
  });

  it('gives an English table the English short names', () => {
    const { data } = parseInput(
      tableToInput({
        head: ['Area', 'Ort'],
        rows: [
          ['IT platform, hard and soft infrastructure', '3'],
          ['Governance and leadership', '2'],
          ['Cooperation and IT economy', '1'],
        ],
        baselineColumn: -1,
      }),
    );
    expect(data?.areas.map((a) => a.short)).toEqual(['IT platform', 'Governance', 'Cooperation']);
  });

  it('takes the column marked data-baseline, English numbers, and unknown areas', () => {
    const { data } = parseInput(
      tableToInput({
        head: ['Area', 'Average', 'A', 'B'],
        rows: [
          ['One', '2.0', '3.0', '1.5'],
          ['Two', '2.0', '3.5', '1.0'],
          ['Three', '2.0', '4.0', '0.5'],
        ],
        baselineColumn: 1,
      }),
    );
    expect(data?.areas).toEqual([
      { key: 'area-1', label: 'One' },
      { key: 'area-2', label: 'Two' },
      { key: 'area-3', label: 'Three' },
    ]);
    expect(data?.series.map((s) => s.label)).toEqual(['A', 'B']);
    expect(data?.baseline?.values).toEqual([2, 2, 2]);
  });

  it("reads a CMS table's columns by their headers: the average as the comparison, a difference not drawn", () => {
    // A table editor's table, no attributes: "Skillnad" was drawn as the comparison and the average as a series.
    const rows = [
      ['E-förvaltning totalt', '3,0', '2,1', '+0,9'],
      ['IT-plattform, hård och mjuk infrastruktur', '3,2', '2,1', '+1,1'],
      ['Förändringsledning och kommunikation', '3,0', '2,0', '+1,0'],
      ['Samverkan och IT-ekonomi', '3,0', '2,0', '+1,0'],
      ['Styrning och ledning', '3,1', '2,0', '+1,1'],
    ];
    const read = (head: string[], order = [0, 1, 2, 3]) =>
      parseInput(
        tableToInput({
          head: order.map((i) => head[i]!),
          rows: rows.map((r) => order.map((i) => r[i]!)),
          baselineColumn: -1,
        }),
      ).data!;
    for (const head of [
      ['Område', 'Falkenberg', 'Medel samtliga kommuner', 'Skillnad'],
      ['Område', 'Falkenberg', 'Riket', 'Skillnad mot riket'],
      ['Area', 'Falkenberg', 'Average of all municipalities', 'Difference'],
      ['Område', 'Falkenberg', 'Medelvärde', '+/-'],
      ['Område', 'Falkenberg', 'Riksgenomsnitt', 'Diff'],
      ['Område', 'Falkenberg', 'Länet', 'Skillnad mot länet'],
      ['Area', 'Falkenberg', 'All municipalities', 'Difference'],
      ['Area', 'Falkenberg', 'Sweden', '±'],
    ]) {
      const data = read(head);
      expect(data.series).toEqual([{ label: 'Falkenberg', values: [3, 3.2, 3, 3, 3.1] }]);
      expect(data.baseline).toEqual({ label: head[2], values: [2.1, 2.1, 2, 2, 2] });
    }
    // The comparison first, before the municipality.
    const first = read(['Område', 'Falkenberg', 'Medel', 'Skillnad'], [0, 2, 1, 3]);
    expect(first.series.map((s) => s.label)).toEqual(['Falkenberg']);
    expect(first.baseline?.label).toBe('Medel');
    // Two averages: the later one is the comparison, as the last column was; an average alone is drawn.
    expect(read(['Område', 'Medel 2023', 'Medel 2024', 'Skillnad']).baseline?.label).toBe('Medel 2024');
    expect(read(['Område', 'Medel samtliga kommuner', 'Skillnad', 'Diff']).series.map((s) => s.label)).toEqual([
      'Medel samtliga kommuner',
    ]);
    // Municipalities only: all series, no comparison (the last of four nominees was drawn as the average); a name
    // that only begins with such a word is a name.
    expect(read(['Område', 'Falkenberg', 'Järfälla', 'Täby']).baseline).toBeNull();
    expect(read(['Område', 'Falkenberg', 'Järfälla', 'Täby']).series.map((s) => s.label)).toEqual([
      'Falkenberg',
      'Järfälla',
      'Täby',
    ]);
    expect(read(['Område', 'Medelpad', 'Snittlanda', 'Täby']).baseline).toBeNull();
    expect(read(['Område', 'Falkenberg', 'Skillnadsby', 'Täby']).series.map((s) => s.label)).toEqual([
      'Falkenberg',
      'Skillnadsby',
      'Täby',
    ]);
  });

  it('reads a table with the areas across and a row per municipality', () => {
    // As a spreadsheet has it: read down, it was "antal områden … är 2", naming an `areas` the editor never set.
    const head = ['Kommun', 'E-förvaltning totalt', 'IT-plattform, hård och mjuk infrastruktur'];
    const more = ['Förändringsledning och kommunikation', 'Samverkan och IT-ekonomi', 'Styrning och ledning'];
    const rows = [
      ['Falkenberg', '3,0', '3,2', '3,0', '3,0', '3,1'],
      ['Medel samtliga kommuner', '2,1', '2,1', '2,0', '2,0', '2,0'],
    ];
    for (const table of [
      { head: [...head, ...more], rows },
      // The short names across.
      { head: ['Kommun', 'E-förvaltning', 'IT-plattform', 'Förändring', 'Samverkan', 'Styrning'], rows },
      // Three rows, known areas across.
      { head: [...head, ...more], rows: [rows[0]!, ['Järfälla', '2,9', '3,4', '2,6', '3,0', '2,8'], rows[1]!] },
    ]) {
      const { data, problems } = parseInput(tableToInput({ ...table, baselineColumn: -1 }));
      expect(problems).toEqual([]);
      expect(data?.areas.map((a) => a.key)).toEqual(['egov', 'platform', 'change', 'cooperation', 'governance']);
      expect(data?.series[0]).toEqual({ label: 'Falkenberg', values: [3, 3.2, 3, 3, 3.1] });
      expect(data?.baseline).toEqual({ label: 'Medel samtliga kommuner', values: [2.1, 2.1, 2, 2, 2] });
    }
    // Two rows of the author's own areas are not turned round: they might be either way, and are reported.
    const two = tableToInput({ head: ['', 'Ett', 'Två', 'Tre'], rows: [['Ort', '1', '2', '3']], baselineColumn: -1 });
    expect(parseInput(two).data).toBeNull();
  });
});
