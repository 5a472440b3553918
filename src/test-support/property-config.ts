/**
 * How the property-based tests run (issue #13): 10,000 runs each, from a fixed seed per
 * property, so that `npm test` is the same on every machine and a failure seen once is seen
 * again. On failure the error gives the seed, the path of the shrunk counterexample, the
 * counterexample itself and the command that replays exactly that case.
 *
 * Environment (read in Node directly; in the browser through the `property-config` command,
 * test/property-config-plugin.mjs):
 *   FC_SEED=<n> | random   another seed (random: a new one each run, printed on failure)
 *   FC_PATH=<path>         with FC_SEED, replay one counterexample (the path a failure printed)
 *   FC_RUNS=<n>            runs per property (default 10,000)
 */
import fc from 'fast-check';

export interface PropertyEnv {
  FC_SEED?: string;
  FC_PATH?: string;
  FC_RUNS?: string;
}

export const DEFAULT_RUNS = 10_000;

/** fast-check parameters for one property; `seed` is the property's own default seed. */
export function propertyParameters<T>(env: PropertyEnv, seed: number): fc.Parameters<T> {
  const chosen = env.FC_SEED === 'random' ? (Math.random() * 0x7fffffff) | 0 : env.FC_SEED ? Number(env.FC_SEED) : seed;
  if (!Number.isInteger(chosen)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(env.FC_SEED)}`);
  return {
    seed: chosen,
    numRuns: env.FC_RUNS ? Number(env.FC_RUNS) : DEFAULT_RUNS,
    ...(env.FC_PATH && { path: env.FC_PATH }),
  };
}

/**
 * Runs the property and throws fast-check's report (seed, path, shrunk counterexample) followed
 * by the replay command when it fails. `where` names the command that runs the test file.
 */
export async function assertProperty<T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, parameters: fc.Parameters<T>, where: string) {
  const details = await fc.check(property as fc.IAsyncProperty<T>, parameters);
  if (!details.failed) return details;
  const report = fc.defaultReportMessage(details);
  const replay = `Replay: FC_SEED=${details.seed} FC_PATH=${JSON.stringify(details.counterexamplePath ?? '')} FC_RUNS=1 ${where}`;
  const cause = details.errorInstance;
  const message = cause instanceof Error ? cause.message : String(cause);
  const error = new Error(`${report}\n${replay}\nThe property's error on the shrunk counterexample:\n${message}`);
  // Keep the property's own error (and its stack) reachable.
  (error as Error & { cause?: unknown }).cause = cause;
  throw error;
}
