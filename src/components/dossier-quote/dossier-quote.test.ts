import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import './dossier-quote.js';
import '../dossier-feed/dossier-feed.js';
import type { DossierQuote } from './dossier-quote.component.js';
import { captureWarnings, feedUrl, hits, uniqueKey } from '../../test-support/feeds.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** Waits until the element has left the loading state (and rendered the result). */
async function settled(el: DossierQuote) {
  await el.updateComplete;
  await el.loadComplete;
  await el.updateComplete;
}

async function quote(template: ReturnType<typeof html>) {
  const el = await fixture<DossierQuote>(template);
  await settled(el);
  return el;
}

describe('<dossier-quote>', () => {
  describe('selection', () => {
    it('shows a quote by id as figure > blockquote + figcaption, with speaker, role, organisation, avatar, links', async () => {
      const el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote>`);
      const figure = shadow(el).querySelector('figure')!;
      expect(figure.querySelector(':scope > blockquote[part=text] > p')!.textContent).to.equal(
        'Une phrase inventée pour les tests, que personne n’a dite.',
      );
      expect(figure.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://media.example/dossiers/fictif/camille-exemple');
      expect(text(el, '.name')).to.equal('Camille Exemple');
      expect(text(el, '.role')).to.equal('Coordinatrice, Association Fictive');
      const img = figure.querySelector<HTMLImageElement>('[part=avatar] img')!;
      expect(img.src).to.match(/avatar\.svg$/);
      const links = [...figure.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.href]);
      expect(links).to.deep.equal([
        ['Lire le témoignage', 'https://media.example/dossiers/fictif/camille-exemple'],
        ['Dossier « Dossier fictif »', 'https://media.example/dossiers/fictif'],
      ]);
    });

    it('shows the quote of an actor, and of an item', async () => {
      const byActor = await quote(html`<dossier-quote feed=${feedUrl('fictional')} actor="dominique-test"></dossier-quote>`);
      expect(text(byActor, '.name')).to.equal('Dominique Test');
      const byItem = await quote(html`<dossier-quote feed=${feedUrl('fictional')} item="temoignage-camille"></dossier-quote>`);
      expect(text(byItem, '.name')).to.equal('Camille Exemple');
    });

    it('says when the id does not exist, names it in one console warning, and keeps the fallback', async () => {
      let el!: DossierQuote;
      const warnings = await captureWarnings(async () => {
        el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-nobody"><blockquote>Texte de secours</blockquote></dossier-quote>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('quote "q-nobody"');
      expect(text(el, '[part=error]')).to.equal('Ce contenu est introuvable dans le dossier.');
      expect(shadow(el).querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Texte de secours');
      expect(shadow(el).querySelector('[part=retry]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('an actor without quotes is "not found" too', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} actor="sans-citation"></dossier-quote>`);
        expect(text(el, '[part=error]')).to.contain('introuvable');
      });
      expect(warnings[0]).to.contain('quote by actor "sans-citation"');
    });

    it('follows a change of attribute without fetching again', async () => {
      const key = uniqueKey('switch');
      const el = await quote(html`<dossier-quote feed=${feedUrl('fictional', { key })} quote="q-camille"></dossier-quote>`);
      el.quote = 'q-dominique';
      await settled(el);
      expect(text(el, '.name')).to.equal('Dominique Test');
      expect(await hits(key)).to.equal(1);
    });
  });

  describe('untrusted content', () => {
    it('renders hostile HTML in a quote as text', async () => {
      const el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-dominique"></dossier-quote>`);
      const p = shadow(el).querySelector('blockquote p')!;
      expect(p.textContent).to.contain('<img src=x onerror=');
      expect(p.querySelector('img')).to.equal(null);
      await aTimeout(50);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('falls back to initials when the picture fails to load', async () => {
      const el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} actor="dominique-test"></dossier-quote>`);
      await waitUntil(() => !shadow(el).querySelector('[part=avatar] img'), 'image error not handled');
      expect(text(el, '[part=avatar]')).to.equal('DT');
    });
  });

  describe('one data path', () => {
    it('20 widgets in one <dossier-feed> make exactly one request and all render', async () => {
      const key = uniqueKey('twenty');
      const ids = ['q-camille', 'q-dominique'];
      const container = await fixture<HTMLElement>(html`<dossier-feed src=${feedUrl('fictional', { key, delay: 30 })}>
        ${Array.from({ length: 20 }, (_, i) => html`<dossier-quote quote=${ids[i % 2]!}></dossier-quote>`)}
      </dossier-feed>`);
      const quotes = [...container.querySelectorAll('dossier-quote')];
      await Promise.all(quotes.map(settled));
      expect(quotes.every((q) => q.shadowRoot!.querySelector('figure'))).to.equal(true);
      expect(await hits(key)).to.equal(1);
    });

    it('a widget\'s own feed attribute wins over the provider, through the same store', async () => {
      const key = uniqueKey('own');
      const container = await fixture<HTMLElement>(html`<dossier-feed src=${feedUrl('sample')}>
        <dossier-quote feed=${feedUrl('fictional', { key })} quote="q-camille"></dossier-quote>
        <dossier-quote feed=${feedUrl('fictional', { key })} quote="q-dominique"></dossier-quote>
      </dossier-feed>`);
      const quotes = [...container.querySelectorAll('dossier-quote')];
      await Promise.all(quotes.map(settled));
      expect(text(quotes[0]!, '.name')).to.equal('Camille Exemple');
      expect(await hits(key)).to.equal(1);
    });

    it('a widget removed while loading stops waiting without breaking its siblings', async () => {
      const key = uniqueKey('disconnect');
      const container = await fixture<HTMLElement>(html`<dossier-feed src=${feedUrl('fictional', { key, delay: 200 })}>
        <dossier-quote quote="q-camille"></dossier-quote>
        <dossier-quote quote="q-dominique"></dossier-quote>
      </dossier-feed>`);
      const [leaving, staying] = [...container.querySelectorAll('dossier-quote')];
      await aTimeout(20);
      leaving!.remove();
      await settled(staying!);
      expect(text(staying!, '.name')).to.equal('Dominique Test');
      expect(await hits(key)).to.equal(1);
      // Put back in the page, it loads again (from the store: no new request).
      container.append(leaving!);
      await settled(leaving!);
      expect(text(leaving!, '.name')).to.equal('Camille Exemple');
      expect(await hits(key)).to.equal(1);
    });

    it('picks up a provider defined after it (chunks may load in any order)', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      // An undefined provider tag first: the quote asks for context before anyone answers.
      render(html`<late-feed-provider><dossier-quote quote="q-camille"></dossier-quote></late-feed-provider>`, host);
      const el = host.querySelector('dossier-quote')!;
      await el.updateComplete;
      const { DossierFeed } = await import('../dossier-feed/dossier-feed.component.js');
      class LateFeedProvider extends DossierFeed {}
      host.querySelector('late-feed-provider')!.setAttribute('src', feedUrl('fictional'));
      customElements.define('late-feed-provider', LateFeedProvider);
      await waitUntil(() => el.shadowRoot!.querySelector('figure'), 'late provider not used');
    });
  });

  describe('states', () => {
    it('while loading: keeps the partner\'s fallback visible and announces loading politely', async () => {
      const el = await fixture<DossierQuote>(html`<dossier-quote feed=${feedUrl('fictional', { delay: 300 })} quote="q-camille">
        <blockquote>Le texte du partenaire</blockquote>
      </dossier-quote>`);
      const status = shadow(el).querySelector('[role=status]')!;
      expect(status.textContent!.trim()).to.equal('Chargement du dossier…');
      expect(shadow(el).querySelector('slot')!.assignedElements()).to.have.length(1);
      expect(shadow(el).querySelector('.skeleton')).to.equal(null);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(shadow(el).querySelector('slot')).to.equal(null);
    });

    it('while loading without fallback: a skeleton reserves the space', async () => {
      // Portability: delay 2000 (was 300): Firefox on a busy 2-core machine loaded the feed before the check.
      const el = await fixture<DossierQuote>(html`<dossier-quote feed=${feedUrl('fictional', { delay: 2000 })}></dossier-quote>`);
      const skeletonHeight = el.getBoundingClientRect().height;
      expect(shadow(el).querySelector('.skeleton-shape')).to.not.equal(null);
      expect(skeletonHeight).to.be.greaterThan(60);
      await expect(el).to.be.accessible();
    });

    const errors: [string, string, string][] = [
      ['404', feedUrl('fictional', { status: 404 }), 'Le dossier est indisponible pour le moment (erreur 404).'],
      ['not JSON', feedUrl('fictional', { body: 'not-json' }), 'Le dossier est illisible pour le moment.'],
      ['invalid feed', feedUrl('not-a-dossier'), 'Le dossier est illisible pour le moment.'],
      ['network', 'http://127.0.0.1:9/feed.json', 'Le dossier n’a pas pu être chargé (connexion impossible).'],
    ];
    for (const [label, url, message] of errors) {
      it(`error (${label}): short message, retry button, fallback kept, dossier-error event`, async () => {
        await captureWarnings(async () => {
          // The listener is bound in the template, before the element connects and fetches: a
          // refused connection can fail before fixture() returns, and oneEvent() would then wait
          // for an event already gone.
          let errorEvent!: (event: Event) => void;
          const failed = new Promise<Event>((resolve) => (errorEvent = resolve));
          const el = await fixture<DossierQuote>(html`<dossier-quote feed=${url} @dossier-error=${errorEvent}>
            <p><a href="https://media.example/">Lire sur le média</a></p></dossier-quote>`);
          const event = await failed;
          await el.updateComplete;
          expect(event.bubbles && event.composed).to.equal(true);
          expect(text(el, '[part=error]')).to.equal(message);
          expect(shadow(el).querySelector('[part=retry]')!.textContent).to.equal('Réessayer');
          expect(shadow(el).querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Lire sur le média');
          await expect(el).to.be.accessible();
        });
      });
    }

    it('error (timeout): a feed that hangs becomes a message, not an eternal skeleton', async () => {
      await captureWarnings(async () => {
        const container = await fixture<HTMLElement>(html`<dossier-feed src=${feedUrl('fictional', { delay: 3000 })} timeout="100">
          <dossier-quote></dossier-quote></dossier-feed>`);
        const el = container.querySelector('dossier-quote')!;
        const event = await oneEvent(el, 'dossier-error');
        expect(event.detail.kind).to.equal('timeout');
        await el.updateComplete;
        expect(text(el, '[part=error]')).to.equal('Le dossier met trop de temps à répondre.');
      });
    });

    it('retry loads again and renders when the feed has recovered', async () => {
      const key = uniqueKey('recover');
      await captureWarnings(async () => {
        const el = await quote(html`<dossier-quote feed=${feedUrl('fictional', { key, fail: 1 })} quote="q-camille"></dossier-quote>`);
        expect(text(el, '[part=error]')).to.contain('503');
        const retried = oneEvent(el, 'dossier-retry');
        shadow(el).querySelector<HTMLButtonElement>('[part=retry]')!.click();
        await retried;
        await oneEvent(el, 'dossier-load');
        await el.updateComplete;
        expect(text(el, '.name')).to.equal('Camille Exemple');
      });
      expect(await hits(key)).to.equal(2);
    });

    it('fires dossier-load, bubbling and composed, with the dossier', async () => {
      const el = await fixture<DossierQuote>(html`<dossier-quote feed=${feedUrl('fictional', { delay: 30 })}></dossier-quote>`);
      const event = await oneEvent(el, 'dossier-load');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.dossier.id).to.equal('dossier-fictif');
    });
  });

  describe('look and language', () => {
    it('is accessible in the light and dark themes and as an inline pull quote', async () => {
      for (const theme of ['light', 'dark'] as const) {
        for (const variant of ['card', 'inline'] as const) {
          const el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille" theme=${theme} variant=${variant}></dossier-quote>`);
          await expect(el).to.be.accessible();
        }
      }
    });

    it('uses the dark palette with theme="dark"', async () => {
      const el = await quote(html`<dossier-quote feed=${feedUrl('fictional')} quote="q-camille" theme="dark"></dossier-quote>`);
      const figure = shadow(el).querySelector('figure')!;
      expect(getComputedStyle(figure).backgroundColor).to.equal('rgb(27, 31, 36)');
    });

    it('follows --dossier-* custom properties set by the host page', async () => {
      const el = await quote(html`<dossier-quote style="--dossier-accent: rgb(200, 0, 100); --dossier-radius: 0px" feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote>`);
      const link = shadow(el).querySelector('a')!;
      expect(getComputedStyle(link).color).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(shadow(el).querySelector('figure')!).borderRadius).to.equal('0px');
    });

    it('speaks English with lang="en" on an ancestor, French by default', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><dossier-quote feed=${feedUrl('fictional')} quote="q-camille"></dossier-quote></div>`);
      const el = wrapper.querySelector('dossier-quote')!;
      await settled(el);
      expect([...shadow(el).querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal([
        'Read the testimony',
        'Dossier “Dossier fictif”',
      ]);
      const warnings = await captureWarnings(async () => {
        const failing = await fixture<DossierQuote>(html`<dossier-quote lang="en" feed=${feedUrl('fictional', { status: 500 })}></dossier-quote>`);
        await oneEvent(failing, 'dossier-error');
        await failing.updateComplete;
        expect(text(failing, '[part=error]')).to.equal('The dossier is unavailable right now (error 500).');
        expect(text(failing, '[part=retry]')).to.equal('Try again');
      });
      expect(warnings).to.have.length(1);
    });
  });
});
