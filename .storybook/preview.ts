import type { Preview } from '@storybook/web-components-vite';
import { installStoryFeeds } from '../stories/story-feeds.js';

// Stories show every state, including the ones a real server produces only by accident.
installStoryFeeds();

const preview: Preview = {
  parameters: {
    layout: 'padded',
  },
};

export default preview;
