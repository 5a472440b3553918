import type { Actor, Dossier } from '../../feed/model.js';
import { listOf } from '../../core/list-attribute.js';

export interface ActorFilter {
  /** Theme ids, comma-separated. */
  topic?: string;
  kind?: string;
  /** INSEE département codes, comma-separated. */
  department?: string;
  sort?: 'feed' | 'name';
}

/**
 * The actors `<actor-list>` shows: filtered by theme, kind and département, in feed order or by
 * name in `lang`. The embed generator writes its no-JS fallback list with the same function.
 */
export function selectActors(dossier: Dossier, { topic, kind, department, sort }: ActorFilter, lang: string): Actor[] {
  const topics = new Set(listOf(topic));
  const departments = new Set(listOf(department));
  const actors = [...dossier.actors.values()].filter(
    (actor) =>
      (!kind || actor.kind === kind) &&
      (!topics.size || actor.themes.some((t) => topics.has(t.id))) &&
      (!departments.size || departments.has(actor.place?.department ?? '')),
  );
  if (sort === 'name') {
    const collator = new Intl.Collator(lang);
    actors.sort((a, b) => collator.compare(a.name, b.name));
  }
  return actors;
}
