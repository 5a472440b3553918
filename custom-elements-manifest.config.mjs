import { defineCallsPlugin } from './scripts/cem-define-calls.mjs';
import { litStatePlugin } from './scripts/cem-lit-state.mjs';

/** Custom Elements Manifest (custom-elements.json) from the JSDoc tags of the components. */
export default {
  // The components, their base class (inherited `feed` and `theme`), and the files that
  // register them (`define('tag', Class)`, read by the plugin).
  globs: ['src/components/*/*.ts', 'src/core/dossier-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [litStatePlugin(), defineCallsPlugin()],
};
