/**
 * A feed server of the test's own (test/outage-plugin.mjs), on its own port: the same feed URL
 * can answer 200, then 503, then refuse the connection, between two page views.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface OutageServer {
  /** The feed's absolute URL (another origin than the test page, as on a partner's page). */
  url: string;
  /**
   * What the next requests get: a fixture feed (or `sample`, or `not-json`), with `edit: [from,
   * to]` replaced in its text (a newer version), an HTTP status, a delay in ms.
   */
  serve(answer: { feed?: string; edit?: [string, string]; status?: number; delay?: number }): Promise<unknown>;
  /** Requests received so far. */
  hits(): Promise<number>;
  /** Closes the server: the port refuses connections from then on. */
  close(): Promise<unknown>;
}

export async function openOutageServer(): Promise<OutageServer> {
  const { id, url } = await executeServerCommand<{ id: string; url: string }, { do: string }>('outage', { do: 'open' });
  return {
    url,
    serve: (answer) => executeServerCommand('outage', { do: 'serve', id, ...answer }),
    hits: () => executeServerCommand<number, { do: string; id: string }>('outage', { do: 'hits', id }),
    close: () => executeServerCommand('outage', { do: 'close', id }),
  };
}
