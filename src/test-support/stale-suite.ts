/**
 * The element suite's last-known-good tests (element-suite.ts runs them for every widget): the
 * feed down on the next visit shows the last good copy with its note, fires dossier-stale, and
 * stays accessible. The feed is served by a server of the test's own (test/outage-plugin.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { DossierStaleDetail } from '../core/events.js';
import { readCopy } from '../feed/feed-cache.js';
import { cache as frCache } from '../i18n/fr/cache.js';
import { format } from '../i18n/messages.js';
import type { SuiteBase } from './element-suite.js';
import { captureWarnings } from './feeds.js';
import { openOutageServer, type OutageServer } from './outage.js';
import { copyStored, forgetCopies, newPageView, restoreStore } from './page-views.js';

/** What the element suite lends: its fixture's name and its helpers. */
export interface StaleSuite extends SuiteBase {
  expectStatus: (el: Element, text: string) => void;
  has: (el: Element, selector: string) => boolean;
  namingUrl: (warnings: string[], url: string) => string[];
}

export function staleTests({ feedName, mount, loaded, expectStatus, has, namingUrl }: StaleSuite) {
  let server: OutageServer;
  beforeEach(async () => {
    await forgetCopies();
    server = await openOutageServer();
    await server.serve({ feed: feedName });
  });
  afterEach(async () => {
    restoreStore();
    await server.close();
    await forgetCopies();
  });

  it('the feed down on the next visit (503): its last good copy, with the note in the live region, dossier-stale; accessible, light and dark', async () => {
    newPageView();
    await loaded((await mount({ feed: server.url })).el);
    await copyStored(server.url);
    const { date } = (await readCopy(server.url))!;
    await server.serve({ status: 503 });
    newPageView();
    const stale: CustomEvent<DossierStaleDetail>[] = [];
    const record = (e: Event) => stale.push(e as CustomEvent<DossierStaleDetail>);
    document.addEventListener('dossier-stale', record);
    try {
      const warnings = await captureWarnings(async () => {
        const { el } = await mount({ feed: server.url });
        await loaded(el);
        await waitUntil(() => stale.length > 0, 'no dossier-stale');
        const day = new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(date);
        expectStatus(el, format(frCache.stale, { date: day }));
        expect(has(el, '[part=status] small[part=stale]')).to.equal(true);
        expect(has(el, '[part=error], [part=retry]')).to.equal(false);
        expect({ ...stale[0]!.detail }).to.deep.equal({ url: server.url, date, kind: 'http', status: 503 });
        await expect(el).to.be.accessible();
        el.setAttribute('theme', 'dark');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
      // One warning about the feed (a map also says which initiatives it cannot place).
      expect(namingUrl(warnings, server.url), warnings.join('\n')).to.have.length(1);
    } finally {
      document.removeEventListener('dossier-stale', record);
    }
  });
}
