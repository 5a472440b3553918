/**
 * A partner page served with a strict Content-Security-Policy header (no inline script, no
 * inline style but the pre-rendered widgets' own blocks, allowed by hash; Trusted Types
 * required: scripts/strict-csp.mjs) loads the built loader and renders every element, with no
 * violation reported.
 */
import { expect, waitUntil } from '@open-wc/testing';

type StrictWindow = Window & typeof globalThis & { cspViolations: string[] };

describe('strict CSP page', () => {
  it('renders quote, card, list and map with no CSP or Trusted Types violation', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.width = '900px';
    iframe.style.height = '2400px';
    iframe.src = '/demo/strict-csp.html';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    await loaded;
    try {
      const win = iframe.contentWindow as StrictWindow;
      const doc = iframe.contentDocument!;
      const shadow = (tag: string) => doc.querySelector(tag)?.shadowRoot;
      // The page pre-renders four of them (their <style> blocks allowed by hash): rendered
      // means the live content took over, not only the pre-render.
      const complete = (tag: string) => doc.querySelector(tag)?.matches(':state(complete)');
      await waitUntil(
        () =>
          ['dossier-intro', 'dossier-quote', 'actor-card', 'actor-list'].every(complete) &&
          shadow('dossier-intro')?.querySelector('[part=body] p') &&
          shadow('dossier-quote')?.querySelector('figure') &&
          shadow('actor-card')?.querySelector('article') &&
          shadow('actor-list')?.querySelector('article') &&
          shadow('initiative-map')?.querySelector('.marker'),
        'not every element rendered under the strict CSP',
        { timeout: 8000 },
      );
      expect(win.cspViolations).to.deep.equal([]);
      // The policy is really in force (Trusted Types: a raw string into an HTML sink throws),
      // so the empty list above means something.
      // (An engine without Trusted Types ignores require-trusted-types-for: nothing to prove there.)
      if ('trustedTypes' in win) expect(() => doc.body.insertAdjacentHTML('beforeend', '<b>x</b>')).to.throw();
    } finally {
      iframe.remove();
    }
  });
});
