import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/dossier-quote/dossier-quote.js';
import '../src/components/dossier-feed/dossier-feed.js';
import { SAMPLE_FEED, STORY_FEEDS } from './story-feeds.js';

interface Args {
  feed: string;
  quote?: string;
  actor?: string;
  variant: 'card' | 'inline';
  theme: 'light' | 'dark' | 'auto';
  lang: 'fr' | 'en';
  fallback: boolean;
}

const render = (args: Args) => html`<div lang=${args.lang}>
  <dossier-quote
    feed=${args.feed}
    quote=${args.quote ?? nothing}
    actor=${args.actor ?? nothing}
    variant=${args.variant}
    theme=${args.theme}
  >
    ${args.fallback
      ? html`<blockquote><p>Les pratiques collaboratives incluent et dépassent l’économie du même nom.</p>
          <footer>— Damien Caillard</footer></blockquote>`
      : nothing}
  </dossier-quote>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/dossier-quote',
  component: 'dossier-quote',
  render,
  args: {
    feed: SAMPLE_FEED,
    quote: 'pratiques-et-economie',
    variant: 'card',
    theme: 'light',
    lang: 'fr',
    fallback: false,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'inline'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    quote: {
      control: 'select',
      options: ['pratiques-et-economie', 'organisations-en-reseau', 'pratique-collaborative-definition', 'n-existe-pas'],
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Card: Story = {};
export const Inline: Story = { args: { variant: 'inline', quote: 'pratique-collaborative-definition' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};
export const ByActor: Story = { args: { quote: undefined, actor: 'damien-caillard' } };
export const English: Story = { args: { lang: 'en' } };
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };
export const LoadingWithFallback: Story = { args: { feed: STORY_FEEDS.pending, fallback: true } };
export const ErrorHttp: Story = { args: { feed: STORY_FEEDS.notFound, fallback: true } };
export const ErrorNotJson: Story = { args: { feed: STORY_FEEDS.notJson } };
export const ErrorOffline: Story = { args: { feed: STORY_FEEDS.offline, lang: 'en' } };
export const NotFound: Story = { args: { quote: 'n-existe-pas', fallback: true } };
export const Themed: Story = {
  decorators: [
    (story) => html`<div style="--dossier-accent:#7a1fa2;--dossier-surface:#fbf7ff;--dossier-border:#d9c3e6;--dossier-radius:0;font-family:system-ui">${story()}</div>`,
  ],
};
export const InDossierFeed: Story = {
  render: (args) => html`<dossier-feed src=${args.feed}>
    <dossier-quote quote="pratiques-et-economie" theme=${args.theme}></dossier-quote>
    <dossier-quote quote="organisations-en-reseau" theme=${args.theme}></dossier-quote>
  </dossier-feed>`,
};
