import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/actor-card/actor-card.js';
import { SAMPLE_FEED, STORY_FEEDS } from './story-feeds.js';

interface Args {
  feed: string;
  actor: string;
  layout: 'vertical' | 'horizontal' | 'compact';
  withQuote: boolean;
  theme: 'light' | 'dark' | 'auto';
  lang: 'fr' | 'en';
  width: number;
  fallback: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/actor-card',
  component: 'actor-card',
  render: (args) => html`<div lang=${args.lang} style="max-width:${args.width}px">
    <actor-card feed=${args.feed} actor=${args.actor} layout=${args.layout} theme=${args.theme} ?with-quote=${args.withQuote}>
      ${args.fallback ? html`<p><a href="https://www.inlocal.fr/">Adélaïde Albouy-Kissi, Lab’ du Pensio</a></p>` : nothing}
    </actor-card>
  </div>`,
  args: {
    feed: SAMPLE_FEED,
    actor: 'adelaide-albouy-kissi',
    layout: 'vertical',
    withQuote: false,
    theme: 'light',
    lang: 'fr',
    width: 320,
    fallback: false,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    width: { control: { type: 'range', min: 240, max: 900, step: 10 } },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Vertical: Story = {};
export const Horizontal: Story = { args: { layout: 'horizontal', width: 640 } };
export const Compact: Story = { args: { layout: 'compact' } };
export const WithQuote: Story = { args: { actor: 'damien-caillard', withQuote: true } };
export const Narrow: Story = { args: { width: 240, actor: 'maison-des-competences' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};
export const English: Story = { args: { lang: 'en' } };
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };
export const FeedFailure: Story = { args: { feed: STORY_FEEDS.notFound, fallback: true } };
export const NotFound: Story = { args: { actor: 'personne', fallback: true } };
