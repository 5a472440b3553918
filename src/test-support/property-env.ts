/**
 * The property tests' environment (FC_SEED, FC_PATH, FC_RUNS) in the browser, from the
 * `property-config` command (test/property-config-plugin.mjs); see property-config.ts.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { PropertyEnv } from './property-config.js';

let env: Promise<PropertyEnv> | undefined;
export const propertyEnv = (): Promise<PropertyEnv> => (env ??= executeServerCommand<PropertyEnv, undefined>('property-config'));

/** How to replay a browser property: the file, in one engine. */
export const replayCommand = (file: string) => `npm run build && BROWSERS=<engine> npx web-test-runner ${file}`;
