import { formatList } from '../i18n/format.js';
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

/** Each rejected input as one localized sentence naming the attribute and the value, or its bad values. */
export function problemLines(
  problems: readonly Problem[],
  strings: Strings,
  areaCount: number,
  lang: string,
): string[] {
  // The language's quotation marks, as its one-value sentence has them (”…” in Swedish, “…” in English): a value
  // holding ASCII quotes (JSON, a pasted "label") then reads as one value, not as quotes doubled.
  const [, open = '"', close = open] =
    /([\p{Pi}\p{Pf}\p{Ps}"'„‚])\{value\}([\p{Pi}\p{Pf}\p{Pe}"'])/u.exec(strings.errors['not-a-number']) ?? [];
  return problems.map(({ code, attribute, value, values, params }) => {
    // Only a value's faults gather several values (input/parse.ts); quoted as the one-value sentences quote them.
    const many = values && values.length > 1;
    const quoted = many ? values.map((each) => (code === 'out-of-range' ? each : `${open}${each}${close}`)) : [];
    return fill(strings.errors[many ? (`${code}-many` as 'not-a-number-many' | 'out-of-range-many') : code], {
      attribute,
      value,
      values: formatList(quoted, lang),
      n: areaCount,
      ...params,
    });
  });
}
