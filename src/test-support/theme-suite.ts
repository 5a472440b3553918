/**
 * The element suite's theme tests (element-suite.ts runs them for every widget): `theme`
 * light, dark and auto, which follows the page's `color-scheme` when it declares one scheme
 * only, else the reader's `prefers-color-scheme`.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SuiteBase } from './element-suite.js';
import { captureWarnings, feedUrl } from './feeds.js';
import { engineSupport } from '../../test/engine-support.js';

/** The theme's surface colours (styles/theme.styles.ts). */
export const SURFACE = { light: 'rgb(255, 255, 255)', dark: 'rgb(27, 31, 36)' };

/** What the element suite lends: its fixture's name and its helpers. */
export interface ThemeSuite extends SuiteBase {
  expectSurface: (el: Element, colour: string) => void;
}

export function themeTests({ feedName, mount, loaded, expectSurface }: ThemeSuite) {
  for (const theme of ['light', 'dark'] as const) {
    it(`theme="${theme}": the ${theme} surface; accessible`, async () => {
      await captureWarnings(async () => {
        const { el } = await mount({ feed: feedUrl(feedName), theme });
        await loaded(el);
        expectSurface(el, SURFACE[theme]);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('theme="auto" follows prefers-color-scheme, without a theme it stays light; accessible', async function () {
    // WebKitGTK runs over WebDriver classic, which cannot emulate prefers-color-scheme.
    if (!(await engineSupport()).emulatesMedia) this.skip();
    await captureWarnings(async () => {
      const { el: auto } = await mount({ feed: feedUrl(feedName), theme: 'auto' });
      const { el: plain } = await mount({ feed: feedUrl(feedName) });
      await Promise.all([loaded(auto), loaded(plain)]);
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expectSurface(auto, SURFACE.dark);
        expectSurface(plain, SURFACE.light);
        await expect(auto).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
      expectSurface(auto, SURFACE.light);
    });
  });

  /** Runs `check` with the page's root declaring `color-scheme: value`, then removes it. */
  async function withPageScheme(value: string, check: () => Promise<unknown>) {
    document.documentElement.style.colorScheme = value;
    try {
      await check();
    } finally {
      document.documentElement.style.removeProperty('color-scheme');
    }
  }

  it('theme="auto" on a page that declares color-scheme: dark is dark, with the reader\'s setting light; light and no theme stay light; accessible', async () => {
    // The reader's setting is light by default (WebKitGTK, which cannot emulate it, too);
    // it is set to light where the engine can.
    if ((await engineSupport()).emulatesMedia) await emulateMedia({ colorScheme: 'light' });
    await withPageScheme('dark', () =>
      captureWarnings(async () => {
        const { el: auto } = await mount({ feed: feedUrl(feedName), theme: 'auto' });
        const { el: light } = await mount({ feed: feedUrl(feedName), theme: 'light' });
        const { el: plain } = await mount({ feed: feedUrl(feedName) });
        await Promise.all([loaded(auto), loaded(light), loaded(plain)]);
        expectSurface(auto, SURFACE.dark);
        expectSurface(light, SURFACE.light);
        expectSurface(plain, SURFACE.light);
        await expect(auto).to.be.accessible();
      }),
    );
  });

  it('theme="auto" follows a color-scheme declared on an ancestor (only dark), and the page again when it renders', async () => {
    await captureWarnings(async () => {
      const { el } = await mount({ feed: feedUrl(feedName), theme: 'auto', scheme: 'only dark' });
      await loaded(el);
      expectSurface(el, SURFACE.dark);
      // The page changes its mind: the next render reads it (here, a change of theme).
      el.parentElement!.style.colorScheme = 'light';
      el.theme = 'dark';
      await el.updateComplete;
      el.theme = 'auto';
      await el.updateComplete;
      expectSurface(el, SURFACE.light);
    });
  });

  it('theme="auto" on a page that declares color-scheme: light is light, with the reader\'s setting dark; with "light dark" it follows the reader', async function () {
    // WebKitGTK runs over WebDriver classic, which cannot emulate prefers-color-scheme.
    if (!(await engineSupport()).emulatesMedia) this.skip();
    try {
      await emulateMedia({ colorScheme: 'dark' });
      await withPageScheme('light', () =>
        captureWarnings(async () => {
          const { el } = await mount({ feed: feedUrl(feedName), theme: 'auto' });
          await loaded(el);
          expectSurface(el, SURFACE.light);
          await expect(el).to.be.accessible();
        }),
      );
      await withPageScheme('light dark', () =>
        captureWarnings(async () => {
          const { el } = await mount({ feed: feedUrl(feedName), theme: 'auto' });
          await loaded(el);
          expectSurface(el, SURFACE.dark);
          await emulateMedia({ colorScheme: 'light' });
          expectSurface(el, SURFACE.light);
        }),
      );
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
}
