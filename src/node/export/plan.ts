/**
 * What an exported site holds, computed without Node's APIs (no file system, no `process`), so
 * that the static exporter (export-site.ts, Node) and the oEmbed endpoint (oembed-handler.ts,
 * any runtime with the Fetch API) plan the same pages and name the same publisher.
 */
import { EMBEDS, type WidgetTag } from '../../elements.js';
import type { EmbedPage } from '../../embed-site/page.js';
import type { Dossier } from '../../feed/model.js';

export interface PlannedPage {
  tag: WidgetTag;
  page: EmbedPage;
}

/** Every page the element table's descriptors give this dossier, in the table's order. */
export async function plannedPages(dossier: Dossier): Promise<PlannedPage[]> {
  const planned: PlannedPage[] = [];
  for (const [tag, load] of Object.entries(EMBEDS) as [WidgetTag, (typeof EMBEDS)[WidgetTag]][]) {
    const { embed } = await load();
    for (const page of embed.pages?.(dossier) ?? []) planned.push({ tag, page });
  }
  return planned;
}

/** The publisher, as the feed names it (its `title` and `home_page_url`): oEmbed's provider, OpenGraph's site name. */
export function providerOf(json: unknown): { name?: string; url?: string } {
  const raw = (json ?? {}) as { title?: unknown; home_page_url?: unknown };
  return {
    name: typeof raw.title === 'string' ? raw.title : undefined,
    url: typeof raw.home_page_url === 'string' ? raw.home_page_url : undefined,
  };
}
