/**
 * Every event the library fires: namespaced `dossier-…`, bubbling and composed so a host page
 * can listen once on `document` (for its own analytics, say), with a typed `detail`.
 */
import type { FeedError, FeedErrorKind } from '../feed/feed-error.js';
import type { Dossier } from '../feed/model.js';

export interface DossierLoadDetail {
  /** Absolute feed URL. */
  url: string;
  dossier: Dossier;
}

/**
 * Why a widget shows no content of its own: its feed (`kind` a `FeedErrorKind`, `error` the
 * `FeedError`), or, from the script-tag loader, its code, whose bytes the browser refused
 * (`kind: 'integrity'`, `url` the refused file's; src/chunk-integrity.ts).
 */
export type DossierErrorDetail =
  | {
      /** The feed's URL. */
      url: string;
      kind: FeedErrorKind;
      /** HTTP status for `kind === 'http'`. */
      status?: number;
      error: FeedError;
    }
  | {
      /** The refused file's URL. */
      url: string;
      kind: 'integrity';
      error: Error;
    };

export interface DossierRetryDetail {
  url: string;
}

/** A widget shows its feed's last good copy because the feed failed (it says so in a note). */
export interface DossierStaleDetail {
  /** Absolute feed URL. */
  url: string;
  /** When the content shown was fetched. */
  date: Date;
  /** How the feed failed: `network`, `http`, `not-json`, `invalid` or `timeout`. */
  kind: FeedErrorKind;
  /** HTTP status for `kind === 'http'`. */
  status?: number;
}

export interface DossierSelectDetail {
  /** What was chosen. */
  type: 'actor' | 'initiative' | 'quote';
  /** Its id in the feed. */
  id: string;
  /** The link about to be followed, if any. */
  url?: string;
  /** Which link: the testimony in the dossier, or the actor's own site. */
  link?: 'testimony' | 'website';
}

export function emit<T>(target: EventTarget, type: keyof GlobalEventHandlersEventMap, detail: T, cancelable = false) {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A widget rendered its content from the feed. */
    'dossier-load': CustomEvent<DossierLoadDetail>;
    /** A widget could not render: feed error, the requested id is not in the feed, or its code was refused (integrity). */
    'dossier-error': CustomEvent<DossierErrorDetail>;
    /**
     * The reader chose an actor or initiative (before a link is followed). Cancelable:
     * `preventDefault()` keeps the browser from following the link, so a host can open its
     * own view instead.
     */
    'dossier-select': CustomEvent<DossierSelectDetail>;
    /**
     * The feed failed, and the widget shows the feed's last good copy instead, with a note
     * giving its date (after its `dossier-load`, which that copy fired when it rendered).
     */
    'dossier-stale': CustomEvent<DossierStaleDetail>;
    /** The reader pressed "retry" after an error. */
    'dossier-retry': CustomEvent<DossierRetryDetail>;
  }
}
