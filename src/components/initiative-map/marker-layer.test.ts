/**
 * The marker layer writes only what changed, keeps a marker's button while it keeps its key,
 * gives a gone marker's button to a new one (never the focused button), and keeps the buttons
 * in the order given (reading order).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { markerLayer, type MarkerFace } from './marker-layer.js';

const cluster = (key: string, left: number, top: number, count = 3): MarkerFace => ({
  key,
  className: 'marker cluster',
  label: `${count} initiatives`,
  text: String(count),
  tabIndex: -1,
  left,
  top,
  colour: 'var(--_accent)',
});

const single = (key: string, left: number, top: number): MarkerFace => ({
  key,
  className: 'marker shape-square',
  label: `Initiative ${key}`,
  lang: 'fr',
  expanded: 'false',
  text: '',
  tabIndex: -1,
  left,
  top,
  colour: '#1b6ac9',
});

async function layer() {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const draw = (faces: MarkerFace[]) => {
    render(html`<div class="markers" ${markerLayer(faces)}></div>`, host);
    return [...host.querySelector('.markers')!.children] as HTMLButtonElement[];
  };
  /** The mutations that drawing `faces` makes. */
  const mutations = (faces: MarkerFace[]) => {
    const observer = new MutationObserver(() => {});
    observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
    const buttons = draw(faces);
    const records = observer.takeRecords();
    observer.disconnect();
    return { buttons, records };
  };
  return { host, draw, mutations };
}

describe('markerLayer', () => {
  it('draws each face as a button: its attributes, its text and its place', async () => {
    const { draw } = await layer();
    const [a, b] = draw([cluster('cluster:a', 10, 20, 12), single('b', 30.5, 40)]);
    const attributes = (el: Element) => [...el.attributes].filter((a) => a.name !== 'style').map((a) => `${a.name}=${a.value}`).sort();
    expect(attributes(a!)).to.deep.equal(['aria-label=12 initiatives', 'class=marker cluster', 'data-key=cluster:a', 'part=marker', 'tabindex=-1', 'type=button']);
    const place = (el: HTMLElement) => [el.style.getPropertyValue('--_x'), el.style.getPropertyValue('--_y')];
    expect(place(a!)).to.deep.equal(['10px', '20px']);
    expect(a!.style.getPropertyValue('--_marker').trim()).to.equal('var(--_accent)');
    expect(a!.textContent).to.equal('12');
    expect(b!.getAttribute('lang')).to.equal('fr');
    expect(b!.getAttribute('aria-expanded')).to.equal('false');
    expect(b!.textContent).to.equal('');
    expect(place(b!)).to.deep.equal(['30.5px', '40px']);
  });

  it('writes nothing when nothing changed, and only the place when the map pans', async () => {
    const { draw, mutations } = await layer();
    const faces = [cluster('cluster:a', 10, 20), single('b', 30, 40)];
    draw(faces);
    expect(mutations(faces.map((f) => ({ ...f }))).records).to.have.length(0);
    const { records } = mutations(faces.map((f) => ({ ...f, left: f.left + 5 })));
    expect(records.map((r) => `${r.type} ${r.attributeName}`)).to.deep.equal(['attributes style', 'attributes style']);
  });

  it('keeps the button of a kept key, and gives a gone marker’s button to the new one in its place', async () => {
    const { draw, mutations } = await layer();
    const [a, b, c] = draw([cluster('cluster:a', 10, 10), cluster('cluster:b', 50, 50), cluster('cluster:c', 90, 90)]);
    const { buttons, records } = mutations([cluster('cluster:a', 20, 20, 2), single('d', 100, 100), cluster('cluster:c', 180, 180)]);
    expect(buttons).to.deep.equal([a, b, c]);
    expect(records.filter((r) => r.type === 'childList'), 'no button added, removed or moved').to.have.length(0);
    expect(b!.dataset.key).to.equal('d');
    expect(b!.className).to.equal('marker shape-square');
    expect(b!.textContent).to.equal('');
    expect(b!.getAttribute('lang')).to.equal('fr');
    expect(a!.textContent).to.equal('2');
  });

  it('adds buttons only for markers beyond the number drawn, keeps the order given, and removes the rest', async () => {
    const { draw } = await layer();
    const before = draw([cluster('cluster:a', 10, 10), cluster('cluster:b', 50, 50)]);
    const after = draw([single('x', 5, 5), cluster('cluster:b', 50, 50), single('y', 60, 60), single('z', 70, 70)]);
    expect(after.map((b) => b.dataset.key)).to.deep.equal(['x', 'cluster:b', 'y', 'z']);
    expect(after[1]).to.equal(before[1]);
    expect(after.filter((b) => !before.includes(b)), 'new buttons').to.have.length(2);
    expect(draw([single('y', 60, 60)]).map((b) => b.dataset.key)).to.deep.equal(['y']);
  });

  it('does not give the focused button to another marker: it goes, and focus with it', async () => {
    const { draw } = await layer();
    const [a, b] = draw([cluster('cluster:a', 10, 10), cluster('cluster:b', 50, 50)]);
    b!.focus();
    const after = draw([cluster('cluster:a', 10, 10), single('d', 50, 50)]);
    expect(after[0]).to.equal(a);
    expect(after[1]).not.to.equal(b);
    expect(b!.isConnected).to.equal(false);
  });
});
