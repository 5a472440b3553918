/**
 * Test-runner command `render-embed`: one widget server-rendered in Node by the built
 * `renderEmbed` (dist/node/render-embed.js, what the CLI and dossier-widgets/node run; `npm test`
 * builds before the browser tests), from a fixture feed of src/test-support/fixtures/ parsed as
 * the CLI parses it. A browser test compares it with the live element (test/ssr-parity.test.ts):
 *
 *   executeServerCommand('render-embed', { fixture: 'fictional', feed, tag, options, theme, lang })
 *     → { html, warnings }
 *
 * `feed` is the absolute URL the browser loads the same fixture from (test/feed-server.mjs), so
 * that relative URLs in the feed resolve to the same addresses on both sides. The elements'
 * console warnings during the render come back in `warnings` rather than in the runner's output.
 *
 * The build is imported on first use, not when the runner starts: it defines the elements in
 * Lit's server-side registry (globals such as `customElements` appear in this process).
 */
import { readFile } from 'node:fs/promises';

export function ssrRenderPlugin(root) {
  let modules;
  const load = () =>
    (modules ??= Promise.all([import(new URL('dist/node/render-embed.js', root).href), import(new URL('dist/feed/parse-feed.js', root).href)]));
  return {
    name: 'ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'render-embed') return undefined;
      const { fixture, feed, tag, options, attributes, theme, lang } = payload;
      if (!/^[\w-]+$/.test(fixture)) throw new Error(`render-embed: not a fixture name: ${JSON.stringify(fixture)}`);
      const [{ renderEmbed }, { parseFeed }] = await load().catch((error) => {
        throw new Error(`render-embed: cannot import the Node build (run npm run build first): ${error}`);
      });
      const raw = JSON.parse(await readFile(new URL(`src/test-support/fixtures/${fixture}.json`, root), 'utf8'));
      const { dossier, problems } = parseFeed(raw, feed);
      if (!dossier) throw new Error(`render-embed: ${fixture} is not a dossier feed: ${JSON.stringify(problems)}`);
      const warnings = [];
      const warn = console.warn;
      console.warn = (...args) => warnings.push(args.map(String).join(' '));
      try {
        return { html: await renderEmbed({ tag, dossier, feed, options, attributes, theme, lang }), warnings };
      } finally {
        console.warn = warn;
      }
    },
  };
}
