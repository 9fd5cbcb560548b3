import type { ProblemCode } from '../i18n/strings.js';

/** One axis of the chart: a survey area. */
export interface Area {
  /** Stable key, used in object-form scores (`{egov: 3.0, …}`). */
  key: string;
  /** Visible name; defaults to the built-in Swedish/English name for the five SKL keys. */
  label?: string;
  /** A shorter name that narrow charts show around the plot (the full one stays in the table and for screen readers); built in for the five SKL keys. */
  short?: string;
}

/** A score for one area; `null` means the value is missing ("uppgift saknas"), never zero. */
export type Value = number | null;

/** Scores in any accepted form: a string (attribute), an array, or an object keyed by area key. */
export type ScoresInput =
  string | readonly (number | string | null)[] | Readonly<Record<string, number | string | null>>;

/** One compared series for the `series` property. */
export interface SeriesInput {
  label: string;
  scores: ScoresInput;
}

/** A validated series: one value per area, in area order. */
export interface Series {
  label: string;
  values: Value[];
}

/** Why an input was rejected, with what is needed to say it in any locale. */
export interface Problem {
  code: ProblemCode;
  /** The attribute or property the value came from. */
  attribute: string;
  /** The offending value, shortened for display; several of one list, separated by spaces. */
  value: string;
  /** Each offending value of a list, when there are several (one problem, one message and one event for them). */
  values?: string[];
  params?: Record<string, string | number>;
}

/** Everything the model needs, validated. */
export interface ChartData {
  areas: readonly Area[];
  series: Series[];
  baseline: Series | null;
  min: number;
  max: number;
}
