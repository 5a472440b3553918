/**
 * `compute`, remembering its last result and the arguments it came from (as the memoize-one
 * package does): it runs again only when an argument is not the same (===) as last time,
 * strings by value and objects by identity. What a result depends on is thus exactly the
 * function's parameter list, typed.
 *
 * @example
 * ```ts
 * const filtered = memoizeOne((all: Initiative[], topic: string) => all.filter((i) => i.themes.some((t) => t.id === topic)));
 * filtered(all, 'jardins'); // computed
 * filtered(all, 'jardins'); // the same array, not computed again
 * ```
 */
export function memoizeOne<Args extends unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let last: Args | undefined;
  let result: Result;
  return (...args) => {
    if (!last || args.some((arg, i) => arg !== last![i])) {
      result = compute(...args);
      last = args;
    }
    return result;
  };
}
