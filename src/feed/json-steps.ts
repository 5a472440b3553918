/**
 * `JSON.parse` in steps, for feed bodies too big to parse in one go without freezing the page:
 * a generator that returns what `JSON.parse(text)` returns (or throws a `SyntaxError` where it
 * would), and yields between values, so that a driver (big-feed.ts) can give the main thread
 * back every few milliseconds.
 *
 * The parsing itself stays native: any value that ends within `SLICE` characters of its start
 * (every entry of a dossier's lists) goes to `JSON.parse` whole. Only the containers longer than
 * that (the feed, `_dossier`, its big arrays) are walked here, member by member. Finding where a
 * value ends is a scan of its structure (brackets, commas, and strings skipped with `indexOf`),
 * so each character is scanned about once and parsed once, natively.
 */

/**
 * A value that ends within this many characters is parsed by one `JSON.parse` call: well under
 * a millisecond on a slow phone.
 */
const SLICE = 1 << 16;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** JSON's insignificant whitespace: space, tab, line feed, carriage return. */
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * Parses `text` as `JSON.parse` does, in steps (one `yield` per member of a big container).
 * Throws a `SyntaxError` for text that is not JSON.
 */
export function* parseJsonSteps(text: string): Generator<void, unknown> {
  const length = text.length;
  let i = 0;

  const fail = (message: string): never => {
    throw new SyntaxError(`${message} at position ${i}`);
  };

  const skipSpace = () => {
    while (i < length && isSpace(text.charCodeAt(i))) i++;
  };

  /** The index just past the string whose opening quote is at `from` (its closing quote + 1). */
  const stringEnd = (from: number) => {
    let j = from;
    for (;;) {
      j = text.indexOf('"', j + 1);
      if (j < 0) return length;
      // Escaped when an odd number of backslashes precede it.
      let k = j;
      while (text.charCodeAt(k - 1) === BACKSLASH) k--;
      if ((j - k) % 2 === 0) return j + 1;
    }
  };

  /**
   * Where the value starting at `from` ends: the index of the comma or bracket that follows it
   * (or past the bracket that closes it, for a container), or `length`. -1 when it does not end
   * within `limit` characters. Only structure is checked; `JSON.parse` checks the rest.
   */
  const valueEnd = (from: number, limit: number) => {
    let depth = 0;
    let j = from;
    for (; j < length; j++) {
      if (j - from >= limit) return -1;
      const code = text.charCodeAt(j);
      if (code === QUOTE) j = stringEnd(j) - 1;
      else if (code === OPEN_ARRAY || code === OPEN_OBJECT) depth++;
      else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
        // A bracket at depth 0 closes the parent: the value ended before it.
        if (!depth) return j;
        if (!--depth) return j + 1;
      } else if (code === COMMA && !depth) return j;
    }
    return j;
  };

  /** `JSON.parse` of text[from, to), its errors placed in the whole text. */
  const parseSlice = (from: number, to: number) => {
    try {
      return JSON.parse(text.slice(from, to)) as unknown;
    } catch (error) {
      throw new SyntaxError(`${(error as Error).message} (in the value at position ${from})`, { cause: error });
    }
  };

  /** The next value, from `i`; leaves `i` just past it. */
  function* value(): Generator<void, unknown> {
    skipSpace();
    const start = i;
    const code = text.charCodeAt(start);
    const container = code === OPEN_ARRAY || code === OPEN_OBJECT;
    // A string or a number is parsed whole, however long.
    const end = valueEnd(start, container ? SLICE : Infinity);
    if (end >= 0) {
      i = end;
      return parseSlice(start, end);
    }
    i++;
    skipSpace();
    return code === OPEN_ARRAY ? yield* array() : yield* object();
  }

  /** The members of a big array, `i` just past its `[`. */
  function* array(): Generator<void, unknown[]> {
    const out: unknown[] = [];
    if (text.charCodeAt(i) === CLOSE_ARRAY) {
      i++;
      return out;
    }
    for (;;) {
      yield;
      out.push(yield* value());
      skipSpace();
      const code = text.charCodeAt(i++);
      if (code === CLOSE_ARRAY) return out;
      if (code !== COMMA) fail('expected "," or "]"');
    }
  }

  /** The members of a big object, `i` just past its `{`. */
  function* object(): Generator<void, Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    if (text.charCodeAt(i) === CLOSE_OBJECT) {
      i++;
      return out;
    }
    for (;;) {
      yield;
      skipSpace();
      if (text.charCodeAt(i) !== QUOTE) fail('expected a string key');
      const keyEnd = stringEnd(i);
      const key = parseSlice(i, keyEnd) as string;
      i = keyEnd;
      skipSpace();
      if (text.charCodeAt(i++) !== COLON) fail('expected ":"');
      // Defined rather than assigned, as JSON.parse does: a "__proto__" key is an own
      // property, never the object's prototype.
      Object.defineProperty(out, key, { value: yield* value(), writable: true, enumerable: true, configurable: true });
      skipSpace();
      const code = text.charCodeAt(i++);
      if (code === CLOSE_OBJECT) return out;
      if (code !== COMMA) fail('expected "," or "}"');
    }
  }

  const result = yield* value();
  skipSpace();
  if (i < length) fail('unexpected text after the JSON value');
  return result;
}
