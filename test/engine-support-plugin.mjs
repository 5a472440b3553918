/**
 * Test-runner command `engine-support`: tells a test which engine runs it and what its launcher
 * can do (test/launchers.mjs sets both), so that a test that cannot run there skips with a
 * reason instead of failing. Read it in the browser with test/engine-support.ts.
 */
export function engineSupportPlugin() {
  return {
    name: 'engine-support',
    async executeCommand({ command, session }) {
      if (command !== 'engine-support') return undefined;
      const { engine, emulatesMedia, httpCache } = session.browser;
      if (!engine) throw new Error(`engine-support: the launcher "${session.browser.name}" does not say which engine it is`);
      return { engine, emulatesMedia: !!emulatesMedia, httpCache: !!httpCache };
    },
  };
}
