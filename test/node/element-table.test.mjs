/**
 * The element table (src/elements.ts) is the one place a tag is wired: everything that lists
 * elements derives from it, and this suite fails when something disagrees with it or when a tag
 * starts being spelled in more wiring files again. (TypeScript checks the rest: every column of
 * the table names every tag, `ELEMENT_CLASSES` (index.ts) has each tag's class, and the framework typings
 * have an entry for each tag; src/elements.test.ts checks in a browser that each registering
 * module and all.ts define each tag with its class, and that each embed option is a real
 * attribute.)
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import ts from 'typescript';
import { readElementTable } from '../../scripts/element-table.mjs';
import { syncedPackage } from '../../scripts/sync-package.mjs';

const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), 'utf8');
const { tags, widgets } = await readElementTable();

test('package.json: per-tag exports and sideEffects are the ones the table gives (npm run sync-package)', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.deepEqual(pkg, syncedPackage(pkg, tags));
  for (const tag of tags) assert.ok(pkg.exports[`./${tag}.js`], `no export for ${tag}`);
});

test('each tag has its folder: the class, the registering module, and for widgets the embed descriptor', () => {
  for (const tag of tags) {
    for (const file of [`${tag}.component.ts`, `${tag}.ts`, `${tag}.styles.ts`, ...(widgets.includes(tag) ? [`${tag}.embed.ts`] : [])]) {
      if (file.endsWith('.styles.ts') && tag === 'dossier-feed') continue; // adds no box: no styles of its own
      assert.ok(existsSync(new URL(`src/components/${tag}/${file}`, ROOT)), `src/components/${tag}/${file} is missing`);
    }
    assert.match(read(`src/components/${tag}/${tag}.ts`), new RegExp(`define\\('${tag}', `), `${tag}.ts must define('${tag}', …)`);
  }
});

/** The strings a source file spells (literals and template text; comments do not count). */
function spelledStrings(path) {
  const text = read(path);
  if (path.endsWith('.json')) return [text];
  const kind = path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const strings = [];
  // A component reusing another's modules (the list renders cards) depends on it; that is not wiring.
  const reuse = (node) => path.startsWith('src/components/') && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent));
  const visit = (node) => {
    if (ts.isStringLiteral(node) && reuse(node)) return;
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) strings.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return strings;
}

/** Every file under `dir` (a path from the root, ending with `/`), but the folders in `skip`. */
function filesUnder(dir, skip = []) {
  return readdirSync(new URL(dir, ROOT)).flatMap((name) => {
    const path = `${dir}${name}`;
    if (!statSync(new URL(path, ROOT)).isDirectory()) return [path];
    return skip.includes(path) ? [] : filesUnder(`${path}/`, skip);
  });
}

/** Wiring files: src/ (tests and test support aside), scripts/ (but the benchmark's pages), root configs, package.json. */
function wiringFiles() {
  const code = [...filesUnder('src/', ['src/test-support']), ...filesUnder('scripts/', ['scripts/bench'])];
  return [
    ...code.filter((path) => /\.(ts|mjs|js)$/.test(path) && !/\.test\.|\.d\.ts$/.test(path)),
    ...readdirSync(ROOT).filter((name) => /\.(mjs|js)$/.test(name)),
    'package.json',
  ];
}

test('a tag is spelled in at most 3 wiring files outside its own folder and src/i18n/', () => {
  // Each file parsed once, its strings checked for every tag.
  const files = wiringFiles().map((path) => ({ path, strings: spelledStrings(path) }));
  const report = {};
  for (const tag of tags) {
    // `<tag>` inside a larger name (`dossier-feed` in `dossier-feed-x`) is not the tag.
    const spelled = new RegExp(`(^|[^a-z-])${tag}(?![a-z])`);
    report[tag] = files
      .filter(({ path, strings }) => !path.startsWith(`src/components/${tag}/`) && !path.startsWith('src/i18n/') && strings.some((s) => spelled.test(s)))
      .map(({ path }) => path);
  }
  console.log(report);
  for (const tag of tags) assert.ok(report[tag].length <= 3, `<${tag}> is spelled in ${report[tag].length} files: ${report[tag].join(', ')}`);
});

test('no hand-written file in src/ runs over 400 lines (generated geometry and string tables aside)', () => {
  const long = filesUnder('src/').filter(
    (path) => /\.(ts|js)$/.test(path) && !/\/geometry\/FR-|\/i18n\/tables\//.test(path) && read(path).split('\n').length > 401,
  );
  assert.deepEqual(long, [], 'split these: one job per file');
});
