/**
 * One theme across all elements: every `--dossier-*` token an element reads is documented in
 * the README, text meets WCAG AA contrast in both themes, and reduced motion and forced colours
 * are respected. That each element follows `theme` (light, dark, auto) is in the element suite
 * (test-support/element-suite.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { CSSResultOrNative, CSSResultGroup } from 'lit';
import '../all.js';
import { ActorCard, ActorList, DossierFeed, DossierIntro, DossierQuote, InitiativeMap } from '../index.js';
import { settled } from '../test-support/elements.js';
import { feedUrl } from '../test-support/feeds.js';
import { engineSupport } from '../../test/engine-support.js';

const ELEMENTS = [DossierQuote, ActorCard, ActorList, DossierFeed, InitiativeMap, DossierIntro];

function cssText(styles: CSSResultGroup | undefined): string {
  if (!styles) return '';
  if (Array.isArray(styles)) return styles.map((s) => cssText(s as CSSResultGroup)).join('\n');
  const style = styles as CSSResultOrNative;
  return 'cssText' in style ? String(style.cssText) : [...(style as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n');
}

/** sRGB relative luminance (WCAG 2). */
function luminance(color: string): number {
  const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

/** The resolved colour of a private token, as the element sees it. */
function tokenColor(el: Element, token: string): string {
  const probe = document.createElement('span');
  el.shadowRoot!.append(probe);
  probe.style.color = `var(${token})`;
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('theme', () => {
  after(async () => {
    // Portability: nothing to reset where media cannot be emulated (WebKitGTK, see below).
    if ((await engineSupport()).emulatesMedia) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('every --dossier-* token used by an element is documented in the README', async () => {
    const readme = await (await fetch('/README.md')).text();
    const used = new Set(ELEMENTS.flatMap((el) => cssText(el.styles).match(/--dossier-[a-z0-9-]+/g) ?? []));
    expect(used.size).to.be.greaterThan(8);
    const undocumented = [...used].filter((token) => !readme.includes(`\`${token}\``));
    expect(undocumented, 'tokens used but missing from the README table').to.deep.equal([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: text, muted text and links reach 4.5:1 on the surface`, async () => {
      const el = await fixture<DossierQuote>(html`<dossier-quote theme=${theme}></dossier-quote>`);
      const surface = tokenColor(el, '--_surface');
      for (const token of ['--_text', '--_muted', '--_accent']) {
        expect(contrast(tokenColor(el, token), surface), `${token} on ${surface}`).to.be.at.least(4.5);
      }
      // Initials are drawn in the surface colour on the accent.
      expect(contrast(tokenColor(el, '--_accent'), surface)).to.be.at.least(4.5);
    });
  }

  it('skeletons never move; the intro\'s reveal stops under prefers-reduced-motion', async function () {
    const loading = await fixture<DossierQuote>(html`<dossier-quote feed=${feedUrl('fictional', { delay: 500 })}></dossier-quote>`);
    expect(getComputedStyle(loading.shadowRoot!.querySelector('.skeleton')!).animationName).to.equal('none');
    const intro = await settled(await fixture<DossierIntro>(html`<dossier-intro collapsed feed=${feedUrl('fictional')}></dossier-intro>`));
    intro.shadowRoot!.querySelector<HTMLElement>('[part=toggle]')!.click();
    await intro.updateComplete;
    // What the disclosure reveals fades in.
    const revealed = intro.shadowRoot!.querySelector('details > [part=body]')!;
    expect(getComputedStyle(revealed).animationName).to.equal('dossier-intro-reveal');
    // WebKitGTK runs over WebDriver classic, which cannot emulate prefers-reduced-motion: the
    // rest of this test is skipped there (what is above ran).
    if (!(await engineSupport()).emulatesMedia) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(revealed).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('under forced colours, cards keep a visible border in the system colour', async function () {
    // WebKitGTK runs over WebDriver classic, which cannot emulate forced-colors.
    if (!(await engineSupport()).emulatesMedia) this.skip();
    const el = await settled(await fixture<ActorCard>(html`<actor-card feed=${feedUrl('fictional')} actor="camille-exemple"></actor-card>`));
    await executeServerCommand('emulate-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const card = el.shadowRoot!.querySelector('.card')!;
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-features', { features: [{ name: 'forced-colors', value: 'none' }] });
    }
  });
});
