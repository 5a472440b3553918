/**
 * The script-tag builds (tsc writes the unbundled npm build next to them):
 *
 * - dist/cdn/loader.js: the small loader (src/loader.ts); each element is a code-split chunk
 *   in dist/cdn/chunks/, loaded when its tag appears, sharing Lit and the core chunk.
 * - dist/cdn/dossier-widgets.js: everything in one file, for partners who want one file.
 *
 * Chunk names carry a content hash, so a CDN can cache them forever; the two entry names are
 * stable and versioned by the package's URL.
 */
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import integrity from './scripts/rollup/integrity.mjs';
import minifyCssLiterals, { collapseTemplateWhitespace } from './scripts/rollup/minify-css-literals.mjs';

const plugins = () => [
  minifyCssLiterals(),
  // Lit's production build: no dev-mode warnings, smaller.
  resolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' }),
  terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
  collapseTemplateWhitespace(),
  integrity(),
];

export default [
  {
    input: { loader: 'src/loader.ts' },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
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
