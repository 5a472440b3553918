/**
 * The card's text lines that its fallback repeats word for word: apart from the card's markup,
 * as testimony-url.ts, so that the embed descriptor (actor-card.embed.ts) needs no Lit.
 */
import type { Actor, Place } from '../../feed/model.js';

/** "Role · Organisation", or empty. */
export const cardDetails = (actor: Actor) => [actor.role, actor.organisation?.name].filter(Boolean).join(' · ');

/** "Place (département)". */
export const placeLine = (place: Place) => `${place.name}${place.department ? ` (${place.department})` : ''}`;
