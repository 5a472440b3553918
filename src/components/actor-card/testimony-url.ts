/**
 * The actor's testimony in the dossier, apart from the card's markup: the embed descriptor
 * (actor-card.embed.ts) needs it without Lit, since the oEmbed handler that plans the embed
 * pages runs in edge workers, where Lit's browser build cannot load (no DOM there).
 */
import type { Actor } from '../../feed/model.js';

/** The actor's testimony in the dossier: their first item, else their first quote's page. */
export const testimonyUrl = (actor: Actor) => actor.items.find((i) => i.url)?.url ?? actor.quotes.find((q) => q.url)?.url;
