/**
 * Imports one of the project's TypeScript modules from plain Node 20 (no TS loader): esbuild
 * strips the types and the module is imported from memory. For self-contained modules only —
 * data tables, a regular expression — whose runtime imports are none, or dynamic ones that
 * nothing here calls.
 */
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const ROOT = new URL('../', import.meta.url);

/** The module at `path` (from the repository's root), e.g. `importTs('src/elements.ts')`. */
export async function importTs(path) {
  const { code } = transformSync(readFileSync(new URL(path, ROOT), 'utf8'), { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * The exports of several of the project's TypeScript modules, with everything they import from
 * the project bundled in (esbuild) and npm packages left as imports: for Node tests of modules
 * that import others (the parser, the sanitiser). The bundle is written under
 * node_modules/.cache/, where Node resolves those packages as the project does, so that a test
 * and the bundle share one copy of each (one fast-check, one parse5).
 */
export async function importTsBundle(paths) {
  const { buildSync } = await import('esbuild');
  const { createHash } = await import('node:crypto');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { fileURLToPath, pathToFileURL } = await import('node:url');
  const root = fileURLToPath(ROOT);
  const { outputFiles } = buildSync({
    stdin: { contents: paths.map((path) => `export * from './${path}';`).join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
  });
  const code = outputFiles[0].text;
  const dir = new URL('node_modules/.cache/dossier-widgets-tests/', ROOT);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`, dir);
  writeFileSync(file, code);
  return import(pathToFileURL(fileURLToPath(file)).href);
}
