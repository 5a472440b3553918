/**
 * `toNodeListener`: a Fetch-API handler (such as `createOEmbedHandler`'s) as a listener for
 * Node's `http.createServer`, for Node 20, which has `Request` and `Response` but no server that
 * speaks them:
 *
 * ```js
 * import { createServer } from 'node:http';
 * createServer(toNodeListener(createOEmbedHandler({ baseUrl, feed }))).listen(8080);
 * ```
 *
 * The request's URL is rebuilt from its `Host` header (`http:`, or `https:` behind a proxy that
 * says `X-Forwarded-Proto: https`); its body, if any, is passed on whole. An exception in the
 * handler answers 500 and is reported through `onError` (default: `console.error`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type NodeListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  { onError = (error: unknown) => console.error(error) }: { onError?: (error: unknown) => void } = {},
): NodeListener {
  return async (incoming, outgoing) => {
    try {
      const proto = incoming.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
      const url = new URL(incoming.url ?? '/', `${proto}://${incoming.headers.host ?? 'localhost'}`);
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (value === undefined) continue;
        for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
      }
      const method = incoming.method ?? 'GET';
      let body: ArrayBuffer | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        const chunks: Buffer[] = [];
        for await (const chunk of incoming) chunks.push(chunk as Buffer);
        const whole = Buffer.concat(chunks);
        body = whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength) as ArrayBuffer;
      }
      const response = await handler(new Request(url, { method, headers, body }));
      const payload = method === 'HEAD' || response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
      outgoing.writeHead(response.status, response.statusText, [...response.headers].flat());
      outgoing.end(payload);
    } catch (error) {
      onError(error);
      if (!outgoing.headersSent) outgoing.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      outgoing.end('Internal Server Error\n');
    }
  };
}
