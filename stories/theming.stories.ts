import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/all.js';
import { SAMPLE_FEED } from './story-feeds.js';

/** Every public token, live: change a control, every element follows. */
interface Args {
  accent: string;
  text: string;
  muted: string;
  surface: string;
  border: string;
  focus: string;
  radius: string;
  space: string;
  fontFamily: string;
  fontScale: number;
  shadow: string;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Theming/Tokens',
  render: (args) => html`<div
    style=${styleMap({
      '--dossier-accent': args.accent,
      '--dossier-text': args.text,
      '--dossier-muted': args.muted,
      '--dossier-surface': args.surface,
      '--dossier-border': args.border,
      '--dossier-focus': args.focus,
      '--dossier-radius': args.radius,
      '--dossier-space': args.space,
      '--dossier-font-family': args.fontFamily,
      '--dossier-font-scale': String(args.fontScale),
      '--dossier-shadow': args.shadow,
      display: 'grid',
      gap: '1rem',
    })}
  >
    <dossier-feed src=${SAMPLE_FEED}>
      <dossier-quote quote="pratiques-et-economie" theme=${args.theme}></dossier-quote>
      <actor-card actor="marie-carreaud" layout="horizontal" theme=${args.theme}></actor-card>
      <actor-list kind="organisation" department="15,43" theme=${args.theme}></actor-list>
    </dossier-feed>
  </div>`,
  args: {
    accent: '#0b6e4f',
    text: '#1b1f24',
    muted: '#57606a',
    surface: '#ffffff',
    border: '#d0d7de',
    focus: '#0969da',
    radius: '0.5rem',
    space: '1rem',
    fontFamily: 'inherit',
    fontScale: 1,
    shadow: 'none',
    theme: 'light',
  },
  argTypes: {
    accent: { control: 'color' },
    text: { control: 'color' },
    muted: { control: 'color' },
    surface: { control: 'color' },
    border: { control: 'color' },
    focus: { control: 'color' },
    fontScale: { control: { type: 'range', min: 0.75, max: 1.5, step: 0.05 } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Tokens: Story = {};
export const BrandColours: Story = {
  args: { accent: '#8a1538', surface: '#fff8f0', border: '#e8cfc0', radius: '0', fontFamily: 'Georgia, serif', shadow: '0 2px 8px rgb(0 0 0 / 0.08)' },
};
