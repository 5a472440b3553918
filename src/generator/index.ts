/**
 * The embed generator's script-tag entry (dist/cdn/embed-generator.js): every dossier element,
 * for the live preview, and `<embed-generator>` itself.
 *
 * The tags are defined here, in the entry, rather than only through the bare import of
 * `embed-generator-define.js`: bundlers drop bare imports of files that package.json's
 * `sideEffects` does not list, and an entry's own statements are always kept.
 */
import '../all.js';
import { DossierIntro } from '../components/dossier-intro/dossier-intro.component.js';
import { define } from '../core/define.js';
import { EmbedGenerator } from './embed-generator.js';

define('dossier-intro', DossierIntro);
define('embed-generator', EmbedGenerator);

export { EmbedGenerator, DEFAULT_CDN } from './embed-generator.js';
export { buildSnippet, escapeHtml, fallbackContent, fallbackHtml, tokenProperties, type SnippetInput } from './snippet.js';
export { prerender, PRERENDERED_TAGS } from './prerender.js';
