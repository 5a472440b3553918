/**
 * What a bundler (Vite, webpack) defines for Vue's esm-bundler build, which the test runner
 * serves as it is: `process.env.NODE_ENV` (development: Vue's warnings on) and the three feature
 * flags. Imported before `vue`, so it runs first.
 */
Object.assign(globalThis, {
  process: { env: { NODE_ENV: 'development' } },
  __VUE_OPTIONS_API__: true,
  __VUE_PROD_DEVTOOLS__: false,
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
});
