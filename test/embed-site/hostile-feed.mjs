/**
 * A hostile copy of a feed, for the export's escaping tests: every string that validation
 * (`dossier-widgets validate`, which the export requires) accepts with extra characters carries markup that would break out of an attribute, a comment, a
 * template, a style or a script, or run code if it were ever parsed as HTML; every id gets
 * `../` and spaces (and the same markup), consistently wherever it is referenced. Fields the
 * feed would be invalid with (dates, enumerations, codes, languages) keep their values, and are listed.
 */
import { validateFeed } from '../../dist/node/index.js';

/** What every accepted string carries. */
export const PAYLOAD =
  `" ' <!-- --> </template> </style> </script> <script>alert(1)</script> " onanimationstart="alert(2)" ` +
  `<img src=x onerror=alert(3)> </title> </textarea> </noscript> ]]> <svg onload=alert(4)> \u2028 &amp; --!>`;

/** An id made hostile: a path climb, spaces, the payload. */
export const hostileId = (id) => `../../${id} x/../${PAYLOAD}`;

const FEED_URL = 'https://media.example/dossiers/fictif/feed.json';
const valid = (json) => validateFeed(json, { baseUrl: FEED_URL }).valid;

/** Every string leaf of `value`, as [path, parent, key]. */
function* strings(value, path = []) {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* visit(value, i, v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* visit(value, k, v, [...path, k]);
}
function* visit(parent, key, value, path) {
  if (typeof value === 'string') yield [path, parent, key];
  else yield* strings(value, path);
}

/** `{ feed, kept }`: the hostile feed, and the paths of the strings that could not be dressed. */
export function hostileFeed(source) {
  const feed = structuredClone(source);
  // Ids first, the same everywhere they appear (an id field, or a reference to one).
  const ids = new Set();
  for (const [, parent, key] of strings(feed._dossier)) if (key === 'id') ids.add(parent[key]);
  for (const item of feed.items ?? []) ids.add(String(item.id));
  for (const [, parent, key] of strings(feed)) if (ids.has(parent[key])) parent[key] = hostileId(parent[key]);
  if (!valid(feed)) throw new Error('the hostile ids made the feed invalid');

  // Then every other string, where the feed stays valid: text gets the payload, a URL gets it
  // in its query and fragment (where the URL parser percent-encodes what it must).
  const kept = [];
  for (const [path, parent, key] of strings(feed)) {
    const original = parent[key];
    if (original.startsWith('../../')) continue;
    const variants = /^(https?:|\/)/.test(original) ? [`${original}?q=${PAYLOAD}#${PAYLOAD}`] : [`${original} ${PAYLOAD}`, `${PAYLOAD} ${original}`];
    const taken = variants.find((variant) => {
      parent[key] = variant;
      if (valid(feed)) return true;
      parent[key] = original;
      return false;
    });
    if (!taken) kept.push(path.join('.'));
  }
  return { feed, kept };
}
