// @ts-check
/**
 * Synthetic dossier feeds, clearly fictional, generated and deterministic: for the map's tests
 * and stories (served as data: URLs) and for its benchmark (scripts/bench/map.mjs). Plain
 * JavaScript with JSDoc types, so that the benchmark imports it in plain Node, and the tests
 * and stories through esbuild and Vite, typed (tsconfig.json: allowJs).
 */

/**
 * A small deterministic PRNG (mulberry32), so every run generates the same data.
 * @param {number} seed
 * @returns {() => number} The next number in [0, 1).
 */
export function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @typedef {[south: number, west: number]} SouthWest */
/** @typedef {[north: number, east: number]} NorthEast */

/** Most of the four Auvergne départements (Allier, Cantal, Haute-Loire, Puy-de-Dôme): [[south, west], [north, east]]. */
export const AUVERGNE = /** @type {[SouthWest, NorthEast]} */ ([
  [45, 2.3],
  [46.5, 4.0],
]);

/**
 * Rough département of a point in Auvergne (for the feed's `department` field and filters).
 * @param {number} lat
 * @param {number} lon
 */
export const departmentOf = (lat, lon) => (lat > 46.1 ? '03' : lat < 45.35 ? (lon < 3.1 ? '15' : '43') : '63');

/**
 * @typedef {object} SyntheticOptions
 * @property {number} initiatives How many initiatives, each at its own place.
 * @property {[SouthWest, NorthEast]} [box] Where the places fall, uniformly (default: AUVERGNE).
 *   A box of one point puts every initiative at the same place.
 * @property {number} [seed] Another seed, other places.
 */

/**
 * A dossier feed of `initiatives` initiatives at random places in `box` (coordinates rounded to
 * 5 decimals, about a metre), three themes, one actor.
 * @param {SyntheticOptions} options
 */
export function syntheticFeed({ initiatives, box = AUVERGNE, seed = 1 }) {
  const rand = prng(seed);
  const [[south, west], [north, east]] = box;
  /** @param {number} x */
  const round = (x) => +x.toFixed(5);
  const themes = [
    { id: 'theme-a', name: 'Thème fictif A' },
    { id: 'theme-b', name: 'Thème fictif B' },
    { id: 'theme-c', name: 'Thème fictif C' },
  ];
  const places = Array.from({ length: initiatives }, (_, i) => {
    const lat = round(south + rand() * (north - south));
    const lon = round(west + rand() * (east - west));
    return { id: `p${i}`, name: `Lieu fictif ${i}`, lat, lon, department: departmentOf(lat, lon) };
  });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Initiatives fictives',
    language: 'fr',
    items: [],
    _dossier: {
      version: 1,
      id: `synthetic-${initiatives}`,
      themes,
      places,
      actors: [{ id: 'acteur-fictif', kind: 'organisation', name: 'Association Fictive' }],
      initiatives: places.map((p, i) => ({
        id: `i${i}`,
        name: `Initiative fictive ${i}`,
        place: p.id,
        themes: [/** @type {{ id: string }} */ (themes[i % themes.length]).id],
        actors: ['acteur-fictif'],
        summary: 'Une initiative inventée pour les tests et le banc d’essai.',
      })),
    },
  };
}

/**
 * The feed as a data: URL, for an element's `feed` attribute.
 * @param {unknown} json
 */
export const dataUrl = (json) => `data:application/feed+json,${encodeURIComponent(JSON.stringify(json))}`;
