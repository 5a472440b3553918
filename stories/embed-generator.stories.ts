import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/generator/embed-generator-define.js';
import { SAMPLE_FEED, STORY_FEEDS } from './story-feeds.js';

interface Args {
  feed: string;
  lang: 'fr' | 'en';
  /** Base URL of the script-tag files; empty: this version on jsDelivr. */
  cdn: string;
  /** URL of integrity.json; empty: `integrity.json` under `cdn`. */
  integritySrc: string;
  /** Base URL of the dossier's exported embed site (the "no script" code); empty: that mode says how to get one. */
  embedBase: string;
}

const render = (args: Args) => html`<div lang=${args.lang}>
  <embed-generator
    feed=${args.feed || nothing}
    cdn=${args.cdn || nothing}
    integrity-src=${args.integritySrc || nothing}
    embed-base=${args.embedBase || nothing}
  ></embed-generator>
</div>`;

const meta: Meta<Args> = {
  title: 'Tools/Embed generator',
  component: 'embed-generator',
  render,
  args: {
    feed: SAMPLE_FEED,
    lang: 'fr',
    cdn: '',
    integritySrc: '',
    embedBase: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    feed: { control: 'select', options: [SAMPLE_FEED, STORY_FEEDS.notFound, STORY_FEEDS.notJson, STORY_FEEDS.offline, ''] },
  },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<Args>;

export const French: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const NoFeedYet: Story = { args: { feed: '' } };
export const FeedNotFound: Story = { args: { feed: STORY_FEEDS.notFound } };
export const FeedNotJson: Story = { args: { feed: STORY_FEEDS.notJson, lang: 'en' } };
