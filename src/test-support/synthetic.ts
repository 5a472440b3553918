/** Synthetic dossier feeds for tests and benchmarks: clearly fictional, generated, served as data: URLs. */
export interface SyntheticOptions {
  initiatives: number;
  /** Centre and spread (degrees) of the random places. */
  centre?: [lat: number, lon: number];
  spread?: number;
  /** Put every initiative at exactly the same place. */
  samePlace?: boolean;
  seed?: number;
}

/** A small deterministic PRNG (mulberry32), so every run places the points identically. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticFeed({ initiatives, centre = [45.6, 3.2], spread = 0.8, samePlace = false, seed = 1 }: SyntheticOptions) {
  const rand = random(seed);
  const themes = [
    { id: 'theme-a', name: 'Thème fictif A' },
    { id: 'theme-b', name: 'Thème fictif B' },
    { id: 'theme-c', name: 'Thème fictif C' },
  ];
  const places = Array.from({ length: initiatives }, (_, i) => ({
    id: `p${i}`,
    name: `Lieu fictif ${i}`,
    lat: samePlace ? centre[0] : centre[0] + (rand() - 0.5) * spread,
    lon: samePlace ? centre[1] : centre[1] + (rand() - 0.5) * spread * 1.4,
    department: '63',
  }));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Annuaire fictif',
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
        themes: [themes[i % 3]!.id],
        actors: ['acteur-fictif'],
        summary: 'Une initiative inventée pour les tests.',
      })),
    },
  };
}

export const dataUrl = (json: unknown) => `data:application/feed+json,${encodeURIComponent(JSON.stringify(json))}`;
