/**
 * EXPORT: `dossier-widgets export` on a fictional dossier of 1,000 entries (400 actors, each
 * with one quote, and 200 initiatives at random places in Auvergne: 1,000 entry pages, plus the
 * intro and the map), run in this process through `exportSite` (dist/node), three times into a
 * new folder each time; the target is under 10 s. Then the weight of one quote's embed
 * page: the HTML document, and every file a reader's browser downloads for it with JavaScript
 * (the scripts the page names and the chunks the loader imports for a quote), gzip -9.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticFeed } from '../../src/test-support/synthetic.js';
import { relative } from 'node:path';
import { pageFiles } from '../cdn-closure.mjs';
import { gzipSize, kb, printTable, root, verdict } from './util.mjs';

const TARGET_MS = 10_000;

/** 200 initiatives, 400 fictional actors and one invented quote each. */
export function thousandEntries() {
  const feed = syntheticFeed({ initiatives: 200 });
  const d = feed._dossier;
  d.id = 'synthetic-1000-entries';
  d.title = 'Dossier fictif de 1 000 entrées';
  d.actors = Array.from({ length: 400 }, (_, i) => ({
    id: `acteur-${i}`,
    kind: i % 2 ? 'person' : 'organisation',
    name: i % 2 ? `Personne Fictive ${i}` : `Structure Fictive ${i}`,
    role: 'Rôle inventé',
    place: `p${i % 200}`,
  }));
  d.quotes = d.actors.map((a, i) => ({ id: `q-${i}`, actor: a.id, text: `Une phrase inventée pour le banc d’essai, numéro ${i}, que personne n’a dite.` }));
  d.initiatives.forEach((initiative, i) => (initiative.actors = [`acteur-${i}`, `acteur-${i + 200}`]));
  return feed;
}

export async function measureExport() {
  const { exportSite } = await import(join(root, 'dist/node/export/export-site.js'));
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-widgets-bench-export-'));
  try {
    const source = join(tmp, 'feed.json');
    writeFileSync(source, JSON.stringify(thousandEntries()));
    const rows = [];
    let last;
    for (let run = 1; run <= 3; run++) {
      last = await exportSite({ source, out: join(tmp, `site-${run}`), baseUrl: 'https://embeds.example/dossier/' });
      rows.push([`run ${run}${run === 1 ? ' (cold: modules, geometry)' : ''}`, String(last.embeds.length), (last.ms / 1000).toFixed(2), verdict(last.ms <= TARGET_MS)]);
    }
    printTable('Export — 1,000 entries (400 quotes, 400 actors, 200 initiatives) + intro + map, in-process exportSite', ['run', 'pages', 's', '< 10 s'], rows);

    const site = join(tmp, 'site-3');
    const page = readFileSync(join(site, 'quote/q-0.html'));
    const scripts = [...page.toString().matchAll(/<script type="module" src="\.\.\/([^"]+)"/g)].map((m) => m[1]);
    // The loader and what it imports for a quote, in the site's copy of the build.
    const loaderClosure = [...pageFiles(join(site, 'assets'), ['dossier-quote'])].map((file) => relative(site, file));
    const files = [...new Set([...scripts, ...loaderClosure])];
    const sizes = files.map((file) => [file, gzipSize(readFileSync(join(site, file)))]);
    const html = gzipSize(page);
    const total = html + sizes.reduce((sum, [, size]) => sum + size, 0);
    printTable(
      'Quote embed page (quote/q-0.html) — gzip -9',
      ['file', 'raw B', 'gzip B', 'KB'],
      [
        ['the HTML document (server-rendered, styles inline)', String(page.length), String(html), kb(html)],
        ...sizes.map(([file, size]) => [file, String(readFileSync(join(site, file)).length), String(size), kb(size)]),
        [`total with JavaScript (${files.length + 1} requests, + the feed)`, '', String(total), kb(total)],
      ],
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
