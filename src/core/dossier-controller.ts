/**
 * The one data path: every widget gets its dossier through this controller, and so renders
 * the same pending / complete / error states.
 *
 * The feed URL comes from the widget's own `feed` attribute or, failing that, from the nearest
 * `<dossier-feed>` (context). Either way it is loaded through the page's shared FeedStore, so
 * twenty widgets make one request. The widget only says what it wants from the dossier
 * (`select`); a missing id becomes a `not-found` error like any other.
 *
 * Unless the widget or its `<dossier-feed>` says `cache="none"`, the feed's last good copy
 * (feed-cache.ts) may answer first: it renders at once, then gives way to the newer feed when
 * the network brings one (the same DOM updated in place: no flash, focus kept), or stays with a
 * note when the feed failed (`dossier-stale`).
 *
 * It follows @lit/task's model (re-run when the arguments change, abort the stale run, render
 * by status) in a few lines of its own: the task package cost more bytes than this whole
 * controller, and the script tag has a 12 KB budget.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type DossierErrorDetail } from './events.js';
import { feedContext, type FeedSource } from './feed-context.js';
import { FeedError } from '../feed/feed-error.js';
import type { LoadResult, StaleCopy } from '../feed/feed-cache.js';
import { absoluteUrl, defaultStore, warn } from '../feed/feed-store.js';
import type { Dossier } from '../feed/model.js';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** The widget's own feed URL, which wins over an enclosing `<dossier-feed>`. */
  feed?: string;
  /** `none`: no last good copy for this widget (feed-cache.ts). */
  cache?: string;
}

export interface DataOptions<T> {
  /** Picks what the widget shows; `undefined` means "not in this dossier". */
  select: (dossier: Dossier) => T | undefined;
  /** Host values `select` depends on: a change re-selects (the feed itself is cached). */
  selectArgs: () => unknown[];
  /** Names what was asked for, for the not-found warning: `quote "q-12"`. */
  describe: () => string;
}

export interface Loaded<T> {
  value: T;
  dossier: Dossier;
  /** Absolute feed URL. */
  url: string;
  /** Set when this is the feed's last good copy, shown because the feed failed. */
  stale?: StaleCopy;
}

export type DataStatus = 'initial' | 'pending' | 'complete' | 'error';

export class DossierController<T> implements ReactiveController {
  status: DataStatus = 'initial';
  loaded?: Loaded<T>;
  error?: FeedError;
  /** Settles when the current load does (never rejects). */
  complete: Promise<void> = Promise.resolve();

  /** What the enclosing `<dossier-feed>` provides, and how to stop listening to it. */
  private source?: FeedSource;
  private unsubscribe?: () => void;
  /** The arguments of the last run, to run again only when they change (forgotten by a load that disconnection interrupted). */
  private lastArgs?: string;
  private abortController?: AbortController;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions<T>,
  ) {
    host.addController(this);
  }

  /** The feed URL in use, own attribute first. */
  get url(): string | undefined {
    return this.host.feed || this.source?.src;
  }

  /** Before each render: load again if the URL or the selection changed. */
  hostUpdate() {
    const args = JSON.stringify([this.url, this.source, ...this.options.selectArgs()]);
    if (args !== this.lastArgs) {
      this.lastArgs = args;
      this.run();
    }
  }

  hostConnected() {
    this.requestSource();
    // A provider defined after this widget (chunks load in any order) announces itself with a
    // context-provider event: ask again then, if nobody has answered yet.
    document.addEventListener('context-provider', this.onProvider);
    // Back after an interrupted load (or new): the coming update runs it (hostUpdate).
    if (!this.lastArgs) this.host.requestUpdate();
  }

  /** A widget taken out of the page stops waiting (its siblings' shared request goes on). */
  hostDisconnected() {
    document.removeEventListener('context-provider', this.onProvider);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.status === 'pending') {
      // Resumed when the widget is put back in the page (hostConnected).
      this.lastArgs = undefined;
      this.abortController?.abort();
    }
  }

  /**
   * Asks the nearest `<dossier-feed>` for its feed, subscribing to its changes: a
   * `context-request` event of the community context protocol, which @lit/context's
   * ContextProvider answers (it reads these fields, not the event's class, so the widgets need
   * none of @lit/context's code).
   */
  private requestSource() {
    const request = new Event('context-request', { bubbles: true, composed: true });
    this.host.dispatchEvent(Object.assign(request, { context: feedContext, contextTarget: this.host, callback: this.onSource, subscribe: true }));
  }

  private readonly onSource = (value: FeedSource | undefined, unsubscribe?: () => void) => {
    // Answered by another provider (the widget moved): leave the previous one.
    if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    this.source = value;
    this.host.requestUpdate();
  };

  private readonly onProvider = (event: Event) => {
    if ((event as Event & { context?: unknown }).context === feedContext && !this.unsubscribe) this.requestSource();
  };

  /** Loads again after an error; the store has already forgotten the failed attempt. */
  retry() {
    emit(this.host, 'dossier-retry', { url: this.url ?? '' });
    this.run();
    this.host.requestUpdate();
  }

  /** Starts a load; the state it sets now is what the coming render shows. */
  private run() {
    this.abortController?.abort();
    const url = this.url;
    if (!url) {
      this.status = 'initial';
      return;
    }
    const { signal } = (this.abortController = new AbortController());
    this.status = 'pending';
    this.complete = this.load(absoluteUrl(url), signal);
  }

  /**
   * Loads `href` and applies the result, unless a newer run or a disconnection took over; then
   * applies what follows a copy from the cache (`next`): the newer feed, or the note that the
   * feed failed. `complete` settles after all of it.
   */
  private async load(href: string, signal: AbortSignal, next?: Promise<LoadResult | undefined>): Promise<void> {
    // Called as methods: the options may be the host itself (DossierElement).
    const { options } = this;
    let result: LoadResult | undefined;
    let settle: () => void;
    try {
      if (!next) {
        const loading = defaultStore().load(href, { signal, ...this.source });
        // Handled once feed-cache.ts has loaded: no unhandled rejection meanwhile.
        loading.catch(() => {});
        // Unless opted out, the feed's last good copy (feed-cache.ts, a chunk of its own that
        // loads while the request is under way) answers when it is read first, or when the feed fails.
        next = (this.host.cache || this.source?.cache) == 'none' ? loading : import('../feed/feed-cache.js').then((m) => m.lastGood(href, loading), () => loading);
      }
      result = await next;
      // The copy was current: nothing changes.
      if (!result) return;
      const { dossier, stale } = result;
      const value = options.select(dossier!);
      if (value === undefined) {
        throw new FeedError('not-found', href, `<${this.host.localName}>: No ${options.describe()} in this dossier`);
      }
      settle = () => {
        this.status = 'complete';
        this.loaded = { ...result!, value, url: href } as Loaded<T>;
        // A copy marked stale (it always follows the copy's own render) is no new content: only the note is new.
        emit(this.host, stale ? 'dossier-stale' : 'dossier-load', stale ?? { url: href, dossier: dossier! });
      };
    } catch (caught) {
      settle = () => {
        // Anything but a FeedError (an AbortError that raced) is shown as a network error.
        const error = caught instanceof FeedError ? caught : new FeedError('network', href, String(caught));
        if (error.kind === 'not-found') warn(error.message);
        this.status = 'error';
        this.error = error;
        emit<DossierErrorDetail>(this.host, 'dossier-error', { url: href, kind: error.kind, status: error.status, error });
      };
    }
    // A newer run, or a disconnection, took over: this result is stale.
    if (signal.aborted) return;
    settle();
    this.host.requestUpdate();
    if (result?.next) return this.load(href, signal, result.next);
  }
}
