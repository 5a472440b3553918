/**
 * The script-tag builds (tsc writes the unbundled npm build next to them):
 *
 * - dist/cdn/loader.js: the small loader (src/loader.ts); each element is a code-split chunk
 *   in dist/cdn/chunks/, loaded when its tag appears, sharing Lit and the core chunk.
 * - dist/cdn/dossier-widgets.js: everything in one file, for partners who want one file.
 *
 * Chunk names carry a content hash, so a CDN can cache them forever; the two entry names are
 * stable and versioned by the package's URL. Six hash characters (36 bits) are plenty to tell
 * one build's chunk from another's under one URL, and each character the loader names is an
 * incompressible byte on every page.
 */
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import inlineVersion from './scripts/rollup/inline-version.mjs';
import chunkIntegrity from './scripts/rollup/chunk-integrity.mjs';
import integrity from './scripts/rollup/integrity.mjs';
import minifyCssLiterals, { collapseTemplateWhitespace } from './scripts/rollup/minify-css-literals.mjs';

/** Exported for the bench, which builds a reference bundle the same way. */
export const plugins = () => [
  inlineVersion(),
  minifyCssLiterals(),
  // Lit's production build: no dev-mode warnings, smaller.
  resolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' }),
  terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
  collapseTemplateWhitespace(),
  // Last to render: each chunk's sha384 into the files that import it (after minification).
  // The loader's lists name files from its chunks/ (chunkFileNames below).
  chunkIntegrity({ module: /\/src\/chunk-integrity\.ts$/, chunksDir: 'chunks' }),
  integrity(),
];

/**
 * One shared chunk, `core`: Lit and what every widget runs (the base element and its data path:
 * context request, store, parser, theme, strings; the avatar of quote, card and intro; define).
 * A one-widget page then downloads three files: the loader, the widget's chunk and the core.
 * The roots below pull their static imports in with them; everything else is left to Rollup,
 * so an element's own code stays in its own chunk (a quote page never downloads the map) and
 * <dossier-feed>'s context provider stays in dossier-feed's chunk.
 *
 * The element table (its chunk map) stays in the loader. The version is no module of its own
 * here: inline-version writes it into the loader and into define.ts, so that the core chunk
 * imports nothing from loader.js.
 */
const CORE = /\/src\/core\/(dossier-element|define|avatar)\.ts$/;
const LOADER = /\/src\/(loader|elements)\.ts$/;
const manualChunks = (id) => (LOADER.test(id) ? 'loader' : CORE.test(id) ? 'core' : undefined);

export default [
  {
    input: { loader: 'src/loader.ts' },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash:6].js',
      manualChunks,
      hoistTransitiveImports: false,
      sourcemap: true,
      // `chunks/core.map` rather than `chunks/core-3fZx9a.js.map`: each page file ends with a
      // comment naming its map, where the hash would be incompressible bytes (−19 B on the quote
      // page). Maps need no hash: the package's URL versions them, and Rollup numbers a name
      // that two chunks share (`index2.map`).
      sourcemapFileNames: ({ isEntry }) => (isEntry ? '[name].map' : 'chunks/[name].map'),
    },
    plugins: plugins(),
  },
  {
    // The embed generator (demo/generator.html): a tool for partners, not part of their pages.
    input: { 'embed-generator': 'src/generator/index.ts' },
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true, sourcemap: true },
    plugins: plugins(),
  },
  {
    // The script of the exported embed pages (dossier-widgets export), run before the loader.
    input: { 'embed-page': 'src/embed-site/embed-page.ts' },
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', sourcemap: true },
    plugins: plugins(),
  },
  {
    input: { 'dossier-widgets': 'src/all.ts' },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: plugins(),
  },
];
