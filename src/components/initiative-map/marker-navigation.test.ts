import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, nothing } from 'lit';
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

/** A bare host that draws markers as the map does (24 px, at their place in the view), with a panel while `panel` is set. */
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
    const { k, x, y } = this.viewport.view;
    const placed = this.markers.map((m) => ({ key: m.key, left: m.left * k + x, top: m.top * k + y }));
    this.nav.show(placed);
    return html`<div class="viewport" style="position: relative; overflow: hidden; width: 400px; height: 300px" tabindex=${this.nav.viewportTabIndex ?? nothing} @keydown=${this.nav.keydown}>
      <div class="markers">
        ${placed.map(
          (m) => html`<button
            class="marker"
            style="position: absolute; left: ${m.left - 12}px; top: ${m.top - 12}px; width: 24px; height: 24px; padding: 0"
            data-key=${m.key}
            tabindex=${this.nav.tabIndex(m.key)}
            @focus=${this.nav.focused}
          >
            ${m.key}
          </button>`,
        )}
      </div>
      ${this.panel ? html`<section class="panel"><h3 tabindex="-1">Panel</h3></section>` : ''}
    </div>`;
  }
}
customElements.define('test-navigation-host', NavigationHost);

const focused = (el: NavigationHost) => el.shadowRoot!.activeElement?.getAttribute('data-key');
const button = (el: NavigationHost, key: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-key=${key}]`)!;
const tabStops = (el: NavigationHost) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.marker')].filter((b) => b.tabIndex === 0).map((b) => b.dataset.key);
const press = (el: NavigationHost, key: string, shiftKey = false) => {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true });
  el.shadowRoot!.activeElement!.dispatchEvent(event);
  return event;
};

async function host(markers = MARKERS) {
  const el = await fixture<NavigationHost>(html`<test-navigation-host .markers=${markers}></test-navigation-host>`);
  await waitUntil(() => el.viewport.size.width === 400, 'the viewport was not measured');
  await el.updateComplete;
  return el;
}

/** Focus on `key` from the keyboard (so that it matches :focus-visible, as for a reader): from its left neighbour, ArrowRight. */
async function keyboardFocus(el: NavigationHost, from: string, arrow: string, key: string) {
  button(el, from).focus();
  await sendKeys({ press: arrow });
  await waitUntil(() => focused(el) === key, `${arrow} did not reach ${key}`);
  await el.updateComplete;
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
  it('one Tab stop, kept on the active marker, else on the marker in view nearest to it', async () => {
    const el = await host();
    expect(tabStops(el)).to.deep.equal(['a']);
    el.nav.activeKey = 'c';
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['c']);
    el.markers = MARKERS.filter((m) => m.key !== 'c');
    await el.updateComplete;
    expect(tabStops(el), 'c gone: a, nearest to where c was').to.deep.equal(['a']);
    // d drawn 10 px beyond the right edge: it may not be the Tab stop.
    el.nav.activeKey = 'd';
    el.viewport.setView({ k: 1, x: 110, y: 0 });
    await el.updateComplete;
    expect(tabStops(el), 'd out of view: b, nearest to it in view').to.deep.equal(['b']);
  });

  it('arrows move focus and the Tab stop to the nearest marker in their direction', async () => {
    const el = await host();
    button(el, 'a').focus();
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

  it('an arrow to a marker across or beyond the edge pans it into view, focus ring included, before focusing it', async () => {
    const el = await host([...MARKERS, { key: 'e', left: 410, top: 220 }]);
    await keyboardFocus(el, 'c', 'ArrowRight', 'd');
    press(el, 'ArrowRight');
    await waitUntil(() => focused(el) === 'e', 'ArrowRight did not reach e');
    // e's right edge (422 px) is brought 6 px inside the 400 px viewport.
    expect(el.viewport.view).to.deep.equal({ k: 1, x: -28, y: 0 });
    expect(tabStops(el)).to.deep.equal(['e']);
  });

  it('+ and − zoom around the focused marker, Shift + arrows pan the other way', async () => {
    const el = await host();
    button(el, 'd').focus();
    press(el, '+');
    expect(el.viewport.view, 'd stays where it is').to.deep.equal({ k: 2, x: -300, y: -220 });
    press(el, '_');
    expect(el.viewport.view).to.deep.equal({ k: 1, x: 0, y: 0 });
    press(el, 'ArrowLeft', true);
    expect(el.viewport.view).to.deep.equal({ k: 1, x: 80, y: 0 });
    await el.updateComplete;
    expect(focused(el), 'Shift + arrow does not move focus while the marker stays in view').to.equal('d');
  });

  it('focus seen on a marker that leaves the view, or goes, moves to the marker in view nearest to it', async () => {
    const el = await host();
    await keyboardFocus(el, 'b', 'ArrowLeft', 'a');
    // a (50, 50) moves to (-30, 50): b, at (170, 50), is the nearest in view.
    press(el, 'ArrowRight', true);
    await waitUntil(() => focused(el) === 'b', 'focus did not move from a, out of view, to b');
    expect(tabStops(el)).to.deep.equal(['b']);
    el.markers = MARKERS.filter((m) => m.key !== 'b');
    await waitUntil(() => focused(el) === 'd', 'focus did not move from b, removed, to d');
  });

  it('with no marker in view, the viewport is the Tab stop, takes focus and the keys, and hands focus back', async () => {
    const el = await host();
    await keyboardFocus(el, 'b', 'ArrowLeft', 'a');
    // A frame between presses: focus moves once the update is complete.
    for (let i = 0; i < 5; i++) {
      press(el, 'ArrowDown', true);
      await el.updateComplete;
      await nextFrame();
    }
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('.viewport'), 'focus did not go to the viewport');
    expect(tabStops(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.viewport')!.tabIndex).to.equal(0);
    for (let i = 0; i < 5; i++) {
      press(el, 'ArrowUp', true);
      await el.updateComplete;
      await nextFrame();
    }
    await waitUntil(() => focused(el) !== undefined && focused(el) !== null, 'focus did not come back to a marker');
    expect(el.shadowRoot!.querySelector<HTMLElement>('.viewport')!.hasAttribute('tabindex')).to.equal(false);
  });

  it('focus goes to the panel title when it opens and back to the active marker; Escape closes the panel only while one is shown', async () => {
    const el = await host();
    button(el, 'b').focus();
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
