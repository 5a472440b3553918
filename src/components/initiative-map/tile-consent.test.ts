import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { TileConsent } from './tile-consent.js';

/** A bare host with the map's two tile attributes. */
class TileHost extends LitElement {
  static override properties = { tiles: {}, tilesConsent: { type: Boolean, attribute: 'tiles-consent' } };
  tiles?: string;
  tilesConsent = false;
  readonly consent = new TileConsent(this);
  /** What the last render saw. */
  rendered?: string;

  override render() {
    this.rendered = this.consent.template;
    return html``;
  }
}
customElements.define('test-tile-host', TileHost);

const TILES = 'https://tiles.example.org/{z}/{x}/{y}.png';

describe('TileConsent', () => {
  it('no template before consent; the reader agrees and the host renders with it', async () => {
    const el = await fixture<TileHost>(html`<test-tile-host tiles=${TILES}></test-tile-host>`);
    expect(el.rendered).to.equal(undefined);
    expect(el.consent.source).to.equal('tiles.example.org');
    el.consent.grant();
    await el.updateComplete;
    expect(el.rendered).to.equal(TILES);
  });

  it('tiles-consent: the partner has consent; it stays if the attribute goes', async () => {
    const el = await fixture<TileHost>(html`<test-tile-host tiles=${TILES} tiles-consent></test-tile-host>`);
    expect(el.rendered).to.equal(TILES);
    el.tilesConsent = false;
    await el.updateComplete;
    expect(el.rendered).to.equal(TILES);
  });

  it('never a template that is not an http(s) URL, consent or not', async () => {
    const el = await fixture<TileHost>(html`<test-tile-host tiles="javascript:alert(1)//{z}" tiles-consent></test-tile-host>`);
    expect(el.rendered).to.equal(undefined);
    el.tiles = undefined;
    await el.updateComplete;
    expect(el.rendered).to.equal(undefined);
  });
});
