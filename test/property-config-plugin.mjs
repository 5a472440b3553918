/**
 * Test-runner command `property-config`: the FC_SEED, FC_PATH and FC_RUNS environment variables
 * of the `web-test-runner` process, for the property-based tests that run in the browser
 * (src/test-support/property-config.ts says what they do).
 */
export function propertyConfigPlugin() {
  return {
    name: 'property-config',
    executeCommand({ command }) {
      if (command !== 'property-config') return undefined;
      const { FC_SEED, FC_PATH, FC_RUNS } = process.env;
      return { FC_SEED, FC_PATH, FC_RUNS };
    },
  };
}
