/**
 * What the engine running this test file supports, from the `engine-support` command
 * (test/engine-support-plugin.mjs). Use it to skip, with a comment saying why, the part of a
 * test an engine's automation cannot do:
 *
 *   it('…', async function () {
 *     // WebKitGTK (WebDriver classic) cannot emulate media features.
 *     if (!(await engineSupport()).emulatesMedia) this.skip();
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface EngineSupport {
  engine: 'chromium' | 'firefox' | 'webkit';
  /** emulateMedia() and the `emulate-features` command work (Chromium: CDP; Firefox: prefs). */
  emulatesMedia: boolean;
  /** The browser keeps an HTTP cache (WebKitGTK's automation session has none). */
  httpCache: boolean;
}

let support: Promise<EngineSupport> | undefined;
export const engineSupport = (): Promise<EngineSupport> =>
  (support ??= executeServerCommand<EngineSupport, undefined>('engine-support'));
