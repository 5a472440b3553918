import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import './initiative-map.js';
import type { InitiativeMap } from './initiative-map.component.js';
import { map as enMap } from '../../i18n/en/map.js';
import { plural } from '../../i18n/format.js';
import { map as frMap } from '../../i18n/fr/map.js';
import { settled } from '../../test-support/elements.js';
import { runDossierElementTests } from '../../test-support/element-suite.js';
import { captureWarnings, feedUrl } from '../../test-support/feeds.js';
import { dataUrl, syntheticFeed } from '../../test-support/synthetic.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const markers = (el: Element) => $$(el, '.marker');
const represented = (el: Element) => markers(el).reduce((n, m) => n + (m.classList.contains('cluster') ? Number(m.textContent) : 1), 0);
const transform = (el: Element) => $(el, 'svg.land g')!.getAttribute('transform');

/** A rendered map: feed loaded, geometry loaded, size measured, markers drawn. */
async function map(template: ReturnType<typeof html>, { expectMarkers = true } = {}) {
  let el!: InitiativeMap;
  const warnings = await captureWarnings(async () => {
    const root = await fixture<HTMLElement>(html`<div style="width: 720px">${template}</div>`);
    el = await settled(root.querySelector('initiative-map')!);
    await waitUntil(() => !expectMarkers || markers(el).length > 0 || $(el, '.empty') || $(el, '.list'), 'the map did not draw', { timeout: 3000 });
    await el.updateComplete;
  });
  return Object.assign(el, { warnings });
}

const strings = (t: typeof frMap, lang: string) => ({
  '.views button': [t.mapView, t.listView],
  // The sample feed has one initiative without coordinates.
  '.note': [plural(t.unlocated, 1, lang)],
});

runDossierElementTests({
  tag: 'initiative-map',
  markup: (feed) => html`<div style="width: 720px"><initiative-map feed=${feed ?? nothing}></initiative-map></div>`,
  fixture: 'sample',
  // Drawn: geometry loaded, size measured.
  content: { selector: '.marker' },
  skeleton: { selector: '.skeleton-map', minHeight: 280 },
  surface: '.viewport',
  // Every initiative of the dossier, or none: an empty map.
  notFound: false,
  strings: { fr: strings(frMap, 'fr'), en: strings(enMap, 'en') },
});

describe('<initiative-map>', () => {
  describe('base map and data', () => {
    it('draws the départements of the dossier\'s places (Auvergne) and a marker per located initiative', async () => {
      const el = await map(html`<initiative-map feed=${feedUrl('sample')}></initiative-map>`);
      expect($$(el, 'path.dep')).to.have.length(4);
      expect(represented(el)).to.equal(7);
      expect($(el, '[part=attribution]')!.textContent).to.contain('Made with Natural Earth');
      const labels = $$(el, '.dep-label').map((t) => t.textContent);
      expect(labels).to.include.members(['Allier', 'Cantal']);
      await expect(el).to.be.accessible();
    });

    it('lists the initiative without coordinates, says so, and warns once', async () => {
      const el = await map(html`<initiative-map feed=${feedUrl('sample')}></initiative-map>`);
      expect(el.warnings.filter((w) => w.includes('without coordinates'))).to.have.length(1);
      expect(el.warnings[0]).to.contain('initiatives-cress');
      expect($(el, '.note')!.textContent).to.equal('1 initiative sans localisation figure dans la liste.');
      $$(el, '.views button')[1]!.click();
      await el.updateComplete;
      const items = $$(el, '.list > li');
      expect(items).to.have.length(8);
      expect(items.find((li) => li.textContent!.includes('CRESS'))!.textContent).to.contain('Sans localisation');
      expect($$(el, '.views button')[1]!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('departments and region choose the extent', async () => {
      const one = await map(html`<initiative-map feed=${feedUrl('sample')} departments="63"></initiative-map>`);
      expect($$(one, 'path.dep')).to.have.length(1);
      const region = await map(html`<initiative-map feed=${feedUrl('sample')} region="FR-ARA"></initiative-map>`);
      expect($$(region, 'path.dep')).to.have.length(12);
    });

    it('fits a 320 px column and a full-width section without overflow', async () => {
      for (const width of [320, 1200]) {
        const root = await fixture<HTMLElement>(html`<div style="width:${width}px"><initiative-map feed=${feedUrl('sample')}></initiative-map></div>`);
        const el = await settled(root.querySelector('initiative-map')!);
        await waitUntil(() => markers(el).length > 0);
        expect(el.scrollWidth).to.be.at.most(width);
        const svg = $(el, 'svg.land')!.getBoundingClientRect();
        expect(svg.width).to.be.at.most(width);
        // Every marker lies inside the viewport.
        const box = $(el, '.viewport')!.getBoundingClientRect();
        for (const m of markers(el)) {
          const r = m.getBoundingClientRect();
          expect(r.left + r.width / 2).to.be.within(box.left, box.right);
        }
      }
    });
  });

  describe('markers, clusters and details', () => {
    it('clusters close initiatives with a count announced in their name, and opens a cluster on activation', async () => {
      const el = await map(html`<initiative-map feed=${dataUrl(syntheticFeed({ initiatives: 200, box: [[45.45, 2.99], [45.75, 3.41]] }))} departments="63"></initiative-map>`);
      const cluster = markers(el).find((m) => m.classList.contains('cluster'))!;
      expect(cluster.getAttribute('aria-label')).to.match(/^Groupe de \d+ initiatives\. Entrée pour zoomer/);
      expect(represented(el)).to.equal(200);
      const before = transform(el);
      cluster.click();
      await el.updateComplete;
      await waitUntil(() => transform(el) !== before, 'activating a cluster did not zoom');
      await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('marker'), 'focus was lost after opening a cluster');
    });

    it('a partner’s ::part(marker) transform adds to a marker’s place: the markers stay where they are', async () => {
      const el = await map(html`<initiative-map feed=${feedUrl('sample')}></initiative-map>`);
      const centres = () =>
        markers(el).map((m) => {
          const r = m.getBoundingClientRect();
          return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2), Math.round(r.width)];
        });
      const before = centres();
      const style = document.createElement('style');
      style.textContent = 'initiative-map::part(marker) { transform: scale(1.5); }';
      document.head.append(style);
      try {
        const after = centres();
        expect(after.map(([x, y]) => [x, y])).to.deep.equal(before.map(([x, y]) => [x, y]));
        expect(after[0]![2]! / before[0]![2]!, 'the partner’s scale applies').to.be.closeTo(1.5, 0.1);
      } finally {
        style.remove();
      }
    });

    it('a cluster at one place opens a panel that lists its initiatives', async () => {
      const el = await map(html`<initiative-map feed=${dataUrl(syntheticFeed({ initiatives: 3, box: [[45.6, 3.2], [45.6, 3.2]] }))}></initiative-map>`);
      expect(markers(el)).to.have.length(1);
      markers(el)[0]!.click();
      await el.updateComplete;
      const panel = $(el, '[part=panel]')!;
      expect(panel.querySelectorAll('.group button')).to.have.length(3);
      (panel.querySelector('.group button') as HTMLElement).click();
      await el.updateComplete;
      expect($(el, '[part=panel] h3')!.textContent).to.equal('Initiative fictive 0');
    });

    it('activating a marker opens the details panel and emits dossier-select; Escape closes and focus returns', async () => {
      const el = await map(html`<initiative-map feed=${feedUrl('sample')} departments="15"></initiative-map>`);
      const marker = markers(el).find((m) => m.getAttribute('aria-label')!.startsWith('Maison des Compétences'))!;
      marker.focus();
      const selected = oneEvent(el, 'dossier-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.include({ type: 'initiative', id: 'maison-des-competences' });
      await el.updateComplete;
      const panel = $(el, '[part=panel]')!;
      expect(panel.querySelector('h3')!.textContent).to.equal('Maison des Compétences');
      expect(panel.textContent).to.contain('Aurillac (15)');
      expect(panel.textContent).to.contain('Marie Carreaud');
      expect(panel.textContent).to.contain('Diversité et échange entre métiers');
      expect(el.shadowRoot!.activeElement).to.equal(panel.querySelector('h3'));
      expect(marker.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await waitUntil(() => !$(el, '[part=panel]'));
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-key') === 'maison-des-competences', 'focus did not return to the marker');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the markers once; arrows move between them; + and − zoom; Shift+arrows pan', async () => {
      const el = await map(html`<initiative-map feed=${feedUrl('sample')}></initiative-map>`);
      const focusable = markers(el).filter((m) => m.tabIndex === 0);
      expect(focusable).to.have.length(1);
      focusable[0]!.focus();
      const first = el.shadowRoot!.activeElement!.getAttribute('data-key');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-key') !== first, 'ArrowDown did not move focus');
      expect(markers(el).filter((m) => m.tabIndex === 0)).to.have.length(1);
      const start = transform(el);
      await sendKeys({ press: '+' });
      await el.updateComplete;
      expect(transform(el)).to.not.equal(start);
      expect(transform(el)).to.contain('scale(2)');
      const zoomed = transform(el);
      // A synthetic Shift+ArrowRight: WebDriver (WebKitGTK) can only "press" and "type", not hold Shift.
      el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(transform(el)).to.not.equal(zoomed);
      await sendKeys({ press: '-' });
      await el.updateComplete;
      expect(transform(el)).to.contain('scale(1)');
      expect(el.shadowRoot!.activeElement?.classList.contains('marker')).to.equal(true);
    });

    it('zoom buttons and reset', async () => {
      const el = await map(html`<initiative-map feed=${feedUrl('sample')}></initiative-map>`);
      const [zoomIn, , reset] = $$(el, '[part=controls] button');
      zoomIn!.click();
      await el.updateComplete;
      expect(transform(el)).to.contain('scale(2)');
      reset!.click();
      await el.updateComplete;
      expect(transform(el)).to.equal('translate(0 0) scale(1)');
    });

    it('the zoom buttons write no rare character: the reset arrow is drawn, so no font fallback runs in the first layout', async () => {
      const el = await map(html`<initiative-map feed=${feedUrl('sample')}></initiative-map>`);
      const buttons = $$(el, '[part=controls] button');
      // "+" and "−" are in every text font; "⟲" (U+27F2) made Chromium search the system's fonts.
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['+', '−', '']);
      const icon = buttons[2]!.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      const { width, height } = icon.getBoundingClientRect();
      expect(width, 'the icon is drawn at the text size').to.be.within(12, 24);
      expect(height).to.be.within(12, 24);
      expect([frMap.reset, enMap.reset]).to.include(buttons[2]!.getAttribute('aria-label'));
      await expect(el).to.be.accessible();
    });
  });

  describe('pointer and wheel', () => {
    it('the wheel never hijacks the page scroll: without Ctrl/⌘ or focus it scrolls the page and shows a hint', async () => {
      const el = await map(html`<initiative-map feed=${feedUrl('sample')}></initiative-map>`);
      (document.activeElement as HTMLElement | null)?.blur();
      const viewport = $(el, '.viewport')!;
      const plain = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true, clientX: 300, clientY: 200 });
      viewport.dispatchEvent(plain);
      await el.updateComplete;
      expect(plain.defaultPrevented).to.equal(false);
      expect(transform(el)).to.equal('translate(0 0) scale(1)');
      expect($(el, '.wheel-hint')!.textContent).to.contain('Ctrl');
      const withCtrl = new WheelEvent('wheel', { deltaY: -300, ctrlKey: true, bubbles: true, cancelable: true, clientX: 300, clientY: 200 });
      viewport.dispatchEvent(withCtrl);
      await el.updateComplete;
      expect(withCtrl.defaultPrevented).to.equal(true);
      expect(transform(el)).to.contain('scale(2)');
    });

    it('drag pans the map', async () => {
      const el = await map(html`<initiative-map feed=${feedUrl('sample')}></initiative-map>`);
      const viewport = $(el, '.viewport')!;
      const box = viewport.getBoundingClientRect();
      const at = (x: number, y: number) => ({ clientX: box.left + x, clientY: box.top + y, pointerId: 1, bubbles: true });
      viewport.dispatchEvent(new PointerEvent('pointerdown', at(10, 10)));
      viewport.dispatchEvent(new PointerEvent('pointermove', at(60, 40)));
      viewport.dispatchEvent(new PointerEvent('pointerup', at(60, 40)));
      await el.updateComplete;
      expect(transform(el)).to.equal('translate(50 30) scale(1)');
    });
  });

  it('two fingers pinch to zoom around their midpoint', async () => {
    const el = await map(html`<initiative-map feed=${feedUrl('sample')}></initiative-map>`);
    const viewport = $(el, '.viewport')!;
    const box = viewport.getBoundingClientRect();
    const at = (id: number, x: number, y: number) => ({ clientX: box.left + x, clientY: box.top + y, pointerId: id, bubbles: true });
    viewport.dispatchEvent(new PointerEvent('pointerdown', at(1, 200, 200)));
    viewport.dispatchEvent(new PointerEvent('pointerdown', at(2, 300, 200)));
    // The second finger moves away: the distance doubles, so the map zooms ×2 around (…, 200).
    viewport.dispatchEvent(new PointerEvent('pointermove', at(2, 400, 200)));
    viewport.dispatchEvent(new PointerEvent('pointerup', at(2, 400, 200)));
    viewport.dispatchEvent(new PointerEvent('pointerup', at(1, 200, 200)));
    await el.updateComplete;
    expect(transform(el)).to.contain('scale(2)');
  });

  describe('filters and states', () => {
    it('filters by theme and département, by attribute and on-map control; an empty result says so', async () => {
      const el = await map(html`<initiative-map feed=${feedUrl('sample')} topic="experiences-locales"></initiative-map>`);
      expect(represented(el)).to.equal(3);
      const [themeSelect, departmentSelect] = $$(el, '.filters select') as HTMLSelectElement[];
      expect(themeSelect!.value).to.equal('experiences-locales');
      departmentSelect!.value = '15';
      departmentSelect!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(represented(el)).to.equal(1);
      themeSelect!.value = 'approche-territoriale';
      themeSelect!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($(el, '[part=empty]')!.textContent).to.equal('Aucune initiative ne correspond à ces filtres.');
      await expect(el).to.be.accessible();
    });
  });

  describe('optional tiles', () => {
    const tiles = '/test-tiles/{z}/{x}/{y}.png';
    const tileRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/test-tiles/')).length;

    it('loads no tile before the reader consents, then switches to tiles under the same markers', async () => {
      performance.clearResourceTimings();
      const el = await map(html`<initiative-map feed=${feedUrl('sample')} tiles=${tiles} tiles-attribution="© Tuiles de test"></initiative-map>`);
      expect($$(el, 'svg image')).to.have.length(0);
      expect(tileRequests()).to.equal(0);
      const consent = $(el, '.consent button')!;
      expect(consent.textContent).to.equal('Afficher le fond de carte');
      await expect(el).to.be.accessible();
      consent.click();
      await el.updateComplete;
      await waitUntil(() => $$(el, 'svg image').length > 0, 'no tiles after consent');
      expect(represented(el)).to.equal(7);
      expect($(el, '[part=attribution]')!.textContent).to.contain('© Tuiles de test');
      await expect(el).to.be.accessible();
      await waitUntil(() => tileRequests() > 0, 'tiles were not requested');
    });

    it('tiles-consent: the partner already has consent', async () => {
      const el = await map(html`<initiative-map feed=${feedUrl('sample')} tiles=${tiles} tiles-consent></initiative-map>`);
      expect($(el, '.consent')).to.equal(null);
      expect($$(el, 'svg image').length).to.be.greaterThan(0);
    });
  });
});
