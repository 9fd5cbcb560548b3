/**
 * A function that remembers its last call: called again with the same arguments (`Object.is`, one by one), it
 * returns the value it made then instead of computing it again. The chart's pipeline is a chain of these, one per
 * stage (model/chart.ts): a render that changed only the width lays out again but does not re-parse or re-word.
 * One value, not a table: a chart's inputs change over time, and only the current one is asked for again.
 *
 * An object with a method rather than a closure: every chart holds a dozen of these, and an object with three
 * fields is about half the memory of a closure with its context (a heap snapshot of an overview page).
 */
export class Memo<Args extends readonly unknown[], Value> {
  #last?: Args;
  #value?: Value;

  constructor(private readonly compute: (...args: Args) => Value) {}

  get(...args: Args): Value {
    const last = this.#last;
    if (!last || args.length !== last.length || args.some((arg, i) => !Object.is(arg, last[i]))) {
      this.#value = this.compute(...args);
      this.#last = args;
    }
    return this.#value as Value;
  }
}
