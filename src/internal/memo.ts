/**
 * A function that remembers its last call: called again with the same arguments (`Object.is`, one by one), it
 * returns the value it made then instead of computing it again. The chart's pipeline is a chain of these, one per
 * stage (model/chart.ts): a render that changed only the width lays out again but does not re-parse or re-word.
 * One value, not a table: a chart's inputs change over time, and only the current one is asked for again.
 */
export function memoize<Args extends readonly unknown[], Value>(
  compute: (...args: Args) => Value,
): (...args: Args) => Value {
  let last: Args | undefined;
  let value: Value;
  return (...args: Args): Value => {
    if (!last || args.length !== last.length || args.some((arg, i) => !Object.is(arg, last![i]))) {
      value = compute(...args);
      last = args;
    }
    return value;
  };
}
