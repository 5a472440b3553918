import { listOf } from '../../core/list-attribute.js';
import type { Initiative } from '../../feed/model.js';

/**
 * The initiatives `<initiative-map>` shows: that one initiative when `only` names it, else those
 * with one of the theme ids and in one of the départements (comma-separated; empty means all).
 * The embed generator writes its no-JS fallback list with the same function.
 */
export function selectInitiatives(all: Iterable<Initiative>, topic?: string, department?: string, only?: string): Initiative[] {
  const topics = new Set(listOf(topic));
  const departments = new Set(listOf(department));
  return [...all].filter(
    (i) =>
      (!only || i.id === only) &&
      (!topics.size || i.themes.some((t) => topics.has(t.id))) &&
      (!departments.size || departments.has(i.place?.department ?? '')),
  );
}
