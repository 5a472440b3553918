/** Custom Elements Manifest (custom-elements.json) from the JSDoc tags of the components. */
export default {
  globs: ['src/components/**/*.component.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
