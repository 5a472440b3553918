import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/initiative-map/initiative-map.js';
import { dataUrl, syntheticFeed } from '../src/test-support/synthetic.js';
import { SAMPLE_FEED, STORY_FEEDS } from './story-feeds.js';

interface Args {
  feed: string;
  departments?: string;
  region?: string;
  topic?: string;
  department?: string;
  view: 'map' | 'list';
  theme: 'light' | 'dark' | 'auto';
  lang: 'fr' | 'en';
  width: number;
  tiles?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/initiative-map',
  component: 'initiative-map',
  render: (args) => html`<div lang=${args.lang} style="max-width:${args.width}px">
    <initiative-map feed=${args.feed} departments=${args.departments ?? nothing} region=${args.region ?? nothing}
      topic=${args.topic ?? nothing} department=${args.department ?? nothing} view=${args.view} theme=${args.theme}
      tiles=${args.tiles ?? nothing} tiles-attribution=${args.tiles ? '© OpenStreetMap contributors' : nothing}>
      <ul><li>Parcc Oasis (Clermont-Ferrand)</li><li>Cocotte Numérique (Murat)</li></ul>
    </initiative-map>
  </div>`,
  args: { feed: SAMPLE_FEED, view: 'map', theme: 'light', lang: 'fr', width: 720 },
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'list'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    region: { control: 'select', options: [undefined, 'FR-ARA', 'FR-BRE', 'FR-OCC'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Auvergne: Story = {};
export const List: Story = { args: { view: 'list' } };
export const Narrow: Story = { args: { width: 320 } };
export const Region: Story = { args: { region: 'FR-ARA' } };
export const FilteredByTheme: Story = { args: { topic: 'experiences-locales' } };
export const Empty: Story = { args: { topic: 'acteurs-structurants' } };
export const Clusters: Story = { args: { feed: dataUrl(syntheticFeed({ initiatives: 1000 })), departments: '63,03,15,43' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};
export const English: Story = { args: { lang: 'en' } };
/** Tiles are asked for only after the reader consents (no request before the click). */
export const TilesAfterConsent: Story = { args: { tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' } };
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };
export const FeedFailure: Story = { args: { feed: STORY_FEEDS.notFound } };
