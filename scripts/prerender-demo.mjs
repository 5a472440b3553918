/**
 * Refreshes the pre-rendered widgets of the demo pages (`npm run prerender-demo`).
 *
 * The demo pages are what partners paste: the embed generator's snippet, where each widget
 * carries a `<template shadowrootmode="open">` of itself so that nothing moves when it renders
 * (see src/generator/prerender.ts). When an element's markup or styles change, those templates
 * go stale; this script renders each such widget again in headless Chromium, with the built
 * generator bundle and the sample feed, and writes the fresh template in place. With `--check`
 * it writes nothing and exits 1 when a page is stale (`npm test` runs it so).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from './bench/browser.mjs';
import { readElementTable } from './element-table.mjs';
import { startServer } from './serve-demo.mjs';

const demo = fileURLToPath(new URL('../demo/', import.meta.url));
/** Every demo page: those without a pre-rendered widget are left as they are. */
const PAGES = readdirSync(demo).filter((name) => name.endsWith('.html'));
const TEMPLATE = /<template shadowrootmode="open">[^]*?<\/template>/g;
const check = process.argv.includes('--check');
/** The element that provides a feed to the widgets inside it: the table's one tag that is not a widget. */
const table = await readElementTable();
const PROVIDER = table.tags.find((tag) => !table.widgets.includes(tag));

/**
 * The widget each template belongs to: its start tag (one of `tags`, the generator's
 * prerenderedTags(), from the element table), and the feed of an enclosing provider.
 */
function widgetsOf(source, tags) {
  const HOST = new RegExp(`<(${tags.join('|')})\\b[^>]*>`, 'g');
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(source)?.[1] ?? 'fr';
  return [...source.matchAll(TEMPLATE)].map((match) => {
    const before = source.slice(0, match.index);
    const host = [...before.matchAll(HOST)].at(-1);
    if (!host) throw new Error(`a template with no widget before it, at offset ${match.index}`);
    const provider = [...before.matchAll(new RegExp(`<${PROVIDER}\\b[^>]*\\bsrc="([^"]+)"`, 'g'))].at(-1)?.[1];
    return { start: match.index, end: match.index + match[0].length, old: match[0], tag: `${host[0]}</${host[1]}>`, provider, lang };
  });
}

const browser = await launch();
const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
let stale = 0;
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/demo/index.html`);
  await page.addScriptTag({ type: 'module', content: `import * as g from '/dist/cdn/embed-generator.js'; window.__generator = g;` });
  await page.waitForFunction(() => window.__generator);
  const tags = await page.evaluate(() => window.__generator.prerenderedTags());
  for (const name of PAGES) {
    const path = `${demo}${name}`;
    let source = readFileSync(path, 'utf8');
    const widgets = widgetsOf(source, tags);
    if (!widgets.length) continue;
    // From the end, so that earlier offsets stay right.
    for (const widget of widgets.reverse()) {
      const fresh = await page.evaluate(async ({ tag, provider, lang, tags, providerTag }) => {
        const box = document.createElement('div');
        box.lang = lang;
        box.innerHTML = provider ? `<${providerTag} src="${provider}">${tag}</${providerTag}>` : tag;
        document.body.append(box);
        const element = box.querySelector(tags.join(','));
        // Rendered, or failed: the custom state says which (see DossierElement).
        for (let waited = 0; waited < 10000 && !element.matches(':state(complete), :state(error)'); waited += 20) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await element.updateComplete;
        const html = window.__generator.prerender(element);
        box.remove();
        return html;
      }, { ...widget, tags, providerTag: PROVIDER });
      if (!fresh) throw new Error(`${name}: ${widget.tag} did not render its content`);
      if (fresh !== widget.old) {
        stale += 1;
        source = source.slice(0, widget.start) + fresh + source.slice(widget.end);
      }
    }
    if (!check) writeFileSync(path, source);
    console.log(`${name}: ${widgets.length} pre-rendered widget(s)${check ? '' : ', written'}`);
  }
} finally {
  server.close();
  await browser.close();
}
if (check && stale) {
  console.error(`${stale} pre-rendered widget(s) in demo/ are stale: run npm run prerender-demo`);
  process.exit(1);
}
