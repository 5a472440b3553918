/**
 * Registers `<embed-generator>`, and every dossier element its preview renders. The generator
 * is a page tool: it is not part of the partner bundle (`dist/cdn/dossier-widgets.js`) nor of
 * the loader's chunks.
 */
import '../all.js';
import { define } from '../core/define.js';
import { EmbedGenerator } from './embed-generator.js';

export { EmbedGenerator };

define('embed-generator', EmbedGenerator);

declare global {
  interface HTMLElementTagNameMap {
    'embed-generator': EmbedGenerator;
  }
}
