import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MapViewport } from './map-viewport.js';
import { inDirection, MarkerNavigation, nearest, type ScreenMarker } from './marker-navigation.js';

/**
 *   a ─── b
 *   │
 *   c       d   (d a little lower than c)
 */
const MARKERS: ScreenMarker[] = [
  { key: 'a', left: 50, top: 50 },
  { key: 'b', left: 250, top: 50 },
  { key: 'c', left: 50, top: 200 },
  { key: 'd', left: 300, top: 220 },
];

/** A bare host that draws markers as the map does, with a panel while `panel` is set. */
class NavigationHost extends LitElement {
  static override properties = { markers: { attribute: false }, panel: { type: Boolean } };
  markers = MARKERS;
  panel = false;
  closed = 0;
  readonly viewport = new MapViewport(this);
  readonly nav = new MarkerNavigation<ScreenMarker>(this, this.viewport, () => {
    this.closed++;
    this.panel = false;
    this.nav.returnFocus();
  });

  override render() {
    this.nav.show(this.markers);
    return html`<div class="viewport" style="width: 400px; height: 300px">
      <div class="markers" @keydown=${this.nav.keydown}>
        ${this.markers.map(
          (m) => html`<button class="marker" data-key=${m.key} tabindex=${this.nav.tabIndex(m.key)} @focus=${() => (this.nav.activeKey = m.key)}>${m.key}</button>`,
        )}
      </div>
      ${this.panel ? html`<section class="panel"><h3 tabindex="-1">Panel</h3></section>` : ''}
    </div>`;
  }
}
customElements.define('test-navigation-host', NavigationHost);

const focused = (el: NavigationHost) => el.shadowRoot!.activeElement?.getAttribute('data-key');
const tabStops = (el: NavigationHost) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.marker')].filter((b) => b.tabIndex === 0).map((b) => b.dataset.key);
const press = (el: NavigationHost, key: string, shiftKey = false) => {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true });
  el.shadowRoot!.activeElement!.dispatchEvent(event);
  return event;
};

async function host() {
  const el = await fixture<NavigationHost>(html`<test-navigation-host></test-navigation-host>`);
  await waitUntil(() => el.viewport.size.width === 400, 'the viewport was not measured');
  await el.updateComplete;
  return el;
}

describe('spatial navigation', () => {
  it('inDirection: the nearest marker ahead, straight ahead first', () => {
    const [a, b, c, d] = MARKERS as [ScreenMarker, ScreenMarker, ScreenMarker, ScreenMarker];
    expect(inDirection(MARKERS, a, [1, 0])).to.equal(b);
    expect(inDirection(MARKERS, a, [0, 1])).to.equal(c);
    expect(inDirection(MARKERS, c, [1, 0])).to.equal(d);
    expect(inDirection(MARKERS, a, [-1, 0])).to.equal(undefined);
  });

  it('nearest: the marker closest to a point', () => {
    expect(nearest(MARKERS, 280, 200)?.key).to.equal('d');
    expect(nearest([], 0, 0)).to.equal(undefined);
  });
});

describe('MarkerNavigation', () => {
  it('one Tab stop, kept on the active marker, else on the first drawn', async () => {
    const el = await host();
    expect(tabStops(el)).to.deep.equal(['a']);
    el.nav.activeKey = 'c';
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['c']);
    el.markers = MARKERS.filter((m) => m.key !== 'c');
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['a']);
  });

  it('arrows move focus and the Tab stop to the nearest marker in their direction', async () => {
    const el = await host();
    el.shadowRoot!.querySelector<HTMLElement>('[data-key=a]')!.focus();
    expect(press(el, 'ArrowRight').defaultPrevented).to.equal(true);
    await waitUntil(() => focused(el) === 'b', 'ArrowRight did not reach b');
    press(el, 'ArrowDown');
    await waitUntil(() => focused(el) === 'd', 'ArrowDown did not reach d');
    expect(tabStops(el)).to.deep.equal(['d']);
    // Nothing further down: focus stays.
    press(el, 'ArrowDown');
    await el.updateComplete;
    expect(focused(el)).to.equal('d');
    expect(press(el, 'a').defaultPrevented, 'other keys are left alone').to.equal(false);
  });

  it('+ and − zoom around the centre, Shift + arrows pan the other way', async () => {
    const el = await host();
    el.shadowRoot!.querySelector<HTMLElement>('[data-key=a]')!.focus();
    press(el, '+');
    expect(el.viewport.view).to.deep.equal({ k: 2, x: -200, y: -150 });
    press(el, '_');
    expect(el.viewport.view).to.deep.equal({ k: 1, x: 0, y: 0 });
    press(el, 'ArrowRight', true);
    expect(el.viewport.view).to.deep.equal({ k: 1, x: -80, y: 0 });
    expect(focused(el), 'Shift + arrow does not move focus').to.equal('a');
  });

  it('focus goes to the panel title when it opens and back to the active marker; Escape closes the panel only while one is shown', async () => {
    const el = await host();
    el.shadowRoot!.querySelector<HTMLElement>('[data-key=b]')!.focus();
    expect(press(el, 'Escape').defaultPrevented).to.equal(false);
    expect(el.closed).to.equal(0);
    el.panel = true;
    el.nav.focusPanel();
    await waitUntil(() => el.shadowRoot!.activeElement?.localName === 'h3', 'the panel title did not take focus');
    el.nav.returnFocus();
    await waitUntil(() => focused(el) === 'b', 'focus did not return to b');
    expect(press(el, 'Escape').defaultPrevented).to.equal(true);
    expect(el.closed).to.equal(1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.panel')).to.equal(null);
  });
});
