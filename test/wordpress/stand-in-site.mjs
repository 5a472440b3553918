/**
 * THROWAWAY STAND-IN for the export CLI (`dossier-widgets export`), used only when
 * WP_TEST_STANDIN=1: a tiny embed site that follows the export's contract, so that the
 * WordPress harness and WordPress's own embed flow could be proved before the exporter existed
 * (it now does, and the test runs it by default). It shows the feed's words as plain HTML (no
 * widget, no feed request). Kept only to tell a WordPress-side failure from an exporter one;
 * delete it (and the switch in embed.test.mjs) when that is no longer needed.
 *
 * The contract it follows (the exporter's):
 * - <dir>/embeds.json: { embeds: [{ type, id?, url, oembed }] }, absolute URLs;
 * - pages at quote/<slug>.html, actor/<slug>.html, map.html…, each with
 *   <link rel="alternate" type="application/json+oembed" href="…">, and its oEmbed JSON
 *   beside it (quote/<slug>.oembed.json, map.oembed.json);
 * - the oEmbed JSON: { type: 'rich', version: '1.0', html: '<blockquote>…<a href=page>…</a>
 *   </blockquote><iframe src=page …></iframe>', width, height, provider_name, … };
 * - the page posts { secret, message: 'height', value } to its parent (secret from
 *   `#?secret=…`), again on { message: 'ready', secret } and when it resizes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The height script of the contract, as an embed page would carry it. */
const HEIGHT_SCRIPT = `(() => {
  const secret = (/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1];
  if (!secret || parent === window) return;
  const send = () => parent.postMessage({ secret, message: 'height', value: Math.ceil(document.body.getBoundingClientRect().height) }, '*');
  addEventListener('message', (e) => e.source === parent && e.data && e.data.message === 'ready' && e.data.secret === secret && send());
  addEventListener('load', send);
  new ResizeObserver(send).observe(document.body);
})();`;

function page({ title, oembed, body }) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="alternate" type="application/json+oembed" href="${escape(oembed)}">
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { padding: 16px; } .map { height: 420px; background: #dde8d8; }</style>
</head>
<body>
<main>${body}</main>
<script>${HEIGHT_SCRIPT}</script>
</body>
</html>
`;
}

/** Writes the stand-in site for `feed` (a dossier feed) into `dir`, its URLs under `baseUrl`; returns embeds.json's content. */
export function writeStandInSite(dir, baseUrl, feed) {
  const dossier = feed._dossier;
  const quote = dossier.quotes[0];
  const actor = dossier.actors.find((a) => a.id === quote.actor);
  const themes = new Map(dossier.themes.map((t) => [t.id, t.name]));
  const entries = [
    {
      type: 'quote',
      id: quote.id,
      path: `quote/${quote.id}`, // The fixture's ids are already file-name safe (see src/embed-site/paths.ts).
      title: `« ${quote.text} » — ${actor.name}`,
      body: `<figure><blockquote><p>${escape(quote.text)}</p></blockquote><figcaption>— ${escape(actor.name)}</figcaption></figure>`,
      fallback: `<p>${escape(quote.text)}</p><p>— ${escape(actor.name)}</p>`,
      height: 200,
    },
    {
      type: 'actor',
      id: actor.id,
      path: `actor/${actor.id}`,
      title: actor.name,
      body: `<h1>${escape(actor.name)}</h1><p>${escape(actor.role ?? '')}</p><p>${escape(dossier.title)}</p><p>${escape(dossier.standfirst)}</p>`,
      fallback: `<p>${escape(actor.name)}</p>`,
      height: 300,
    },
    {
      type: 'map',
      path: 'map',
      title: `Carte — ${dossier.title}`,
      body: `<div class="map" role="img" aria-label="Carte"></div><ul>${dossier.initiatives
        .map((i) => `<li>${escape(i.name)} (${i.themes.map((t) => escape(themes.get(t))).join(', ')})</li>`)
        .join('')}</ul>`,
      fallback: `<p>${escape(dossier.title)}</p>`,
      height: 500,
    },
  ];

  const embeds = entries.map((e) => {
    const url = new URL(`${e.path}.html`, baseUrl).href;
    const oembed = new URL(`${e.path}.oembed.json`, baseUrl).href;
    const write = (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write(`${e.path}.html`, page({ title: e.title, oembed, body: e.body }));
    write(
      `${e.path}.oembed.json`,
      JSON.stringify({
        type: 'rich',
        version: '1.0',
        title: e.title,
        provider_name: 'Dossier fictif (stand-in)',
        provider_url: baseUrl,
        width: 600,
        height: e.height,
        html:
          `<blockquote>${e.fallback}<p><a href="${escape(url)}">${escape(e.title)}</a></p></blockquote>` +
          `<iframe src="${escape(url)}" title="${escape(e.title)}" loading="lazy" width="600" height="${e.height}"></iframe>`,
      }),
    );
    return { type: e.type, ...(e.id ? { id: e.id } : {}), url, oembed };
  });
  const index = { embeds };
  writeFileSync(join(dir, 'embeds.json'), JSON.stringify(index, null, 2));
  return index;
}
