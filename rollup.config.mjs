/**
 * The script-tag build: what a partner pastes. tsc writes the unbundled npm build (dist/*.js,
 * one module per source file, with .d.ts); rollup bundles Lit and every element into one
 * minified ES module, dist/cdn/dossier-widgets.js, that registers everything.
 */
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyCssLiterals, { collapseTemplateWhitespace } from './scripts/rollup/minify-css-literals.mjs';

export default {
  input: { 'dossier-widgets': 'src/all.ts' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    // Lit's production build: no dev-mode warnings, smaller.
    resolve({ exportConditions: ['production'] }),
    minifyCssLiterals(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' }),
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
    collapseTemplateWhitespace(),
  ],
};
