/** The embed descriptors of every widget the generator offers, loaded once, in the element table's order. */
import { EMBEDS, type WidgetTag } from '../elements.js';
import type { EmbedDescriptor } from './embed-descriptor.js';

export type Embeds = ReadonlyMap<WidgetTag, EmbedDescriptor>;

let embeds: Promise<Embeds> | undefined;

export function loadEmbeds(): Promise<Embeds> {
  embeds ??= Promise.all(
    (Object.entries(EMBEDS) as [WidgetTag, (typeof EMBEDS)[WidgetTag]][]).map(async ([tag, load]) => [tag, (await load()).embed] as const),
  ).then((entries) => new Map(entries));
  return embeds;
}

/** The tags pre-rendered into their snippet by default. */
export const prerenderedTags = async () => [...(await loadEmbeds())].filter(([, embed]) => embed.prerender).map(([tag]) => tag);
