/**
 * The file partners paste: the built, minified dist/cdn/dossier-widgets.js (npm test builds it
 * first), loaded in a page exactly as a <script type="module"> would load it, rendering a quote
 * from the sample feed served over HTTP.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../src/test-support/feeds.js';

const BUNDLE = '/dist/cdn/dossier-widgets.js';

describe('script-tag build', () => {
  it('renders a quote from the served sample feed, and loading it twice is a silent no-op', async () => {
    // The partner's markup is in the page before the script runs.
    const el = await fixture(html`<div>
      <dossier-quote feed="/demo/feeds/pratiques-collaboratives.json" quote="organisations-en-reseau">
        <blockquote>Fallback</blockquote>
      </dossier-quote>
    </div>`).then((div) => div.firstElementChild!);
    const warnings = await captureWarnings(async () => {
      await import(/* @vite-ignore */ BUNDLE);
      await waitUntil(() => el.shadowRoot?.querySelector('figure'), 'the built element did not render');
      // The same file pasted twice: a second evaluation of the bundle (another URL, same code).
      await import(/* @vite-ignore */ `${BUNDLE}?pasted-twice`);
    });
    expect(el.shadowRoot!.querySelector('blockquote p')!.textContent).to.contain('organisations en réseau');
    expect(el.shadowRoot!.querySelector('.name')!.textContent).to.equal('Damien Caillard');
    expect(warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
