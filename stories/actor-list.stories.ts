import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/actor-list/actor-list.js';
import { SAMPLE_FEED, STORY_FEEDS } from './story-feeds.js';

interface Args {
  feed: string;
  topic?: string;
  kind?: string;
  department?: string;
  layout: 'grid' | 'list';
  sort: 'feed' | 'name';
  theme: 'light' | 'dark' | 'auto';
  lang: 'fr' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elements/actor-list',
  component: 'actor-list',
  render: (args) => html`<div lang=${args.lang}>
    <actor-list feed=${args.feed} topic=${args.topic ?? nothing} kind=${args.kind ?? nothing}
      department=${args.department ?? nothing} layout=${args.layout} sort=${args.sort} theme=${args.theme}></actor-list>
  </div>`,
  args: { feed: SAMPLE_FEED, layout: 'grid', sort: 'feed', theme: 'light', lang: 'fr' },
  argTypes: {
    topic: {
      control: 'select',
      options: [undefined, 'experiences-locales', 'diversite-metiers', 'logique-economique', 'approche-territoriale', 'acteurs-structurants'],
    },
    kind: { control: 'inline-radio', options: [undefined, 'person', 'organisation'] },
    department: { control: 'select', options: [undefined, '03', '15', '43', '63', '15,43'] },
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    sort: { control: 'inline-radio', options: ['feed', 'name'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Grid: Story = {};
export const List: Story = { args: { layout: 'list', sort: 'name' } };
export const ByTheme: Story = { args: { topic: 'diversite-metiers' } };
export const People: Story = { args: { kind: 'person' } };
export const Cantal: Story = { args: { department: '15' } };
export const Empty: Story = { args: { department: '2A' } };
export const Dark: Story = {
  args: { theme: 'dark', layout: 'list' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};
export const English: Story = { args: { lang: 'en', kind: 'organisation' } };
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };
export const FeedFailure: Story = { args: { feed: STORY_FEEDS.offline } };
