/**
 * The per-element string tables (src/i18n/tables/) are generated from the list of languages
 * and the language folders by scripts/i18n.mjs: this fails while they are stale, or while a
 * language lacks a module or an export of src/i18n/fr/ (run `node scripts/i18n.mjs`).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

test('src/i18n/tables/ is up to date with the list of languages and the folders', () => {
  const script = fileURLToPath(new URL('../../scripts/i18n.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
