/**
 * The embed generator's script-tag entry (dist/cdn/embed-generator.js): every dossier element,
 * for the live preview, and `<embed-generator>` itself.
 *
 * The generator's tag is defined here, in the entry, rather than only through the bare import of
 * `embed-generator-define.js`: bundlers drop bare imports of files that package.json's
 * `sideEffects` does not list, and an entry's own statements are always kept.
 */
import '../all.js';
import { define } from '../core/define.js';
import { EmbedGenerator } from './embed-generator.js';

define('embed-generator', EmbedGenerator);

export { EmbedGenerator, DEFAULT_CDN } from './embed-generator.js';
export { buildSnippet, widgetAttributes, type SnippetInput } from './snippet.js';
export { escapeHtml, fallbackHtml, fallbackFragment, type FallbackNode } from './fallback.js';
export { tokenProperties } from './tokens.js';
export { loadEmbeds, prerenderedTags } from './embeds.js';
export type { EmbedDescriptor, EmbedOption, Options } from './embed-descriptor.js';
export { prerender } from './prerender.js';
