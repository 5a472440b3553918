/**
 * LitElement's own `createRenderRoot`, read before @lit-labs/ssr's element renderer replaces it
 * on the prototype when it loads (a version without style adoption, for its `connectedCallback`
 * option, which we do not use). In a browser (the embed generator renders there too) the page's
 * live elements need the original: render-element.ts puts it back. Imported before the renderer.
 */
import { LitElement } from 'lit';

export const litCreateRenderRoot = LitElement.prototype['createRenderRoot'];
