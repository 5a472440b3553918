/**
 * The last result of a function, kept with the arguments it was computed from: computed again
 * only when an argument is not the same (===) as last time, strings by value and objects by
 * identity. What a result depends on is thus exactly the function's parameter list, typed.
 *
 * @example
 * ```ts
 * const filtered = new Memo((all: Initiative[], topic: string) => all.filter((i) => i.themes.some((t) => t.id === topic)));
 * filtered.get(all, 'jardins'); // computed
 * filtered.get(all, 'jardins'); // the same array, not computed again
 * ```
 */
export class Memo<Args extends unknown[], Result> {
  private args?: Args;
  private result?: Result;

  constructor(private readonly compute: (...args: Args) => Result) {}

  get(...args: Args): Result {
    const last = this.args;
    if (!last || args.some((arg, i) => arg !== last[i])) {
      this.result = this.compute(...args);
      this.args = args;
    }
    return this.result!;
  }
}
