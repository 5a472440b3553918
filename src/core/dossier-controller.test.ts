/**
 * The data controller on a bare host (no LitElement, no widget): the least a
 * ReactiveControllerHost does, recording the controller's status at each update as a render
 * would see it. Feeds come from the test server (test/feed-server.mjs) through the page's store.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DossierController, type DataStatus } from './dossier-controller.js';
import { feedContext, type FeedSource } from './feed-context.js';
import { FeedError } from '../feed/feed-error.js';
import { absoluteUrl } from '../feed/feed-store.js';
import type { Quote } from '../feed/model.js';
import { settled } from '../test-support/elements.js';
import { captureWarnings, feedUrl, hits, uniqueKey } from '../test-support/feeds.js';

class BareHost extends HTMLElement implements ReactiveControllerHost {
  feed?: string;
  /** What `select` picks: a quote id. */
  quote = 'q-camille';
  data!: DossierController<Quote>;
  /** The controller's status at each update. */
  readonly renders: DataStatus[] = [];
  /** Its dossier-* events. */
  readonly events: CustomEvent[] = [];
  updateComplete: Promise<boolean> = Promise.resolve(true);
  private readonly controllers = new Set<ReactiveController>();
  private updatePending = false;

  constructor() {
    super();
    for (const type of ['dossier-load', 'dossier-error', 'dossier-retry']) this.addEventListener(type, (e) => this.events.push(e as CustomEvent));
  }

  get loadComplete() {
    return this.data.complete;
  }

  addController(controller: ReactiveController) {
    this.controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController) {
    this.controllers.delete(controller);
  }

  /** One batched update a microtask later, as Lit does: hostUpdate, "render", hostUpdated. */
  requestUpdate() {
    if (this.updatePending) return;
    this.updatePending = true;
    this.updateComplete = Promise.resolve().then(() => {
      this.updatePending = false;
      for (const controller of this.controllers) controller.hostUpdate?.();
      this.renders.push(this.data.status);
      for (const controller of this.controllers) controller.hostUpdated?.();
      return true;
    });
  }

  connectedCallback() {
    for (const controller of this.controllers) controller.hostConnected?.();
    this.requestUpdate();
  }

  disconnectedCallback() {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }

  eventTypes() {
    return this.events.map((e) => e.type);
  }
}
customElements.define('bare-dossier-host', BareHost);

let page: HTMLElement;
beforeEach(() => {
  page = document.createElement('div');
  document.body.append(page);
});
afterEach(() => page.remove());

/** A host selecting a quote by id, not yet in the page. */
function bareHost(feed?: string, quote = 'q-camille') {
  const host = document.createElement('bare-dossier-host') as BareHost;
  host.feed = feed;
  host.quote = quote;
  host.data = new DossierController<Quote>(host, {
    select: (dossier) => dossier.quotes.get(host.quote),
    selectArgs: () => [host.quote],
    describe: () => `quote "${host.quote}"`,
  });
  return host;
}

describe('DossierController', () => {
  it('stays initial without a feed URL: loads nothing, complete resolves', async () => {
    const host = bareHost();
    page.append(host);
    await settled(host);
    expect(host.renders).to.deep.equal(['initial']);
    expect(host.data.url).to.equal(undefined);
    expect(host.events).to.have.length(0);
  });

  it('initial → pending → complete: the selected value, the dossier and the absolute URL, one dossier-load', async () => {
    const key = uniqueKey('controller');
    const feed = feedUrl('fictional', { key });
    const host = bareHost(feed);
    expect(host.data.status).to.equal('initial');
    page.append(host);
    await host.updateComplete;
    expect(host.data.status).to.equal('pending');
    await settled(host);
    expect(host.renders).to.deep.equal(['pending', 'complete']);
    const { value, dossier, url } = host.data.loaded!;
    expect([value.id, value.actor.name, dossier.id, url]).to.deep.equal(['q-camille', 'Camille Exemple', 'dossier-fictif', absoluteUrl(feed)]);
    expect(host.data.error).to.equal(undefined);
    expect(host.eventTypes()).to.deep.equal(['dossier-load']);
    expect(host.events[0]!.detail).to.deep.equal({ url: absoluteUrl(feed), dossier });
    expect(await hits(key)).to.equal(1);
  });

  it('initial → pending → error: a FeedError with its kind and status, one dossier-error; complete resolves, never rejects', async () => {
    const feed = feedUrl('fictional', { status: 404 });
    const host = bareHost(feed);
    await captureWarnings(async () => {
      page.append(host);
      await settled(host);
    });
    expect(host.renders).to.deep.equal(['pending', 'error']);
    const { error } = host.data;
    expect(error).to.be.instanceOf(FeedError);
    expect([error!.kind, error!.status, error!.url]).to.deep.equal(['http', 404, absoluteUrl(feed)]);
    expect(host.data.loaded).to.equal(undefined);
    expect(host.eventTypes()).to.deep.equal(['dossier-error']);
    expect(host.events[0]!.detail).to.deep.equal({ url: absoluteUrl(feed), kind: 'http', status: 404, error });
    expect(await host.data.complete).to.equal(undefined);
  });

  it('not found: nothing selected is a not-found error, warned once with the host\'s tag, what was asked for and the URL', async () => {
    const feed = feedUrl('fictional');
    const host = bareHost(feed, 'q-nobody');
    const warnings = await captureWarnings(async () => {
      page.append(host);
      await settled(host);
    });
    expect(host.renders).to.deep.equal(['pending', 'error']);
    expect(host.data.error!.kind).to.equal('not-found');
    expect(warnings).to.deep.equal([`dossier-widgets: <bare-dossier-host>: No quote "q-nobody" in this dossier (${absoluteUrl(feed)})`]);
    expect(host.events[0]!.detail).to.include({ kind: 'not-found', url: absoluteUrl(feed) });
  });

  it('runs again when an argument changes (the feed from the store: one request), not on an unrelated update', async () => {
    const key = uniqueKey('args');
    const host = bareHost(feedUrl('fictional', { key }));
    page.append(host);
    await settled(host);
    const first = host.data.complete;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.data.complete).to.equal(first);
    expect(host.renders).to.deep.equal(['pending', 'complete', 'complete']);
    host.quote = 'q-dominique';
    host.requestUpdate();
    await settled(host);
    expect(host.renders).to.deep.equal(['pending', 'complete', 'complete', 'pending', 'complete']);
    expect(host.data.loaded!.value.actor.name).to.equal('Dominique Test');
    expect(host.eventTypes()).to.deep.equal(['dossier-load', 'dossier-load']);
    expect(await hits(key)).to.equal(1);
  });

  it('a newer run aborts the stale one, whose result is never applied (nor any event fired for it)', async () => {
    const slow = feedUrl('fictional', { delay: 400 });
    const fast = feedUrl('fictional');
    const host = bareHost(slow);
    page.append(host);
    await host.updateComplete;
    const stale = host.data.complete;
    host.feed = fast;
    host.requestUpdate();
    await host.updateComplete;
    // A new run, a new promise; the stale one settles (at once: it was aborted) without applying.
    expect(host.data.complete).to.not.equal(stale);
    await stale;
    await settled(host);
    expect(host.data.loaded!.url).to.equal(absoluteUrl(fast));
    // Past the slow feed's answer: still the newer result, one load event and no error.
    await aTimeout(600);
    await host.updateComplete;
    expect(host.data.status).to.equal('complete');
    expect(host.data.loaded!.url).to.equal(absoluteUrl(fast));
    expect(host.eventTypes()).to.deep.equal(['dossier-load']);
    expect(host.renders).to.deep.equal(['pending', 'pending', 'complete']);
  });

  it('retry: fires dossier-retry, is pending at once, fetches again (the failure was not cached) and completes', async () => {
    const key = uniqueKey('retry');
    const feed = feedUrl('fictional', { key, fail: 1 });
    const host = bareHost(feed);
    await captureWarnings(async () => {
      page.append(host);
      await settled(host);
    });
    expect(host.data.error!.status).to.equal(503);
    host.data.retry();
    expect(host.data.status).to.equal('pending');
    expect(host.events.at(-1)!.type).to.equal('dossier-retry');
    expect(host.events.at(-1)!.detail).to.deep.equal({ url: feed });
    await settled(host);
    expect(host.renders).to.deep.equal(['pending', 'error', 'pending', 'complete']);
    expect(host.data.loaded!.value.id).to.equal('q-camille');
    expect(host.eventTypes()).to.deep.equal(['dossier-error', 'dossier-retry', 'dossier-load']);
    expect(await hits(key)).to.equal(2);
  });

  it('taken out of the page while pending, stops waiting; put back, loads again and completes', async () => {
    const feed = feedUrl('fictional', { delay: 300 });
    const host = bareHost(feed);
    page.append(host);
    await host.updateComplete;
    const interrupted = host.data.complete;
    host.remove();
    await interrupted;
    expect(host.data.status).to.equal('pending');
    expect(host.events).to.have.length(0);
    page.append(host);
    await settled(host);
    expect(host.data.status).to.equal('complete');
    expect(host.eventTypes()).to.deep.equal(['dossier-load']);
  });

  it('takes its feed from an enclosing provider (context-request), follows its changes; the host\'s own feed wins', async () => {
    const provided = [feedUrl('fictional'), feedUrl('fictional')];
    const own = feedUrl('fictional');
    let answer!: (value: FeedSource | undefined, unsubscribe?: () => void) => void;
    let unsubscribed = 0;
    const unsubscribe = () => unsubscribed++;
    // A provider as @lit/context's ContextProvider answers: the event's callback, subscribed.
    page.addEventListener('context-request', (event) => {
      const request = event as Event & { context: unknown; subscribe?: boolean; callback: typeof answer };
      if (request.context !== feedContext) return;
      event.stopPropagation();
      expect(request.subscribe).to.equal(true);
      answer = request.callback;
      answer({ src: provided[0]! }, unsubscribe);
    });
    const host = bareHost();
    page.append(host);
    await settled(host);
    expect([host.data.url, host.data.loaded!.url]).to.deep.equal([provided[0], absoluteUrl(provided[0]!)]);
    answer({ src: provided[1]! }, unsubscribe);
    await waitUntil(() => host.data.loaded?.url === absoluteUrl(provided[1]!), 'the provider\'s new feed was not loaded');
    host.feed = own;
    host.requestUpdate();
    await settled(host);
    expect(host.data.loaded!.url).to.equal(absoluteUrl(own));
    // Taken out of the page, it stops listening to the provider.
    host.remove();
    expect(unsubscribed).to.equal(1);
  });
});
