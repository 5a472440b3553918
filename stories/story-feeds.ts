/**
 * Feeds for stories: the real sample feed, plus URLs that produce each failure on demand, so
 * that every state has a story. The page's shared store gets a fetcher that answers
 * `/story-feeds/…` itself and passes everything else to the network.
 */
import { FeedStore } from '../src/feed/feed-store.js';

/** The bundled sample feed, served at /feeds/ by Storybook and by the test server. */
export const SAMPLE_FEED = '/feeds/pratiques-collaboratives.json';

export const STORY_FEEDS = {
  /** Never answers: the loading state, forever. */
  pending: '/story-feeds/pending',
  notFound: '/story-feeds/404',
  notJson: '/story-feeds/not-json',
  offline: '/story-feeds/offline',
};

async function storyFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(String(input), document.baseURI);
  switch (url.pathname) {
    case STORY_FEEDS.pending:
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    case STORY_FEEDS.notFound:
      return new Response('Not found', { status: 404 });
    case STORY_FEEDS.notJson:
      return new Response('<!doctype html><p>Maintenance</p>', { headers: { 'content-type': 'text/html' } });
    case STORY_FEEDS.offline:
      throw new TypeError('Failed to fetch');
    default:
      return fetch(input, init);
  }
}

export function installStoryFeeds() {
  const store = new FeedStore(storyFetch);
  // A pending story must stay pending while someone looks at it.
  store.timeout = 24 * 3600 * 1000;
  (globalThis as unknown as Record<symbol, FeedStore>)[Symbol.for('dossier-widgets.feed-store')] = store;
}
