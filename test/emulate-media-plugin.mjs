/**
 * Test-runner command for the media features @web/test-runner-commands does not cover with
 * puppeteer: `forced-colors` (Windows high contrast), through CDP in Chromium. Firefox gets the
 * same features from its preferences (test/launchers.mjs); WebKitGTK cannot (its tests skip, saying so).
 */
export function emulateFeaturesPlugin() {
  return {
    name: 'emulate-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('emulate-features needs a puppeteer (CDP) browser');
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures(payload.features);
      return true;
    },
  };
}
