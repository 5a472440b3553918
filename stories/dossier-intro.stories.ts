import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/dossier-intro/dossier-intro.js';
import { SAMPLE_FEED, STORY_FEEDS } from './story-feeds.js';

interface Args {
  feed: string;
  collapsed: boolean;
  headingLevel: number;
  theme: 'light' | 'dark' | 'auto';
  lang: 'fr' | 'en';
  width: number;
  fallback: boolean;
}

const render = (args: Args) => html`<div lang=${args.lang} style="max-width:${args.width}px">
  <dossier-intro
    feed=${args.feed}
    heading-level=${args.headingLevel}
    theme=${args.theme}
    ?collapsed=${args.collapsed}
  >
    ${args.fallback
      ? html`<p><a href="https://www.inlocal.fr/">Dossier « Pratiques collaboratives » : les points de vue des acteurs auvergnats</a></p>`
      : nothing}
  </dossier-intro>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/dossier-intro',
  component: 'dossier-intro',
  render,
  args: {
    feed: SAMPLE_FEED,
    collapsed: false,
    headingLevel: 2,
    theme: 'light',
    lang: 'fr',
    width: 720,
    fallback: false,
  },
  argTypes: {
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    width: { control: { type: 'range', min: 280, max: 960, step: 10 } },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Collapsed: Story = { args: { collapsed: true } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};
export const English: Story = { args: { lang: 'en', collapsed: true } };
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };
export const Error: Story = { args: { feed: STORY_FEEDS.notFound, fallback: true } };
export const WithFallback: Story = { args: { feed: STORY_FEEDS.pending, fallback: true } };
