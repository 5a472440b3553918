/**
 * React 19 is published as CommonJS only, and the test runner serves node_modules as they are
 * (`nodeResolve` resolves ES imports; nothing converts CommonJS). This loads React's own files
 * from node_modules with a minimal CommonJS loader: it fetches a module and, recursively, every
 * `require('…')` it names, then evaluates them with `module`, `exports`, `require` and
 * `process.env.NODE_ENV = 'development'` (React's development build, with its warnings).
 *
 * It handles what React, ReactDOM and Scheduler need and no more: bare package names resolve to
 * `/node_modules/<name>/<subpath or index>.js`, relative ones to the requiring file.
 */
const sources = new Map<string, string>();
const modules = new Map<string, { exports: unknown }>();
const processShim = { env: { NODE_ENV: 'development' } };

function resolve(specifier: string, from: string): string {
  if (specifier.startsWith('.')) return new URL(specifier, from).href;
  const [name, ...subpath] = specifier.split('/');
  return new URL(`/node_modules/${name}/${subpath.length ? subpath.join('/') : 'index'}.js`, location.origin).href;
}

async function fetchTree(url: string): Promise<void> {
  if (sources.has(url)) return;
  sources.set(url, '');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const source = await response.text();
  sources.set(url, source);
  const required = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)]
    .map((match) => match[1]!)
    // The development build is the one evaluated: skip the production and profiling files.
    .filter((specifier) => !/\.(production|profiling)\.js$/.test(specifier));
  await Promise.all(required.map((specifier) => fetchTree(resolve(specifier, url))));
}

function evaluate(url: string): unknown {
  const cached = modules.get(url);
  if (cached) return cached.exports;
  const source = sources.get(url);
  if (!source) throw new Error(`CommonJS module not fetched: ${url}`);
  const module = { exports: {} as unknown };
  modules.set(url, module);
  const run = new Function('module', 'exports', 'require', 'process', `${source}\n//# sourceURL=${url}`);
  run(module, module.exports, (specifier: string) => evaluate(resolve(specifier, url)), processShim);
  return module.exports;
}

/** `require(specifier)` from the page, after fetching what it needs. One instance per URL. */
export async function requireCommonJs<T>(specifier: string): Promise<T> {
  const url = resolve(specifier, location.href);
  await fetchTree(url);
  return evaluate(url) as T;
}
