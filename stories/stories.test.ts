/**
 * Renders every story of every element in the test browser, so that a broken story fails
 * `npm test`: each must render without an error, reach its state, and pass axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { installStoryFeeds } from './story-feeds.js';
import * as quoteStories from './dossier-quote.stories.js';
import * as cardStories from './actor-card.stories.js';
import * as listStories from './actor-list.stories.js';
import * as themingStories from './theming.stories.js';
import * as mapStories from './initiative-map.stories.js';
import * as introStories from './dossier-intro.stories.js';
import type { DossierElement } from '../src/core/dossier-element.js';
import { settled } from '../src/test-support/elements.js';

type StoryModule = Record<string, unknown> & { default: { args?: object; render?: (args: object) => TemplateResult } };
interface Story {
  args?: object;
  render?: (args: object) => TemplateResult;
  decorators?: ((story: () => TemplateResult) => TemplateResult)[];
}

const modules: Record<string, StoryModule> = {
  'dossier-quote': quoteStories as unknown as StoryModule,
  'actor-card': cardStories as unknown as StoryModule,
  'actor-list': listStories as unknown as StoryModule,
  theming: themingStories as unknown as StoryModule,
  'initiative-map': mapStories as unknown as StoryModule,
  'dossier-intro': introStories as unknown as StoryModule,
};
const WIDGETS = 'dossier-quote, actor-card, actor-list, dossier-intro, initiative-map';

before(() => installStoryFeeds());

for (const [name, module] of Object.entries(modules)) {
  describe(`stories of <${name}>`, () => {
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default') continue;
      const story = value as Story;
      it(`${exportName} renders and is accessible`, async () => {
        const args = { ...module.default.args, ...story.args };
        const render = story.render ?? module.default.render!;
        type Renderer = () => TemplateResult;
        const template = (story.decorators ?? []).reduce<Renderer>((inner, decorate) => () => decorate(inner), () => render(args))();
        const errors: unknown[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.error);
        window.addEventListener('error', onError);
        const root = await fixture(html`<div>${template}</div>`);
        const elements = [...root.querySelectorAll<DossierElement<unknown>>(WIDGETS)];
        expect(elements.length, 'the story renders no element').to.be.greaterThan(0);
        // Pending stories never settle: give every element a moment, then check what is there.
        await Promise.race([Promise.all(elements.map((el) => settled(el))), new Promise((r) => setTimeout(r, 500))]);
        await Promise.all(elements.map((el) => el.updateComplete));
        window.removeEventListener('error', onError);
        expect(errors).to.deep.equal([]);
        for (const el of elements) expect(el.shadowRoot!.childElementCount, `${exportName} rendered nothing`).to.be.greaterThan(0);
        await expect(root).to.be.accessible();
      });
    }
  });
}
