import { expect } from '@open-wc/testing';
import { parseFeed } from './parse-feed.js';
import { fetchJson } from '../test-support/feeds.js';

describe('parseFeed', () => {
  it('reads the sample feed with zero problems and resolves its references', async () => {
    const { dossier, problems } = parseFeed(await fetchJson('sample'), 'https://media.example/feed.json');
    expect(problems).to.deep.equal([]);
    expect(dossier!.id).to.equal('pratiques-collaboratives');
    expect(dossier!.actors.size).to.equal(15);
    expect(dossier!.initiatives.size).to.equal(8);
    const adelaide = dossier!.actors.get('adelaide-albouy-kissi')!;
    expect(adelaide.organisation!.name).to.equal('Lab’ du Pensio');
    expect(adelaide.place!.department).to.equal('43');
    const quote = dossier!.quotes.get('pratiques-et-economie')!;
    expect(quote.actor.name).to.equal('Damien Caillard');
    expect(quote.item!.id).to.equal('intro');
    expect(dossier!.actors.get('damien-caillard')!.quotes).to.have.length(3);
  });

  it('reports each problem with its JSON path and keeps every valid entry', async () => {
    const { dossier, problems } = parseFeed(await fetchJson('broken'), 'https://media.example/feeds/broken.json');
    const paths = problems.map((p) => `${p.path}: ${p.message}`);
    expect(paths).to.include.members([
      'version: expected "https://jsonfeed.org/version/1.1"',
      '_dossier.themes[1].name: expected a non-empty string',
      '_dossier.places[1].lat: expected a number from -90 to 90',
      '_dossier.places[2].department: expected an INSEE département code such as "63" or "2A"',
      '_dossier.actors[0].themes[1]: unknown theme "inconnu"',
      '_dossier.actors[1].kind: expected "person" or "organisation"',
      '_dossier.actors[2].name: expected a non-empty string',
      '_dossier.actors[3].id: duplicate id "a1"',
      '_dossier.actors[4].url: expected an http(s) or mailto URL',
      '_dossier.actors[4].image: expected an http(s) URL',
      '_dossier.actors[5].organisation: actor "a1" is not an organisation',
      '_dossier.actors[6]: expected an object',
      '_dossier.initiatives[0].place: unknown place "nulle-part"',
      '_dossier.initiatives[0].actors[1]: unknown actor "fantome"',
      '_dossier.quotes[1].actor: unknown actor "fantome"',
      '_dossier.quotes[2].text: expected a non-empty string',
      'items[0].url: expected an http(s) or mailto URL',
      'items[0].date_published: expected an RFC 3339 date',
    ]);
    // Valid entries survive, with what was valid in them.
    expect(dossier!.title).to.equal('Dossier cassé');
    expect([...dossier!.themes.keys()]).to.deep.equal(['ok']);
    expect([...dossier!.actors.keys()]).to.deep.equal(['a1', 'a5', 'a6']);
    expect(dossier!.actors.get('a1')!.name).to.equal('Personne Valide');
    expect(dossier!.actors.get('a1')!.themes.map((t) => t.id)).to.deep.equal(['ok']);
    expect(dossier!.actors.get('a5')!.url).to.equal(undefined);
    expect(dossier!.actors.get('a5')!.image).to.equal(undefined);
    expect(dossier!.places.get('p2')!.lat).to.equal(undefined);
    expect(dossier!.places.get('p3')!.department).to.equal(undefined);
    expect(dossier!.initiatives.get('i1')!.actors.map((a) => a.id)).to.deep.equal(['a1']);
    expect([...dossier!.quotes.keys()]).to.deep.equal(['q1']);
  });

  it('never throws, whatever the input', () => {
    const inputs: unknown[] = [null, undefined, 42, 'text', [], {}, { _dossier: [] }, { _dossier: { id: 'x' } },
      { title: 't', _dossier: { version: 1, id: 'x', actors: 'nope', quotes: [null, 1, []] }, items: {} }];
    for (const input of inputs) {
      const result = parseFeed(input);
      expect(result.problems.length, JSON.stringify(input)).to.be.greaterThan(0);
    }
    expect(parseFeed(null).dossier).to.equal(null);
    expect(parseFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [] }).problems[0]!.path).to.equal('_dossier');
  });

  it('names an unknown id by its own index in the JSON, after an entry that is not an id', () => {
    const { dossier, problems } = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      _dossier: {
        version: 1, id: 'x',
        themes: [{ id: 't', name: 'T' }],
        actors: [{ id: 'a', kind: 'person', name: 'Alex Fictif', themes: [42, 'absent', 't'] }],
      },
    });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      '_dossier.actors[0].themes[0]: expected a non-empty string',
      '_dossier.actors[0].themes[1]: unknown theme "absent"',
    ]);
    expect(dossier!.actors.get('a')!.themes.map((t) => t.id)).to.deep.equal(['t']);
  });

  describe('language: a language tag (BCP 47\'s shape) or a problem', () => {
    const feed = (language: { feed?: unknown; dossier?: unknown; item?: unknown }) => ({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      language: language.feed,
      items: [{ id: 'i', language: language.item }],
      _dossier: { version: 1, id: 'd', language: language.dossier },
    });
    const problemsOf = (input: unknown) => parseFeed(input).problems.map((p) => `${p.path}: ${p.message}`);

    it('keeps tags, trimmed, at feed, dossier and item level, with no problem', () => {
      for (const tag of ['fr', 'fr-FR', 'zh-Hant-TW', 'es-419', 'ca-ES-valencia']) {
        const { dossier, problems } = parseFeed(feed({ dossier: tag, item: tag }));
        expect(problems, tag).to.deep.equal([]);
        expect([dossier!.language, dossier!.items.get('i')!.language], tag).to.deep.equal([tag, tag]);
      }
      expect(parseFeed(feed({ feed: ' en-GB\n' })).dossier!.language).to.equal('en-GB');
    });

    it('reports a bad language at its JSON path and ignores it: the dossier\'s falls back to the feed\'s, an item\'s to none', () => {
      const { dossier, problems } = parseFeed(feed({ feed: 'en-GB', dossier: 'French', item: 'fr_FR' }));
      expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
        'items[0].language: expected a language tag',
        '_dossier.language: expected a language tag',
      ]);
      expect(dossier!.language).to.equal('en-GB');
      // The item's quotes then take the dossier's (contentLang), never the bad value.
      expect(dossier!.items.get('i')!.language).to.equal(undefined);
    });

    it('refuses markup, empty and non-string values, and a feed-level bad tag when the dossier has none', () => {
      for (const bad of ['fr"><img src=x onerror=alert(1)>', 'fr<!--', '', ' ', 'x-private', 'fr-', 42, true, ['fr'], { tag: 'fr' }, null]) {
        const { dossier, problems } = parseFeed(feed({ feed: bad, dossier: bad, item: bad }));
        expect(problems.map((p) => p.path), JSON.stringify(bad)).to.deep.equal(['items[0].language', '_dossier.language', 'language']);
        expect(problems.every((p) => p.message === 'expected a language tag')).to.equal(true);
        expect([dossier!.language, dossier!.items.get('i')!.language], JSON.stringify(bad)).to.deep.equal([undefined, undefined]);
      }
      expect(problemsOf(feed({}))).to.deep.equal([]);
    });
  });

  it('resolves relative URLs against the feed URL and refuses unsafe schemes', () => {
    const { dossier } = parseFeed(
      {
        version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [],
        _dossier: {
          version: 1, id: 'd', home_page_url: '../dossier/',
          actors: [
            { id: 'a', kind: 'person', name: 'Fictive Personne', url: 'mailto:contact@example.org', image: { url: 'img/a.png', alt: '' } },
            { id: 'b', kind: 'person', name: 'Autre Personne', url: ' JavaScript:alert(1)' },
          ],
        },
      },
      'https://media.example/feeds/d.json',
    );
    expect(dossier!.url).to.equal('https://media.example/dossier/');
    expect(dossier!.actors.get('a')!.url).to.equal('mailto:contact@example.org');
    expect(dossier!.actors.get('a')!.image).to.deep.equal({ url: 'https://media.example/feeds/img/a.png', alt: '' });
    expect(dossier!.actors.get('b')!.url).to.equal(undefined);
  });
});
