/**
 * The exported pages read by consumers we did not write, over real HTTP:
 *
 * - @extractus/oembed-extractor, an oEmbed client: by discovery (it knows no provider for this
 *   host, so it reads the page's `<link rel="alternate" type="application/json+oembed">` and
 *   fetches the static document), and through its provider API when the site is registered as a
 *   provider with the `/oembed` endpoint (its provider list forces `https:` endpoints: the test
 *   gives it a fetcher that sends them to the test server's http);
 * - open-graph-scraper, what link previews read: OpenGraph, Twitter card and JSON-LD.
 *
 * Every person in the feed is fictional.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { extract, setProviderList } from '@extractus/oembed-extractor';
import ogs from 'open-graph-scraper';
import { readJson, serveSite } from './site.mjs';

const feed = readJson('src/test-support/fixtures/fictional.json');
let site;
before(async () => {
  site = await serveSite(feed);
});
after(() => site.close());

const staticDocument = (embed) => JSON.parse(site.file(embed.oembed.slice(site.base.length)));
const find = (type, id) => site.embeds.find((e) => e.type === type && e.id === id);

describe('@extractus/oembed-extractor', () => {
  test('discovers every page\'s oEmbed document from its <link> and reads it', async () => {
    for (const embed of site.embeds) {
      const data = await extract(embed.url);
      assert.deepEqual(data, { ...staticDocument(embed), method: 'auto-discovery' }, embed.url);
      assert.equal(data.type, 'rich');
      assert.match(data.html, new RegExp(`<iframe src="${embed.url.replace(/[.?]/g, '\\$&')}"`));
    }
    const asked = site.requests.filter((r) => r.path.endsWith('.oembed.json'));
    assert.equal(asked.length, site.embeds.length);
  });

  test('through discovery, maxwidth reaches only a static file: the document keeps its default size', async () => {
    // The discovery link names the static document; the extractor appends ?maxwidth=300 to it,
    // which a static host ignores. Consumers that need the size honoured use the endpoint (below).
    const data = await extract(find('quote', 'q-camille').url, { maxwidth: 300 });
    assert.equal(data.width, 600);
  });

  test('with the site registered as a provider, it asks /oembed with maxwidth and maxheight', async () => {
    setProviderList([{ provider_name: 'Dossier fictif', provider_url: site.base, endpoints: [{ schemes: [`${site.base}*`], url: `${site.base}oembed` }] }]);
    const fetcher = (url) => fetch(url.replace(/^https:\/\/127\.0\.0\.1:/, 'http://127.0.0.1:'));
    const embed = find('actor', 'camille-exemple');
    const data = await extract(embed.url, { maxwidth: 300, maxheight: 200 }, fetcher);
    assert.equal(data.method, 'provider-api');
    assert.deepEqual([data.width, data.height], [300, 200]);
    assert.equal(data.title, staticDocument(embed).title);
    const request = site.requests.findLast((r) => r.path.startsWith('/oembed?'));
    assert.deepEqual(Object.fromEntries(new URL(request.path, site.base).searchParams), {
      url: embed.url,
      format: 'json',
      maxwidth: '300',
      maxheight: '200',
    });
    await assert.rejects(extract(`${site.base}quote/nobody.html`, {}, fetcher), /error code 404/);
  });
});

describe('open-graph-scraper', () => {
  test('the quote page: title, description, url (the testimony\'s canonical page), picture, card, JSON-LD', async () => {
    const embed = find('quote', 'q-camille');
    const { error, result } = await ogs({ url: embed.url });
    assert.equal(error, false);
    assert.equal(result.ogTitle, 'Camille Exemple — Dossier fictif');
    assert.equal(result.ogDescription, 'Une phrase inventée pour les tests, que personne n’a dite.');
    assert.equal(result.ogUrl, 'https://media.example/dossiers/fictif/camille-exemple');
    assert.equal(result.ogSiteName, 'Dossier fictif');
    assert.equal(result.ogLocale, 'fr_FR');
    assert.deepEqual(result.ogImage?.map((i) => i.url), [`${site.base}src/test-support/fixtures/avatar.svg`]);
    assert.equal(result.twitterCard, 'summary');
    assert.equal(result.twitterTitle, result.ogTitle);
    assert.equal(result.jsonLD?.[0]?.['@type'], 'Quotation');
    assert.equal(result.jsonLD[0].spokenByCharacter.name, 'Camille Exemple');
  });

  test('every page: the same title as its oEmbed document, a description, an absolute URL, the publisher', async () => {
    for (const embed of site.embeds) {
      const { error, result } = await ogs({ url: embed.url });
      assert.equal(error, false, embed.url);
      assert.equal(result.ogTitle, staticDocument(embed).title, embed.url);
      assert.ok(result.ogDescription?.trim(), `${embed.url}: og:description`);
      assert.match(result.ogUrl, /^https?:\/\//, embed.url);
      assert.equal(result.ogSiteName, 'Dossier fictif');
      assert.equal(result.ogType, 'article');
      assert.equal(result.jsonLD?.length, 1, `${embed.url}: one JSON-LD block`);
    }
  });
});
