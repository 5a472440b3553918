/** English: Strings every element uses: loading, errors, retry. */
import type { core as frCore } from '../fr/core.js';

export const core: typeof frCore = {
  loading: 'Loading the dossier…',
  retry: 'Try again',
  errors: {
    network: 'The dossier could not be loaded (no connection).',
    http: 'The dossier is unavailable right now (error {status}).',
    'not-json': 'The dossier cannot be read right now.',
    invalid: 'The dossier cannot be read right now.',
    timeout: 'The dossier is taking too long to answer.',
    'not-found': 'This content cannot be found in the dossier.',
    'too-large': 'The dossier is too large.',
  },
};
