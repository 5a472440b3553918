/**
 * The one data path: every widget gets its dossier through this controller, and so renders
 * the same pending / complete / error states.
 *
 * The feed URL comes from the widget's own `feed` attribute or, failing that, from the nearest
 * `<dossier-feed>` (context). Either way it is loaded through the page's shared FeedStore, so
 * twenty widgets make one request. The widget only says what it wants from the dossier
 * (`select`); a missing id becomes a `not-found` error like any other.
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type DossierErrorDetail } from './events.js';
import { feedContext } from './feed-context.js';
import { FeedError } from '../feed/feed-error.js';
import { defaultStore } from '../feed/feed-store.js';
import type { Dossier } from '../feed/model.js';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** The widget's own feed URL, which wins over an enclosing `<dossier-feed>`. */
  feed?: string;
}

export interface DataOptions<T> {
  /** Picks what the widget shows; `undefined` means "not in this dossier". */
  select: (dossier: Dossier) => T | undefined;
  /** Host values `select` depends on: a change re-selects (the feed itself is cached). */
  args: () => unknown[];
  /** Names what was asked for, for the not-found warning: `quote "q-12"`. */
  describe: () => string;
}

export interface Loaded<T> {
  value: T;
  dossier: Dossier;
  url: string;
}

/**
 * Lets providers that are defined after their consumers (chunks loading in any order) still
 * answer them. One root per document, shared by every copy of the library.
 */
const ROOT_KEY = Symbol.for('dossier-widgets.context-root');
function attachContextRoot() {
  const doc = document as unknown as Record<symbol, boolean>;
  if (doc[ROOT_KEY]) return;
  doc[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}

export class DossierController<T> implements ReactiveController {
  private readonly source: ContextConsumer<typeof feedContext, DataHost>;
  private readonly task: Task<unknown[], Loaded<T>>;

  constructor(
    private readonly host: DataHost,
    options: DataOptions<T>,
  ) {
    attachContextRoot();
    host.addController(this);
    this.source = new ContextConsumer(host, { context: feedContext, subscribe: true });
    this.task = new Task(host, {
      args: () => [this.url, this.source.value?.timeout, ...options.args()],
      task: async ([url, timeout], { signal }) => {
        if (typeof url !== 'string' || !url) return initialState;
        const { dossier } = await defaultStore().load(url, { signal, timeout: timeout as number | undefined });
        const value = options.select(dossier!);
        if (value === undefined) {
          const error = new FeedError('not-found', new URL(url, document.baseURI).href, `No ${options.describe()} in this dossier`);
          console.warn(`dossier-widgets: <${host.localName}>: ${error.message}`);
          throw error;
        }
        return { value, dossier: dossier!, url };
      },
      onComplete: ({ dossier }) => emit(host, 'dossier-load', { url: this.url, dossier }),
      onError: (error) => {
        if (!(error instanceof FeedError)) return;
        emit<DossierErrorDetail>(host, 'dossier-error', { url: error.url, kind: error.kind, status: error.status, error });
      },
    });
  }

  /** The feed URL in use, own attribute first. */
  get url(): string | undefined {
    return this.host.feed || this.source.value?.src;
  }

  get status() {
    return this.task.status;
  }

  /** Resolves when the current load settles (for tests and hosts that want to wait). */
  get complete() {
    return this.task.taskComplete;
  }

  /** Loads again after an error; the store has already forgotten the failed attempt. */
  retry() {
    emit(this.host, 'dossier-retry', { url: this.url ?? '' });
    void this.task.run();
  }

  render(renderers: {
    initial: () => unknown;
    pending: () => unknown;
    complete: (loaded: Loaded<T>) => unknown;
    error: (error: FeedError) => unknown;
  }) {
    return this.task.render({
      ...renderers,
      // Anything that is not a FeedError (an AbortError that raced) is shown as a network error.
      error: (error) =>
        renderers.error(error instanceof FeedError ? error : new FeedError('network', this.url ?? '', String(error))),
    });
  }

  /** A load aborted by disconnection, to resume if the widget is put back in the page. */
  private interrupted = false;

  hostConnected() {
    if (this.interrupted) {
      this.interrupted = false;
      void this.task.run();
    }
  }

  /** A widget taken out of the page stops waiting (its siblings' shared request goes on). */
  hostDisconnected() {
    if (this.task.status === TaskStatus.PENDING) {
      this.interrupted = true;
      this.task.abort();
    }
  }
}
