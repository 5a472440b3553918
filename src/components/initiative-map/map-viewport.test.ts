import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MapViewport } from './map-viewport.js';

/** A bare host: a 400 × 300 `.viewport` (or a 200 × 100 one once `small`), wired as the map wires it. */
class ViewportHost extends LitElement {
  static override properties = { small: { type: Boolean } };
  small = false;
  readonly viewport = new MapViewport(this);
  renders = 0;

  override render() {
    this.renders++;
    const { wheel, pointerdown, pointermove, pointerup } = this.viewport;
    // A new element when `small` changes, as the map replaces its skeleton.
    return this.small
      ? html`<div class="viewport" style="width: 200px; height: 100px"></div>`
      : html`<section class="viewport" style="width: 400px; height: 300px" @wheel=${wheel} @pointerdown=${pointerdown} @pointermove=${pointermove} @pointerup=${pointerup}>
          <button>+</button>
        </section>`;
  }
}
customElements.define('test-viewport-host', ViewportHost);

async function host() {
  const el = await fixture<ViewportHost>(html`<test-viewport-host></test-viewport-host>`);
  await waitUntil(() => el.viewport.size.width === 400, 'the viewport was not measured');
  await el.updateComplete;
  return el;
}

const pointer = (el: ViewportHost, type: string, x: number, y: number, pointerId = 1, target?: Element) => {
  const viewport = el.shadowRoot!.querySelector('.viewport')!;
  const box = viewport.getBoundingClientRect();
  (target ?? viewport).dispatchEvent(new PointerEvent(type, { clientX: box.left + x, clientY: box.top + y, pointerId, bubbles: true }));
};

describe('MapViewport', () => {
  it('measures the current .viewport, following it when it is replaced', async () => {
    const el = await host();
    expect(el.viewport.size).to.deep.equal({ width: 400, height: 300 });
    el.small = true;
    await waitUntil(() => el.viewport.size.width === 200, 'the new viewport was not measured');
    expect(el.viewport.size.height).to.equal(100);
  });

  it('zooms around the centre and keeps at least a quarter of the map on screen', async () => {
    const el = await host();
    const renders = el.renders;
    el.viewport.zoomBy(2);
    expect(el.viewport.view).to.deep.equal({ k: 2, x: -200, y: -150 });
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
    el.viewport.setView({ k: 1, x: 10_000, y: -10_000 });
    expect(el.viewport.view).to.deep.equal({ k: 1, x: 300, y: -225 });
  });

  it('drag pans; the click that ends a drag is flagged; a drag never starts on a button', async () => {
    const el = await host();
    pointer(el, 'pointerdown', 10, 10);
    pointer(el, 'pointermove', 60, 40);
    pointer(el, 'pointerup', 60, 40);
    expect(el.viewport.view).to.deep.equal({ k: 1, x: 50, y: 30 });
    expect(el.viewport.dragged).to.equal(true);
    pointer(el, 'pointerdown', 10, 10, 1, el.shadowRoot!.querySelector('button')!);
    pointer(el, 'pointermove', 90, 90);
    expect(el.viewport.view).to.deep.equal({ k: 1, x: 50, y: 30 });
    pointer(el, 'pointerdown', 10, 10);
    expect(el.viewport.dragged).to.equal(false);
  });

  it('two pointers pinch around their midpoint', async () => {
    const el = await host();
    pointer(el, 'pointerdown', 100, 100, 1);
    pointer(el, 'pointerdown', 200, 100, 2);
    pointer(el, 'pointermove', 300, 100, 2);
    // The distance between the fingers doubled: ×2 around their midpoint (200, 100).
    expect(el.viewport.view).to.deep.equal({ k: 2, x: -200, y: -100 });
  });

  it('a plain wheel scrolls the page and shows the hint once; Ctrl + wheel zooms', async () => {
    const el = await host();
    (document.activeElement as HTMLElement | null)?.blur();
    const viewport = el.shadowRoot!.querySelector('.viewport')!;
    const renders = el.renders;
    for (let i = 0; i < 2; i++) {
      const plain = new WheelEvent('wheel', { deltaY: -100, cancelable: true });
      viewport.dispatchEvent(plain);
      expect(plain.defaultPrevented).to.equal(false);
      await el.updateComplete;
    }
    expect(el.viewport.showWheelHint).to.equal(true);
    expect(el.renders, 'one render for the hint, not one per wheel event').to.equal(renders + 1);
    expect(el.viewport.view.k).to.equal(1);
    const zoom = new WheelEvent('wheel', { deltaY: -300, ctrlKey: true, cancelable: true });
    viewport.dispatchEvent(zoom);
    expect(zoom.defaultPrevented).to.equal(true);
    expect(el.viewport.view.k).to.equal(2);
    // Taken out of the page, the host keeps no timer running.
    el.remove();
  });
});
