import { fill, type Strings } from '../i18n/strings.js';
import type { Problem } from '../input/types.js';

/** What an author says about the data, shown under the chart and kept in every export. */
export interface Credits {
  source?: string;
  notes?: string;
  byline?: string;
}

/** The lines under the chart, in order: "Källa: …", the notes, the byline. Empty ones are left out. */
export function creditLines(credits: Credits, strings: Strings): string[] {
  const source = credits.source?.trim();
  return [
    source ? fill(strings.sourceLine, { source }) : '',
    credits.notes?.trim() ?? '',
    credits.byline?.trim() ?? '',
  ].filter((line) => line !== '');
}

/** Each rejected input as one localized sentence naming the attribute and the value. */
export function problemLines(problems: readonly Problem[], strings: Strings, areaCount: number): string[] {
  return problems.map((problem) =>
    fill(strings.errors[problem.code], {
      attribute: problem.attribute,
      value: problem.value,
      n: areaCount,
      ...problem.params,
    }),
  );
}
