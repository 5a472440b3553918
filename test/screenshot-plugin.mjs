/**
 * Test-runner command `screenshot`: a PNG (base64) of a rectangle of the test page, given in CSS
 * pixels of the page's viewport, for pixel checks such as "does the focus ring show"
 * (test/focus-ring.ts). Chromium and Firefox only, through puppeteer (CDP and WebDriver BiDi).
 * In WebKitGTK it answers false: its launcher drives MiniBrowser through WebDriver classic
 * (@web/test-runner-webdriver), which gives this command no screenshot of a page region, so
 * visual diff is not available there and the tests that need it skip, saying so.
 */
export function screenshotPlugin() {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      // (null or undefined would read as "no plugin for this command".)
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      const { x, y, width, height } = payload;
      return page.screenshot({ clip: { x, y, width, height }, encoding: 'base64', captureBeyondViewport: false });
    },
  };
}
