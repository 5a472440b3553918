/**
 * The element table in a browser: each tag's registering module and `all.ts` define the tag with
 * its class in `ELEMENT_CLASSES` (index.ts), and every option an embed descriptor offers is an attribute the
 * element observes (a generator option the element ignored would write dead snippets).
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { ELEMENTS, EMBEDS, type DossierTag } from './elements.js';
import { ELEMENT_CLASSES } from './index.js';

const tags = Object.keys(ELEMENTS) as DossierTag[];

describe('the element table', () => {
  it('each registering module defines its tag with the class ELEMENT_CLASSES names; all.ts defines every tag', async () => {
    for (const tag of tags) {
      await ELEMENTS[tag]();
      expect(customElements.get(tag), tag).to.equal(ELEMENT_CLASSES[tag]);
    }
    await import('./all.js');
    for (const tag of tags) expect(customElements.get(tag), tag).to.equal(ELEMENT_CLASSES[tag]);
  });

  it('every embed option is an attribute its element observes', async () => {
    for (const [tag, load] of Object.entries(EMBEDS) as [keyof typeof EMBEDS, (typeof EMBEDS)[keyof typeof EMBEDS]][]) {
      const { embed } = await load();
      const observed = (ELEMENT_CLASSES[tag] as unknown as typeof LitElement).observedAttributes;
      for (const option of embed.options) expect(observed, `${tag} ${option.id}`).to.include(option.attribute);
      const ids = embed.options.map((o) => o.id);
      expect(new Set(ids).size, `${tag}: option ids are unique`).to.equal(ids.length);
    }
  });
});
