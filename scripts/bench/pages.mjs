/**
 * Bench pages, generated in memory. Every page defines `window.__result` (a promise of
 * { t0, tDom, tRaf, tPaint, …extra } in performance.now() ms) and, when it waits for held
 * data, `window.__ready` (true once it is idle in its loading state).
 */
export const CDN_FILE = 'dist/cdn/dossier-widgets.js';

/**
 * Page text before the widgets, as on any partner page. It uses the fonts and characters the
 * widgets need (bold, italic, « » with narrow no-break spaces), so that the first use of a
 * font in a fresh renderer process falls outside the measured window on every page alike.
 */
export const INTRO =
  '<h1>Pratiques collaboratives</h1>' +
  '<p>Un article de blog partenaire qui cite «\u202Fle dossier\u202F» de <b>Damien Caillard</b>, <i><cite>Pratiques collaboratives</cite></i>.</p>';

export const pageHead = (title, extra = '') => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${extra}
</head>`;

/**
 * Page-side end of measurement, shared by every page: from `tDom` (content in the DOM), the
 * next frame's rAF (tRaf), then a message posted from it (tPaint: that frame's style, layout
 * and paint are done). `start()` returns t0.
 */
export const FRAME_PROBE = `
window.__frameAfter = (tDom, start, extra = {}) => new Promise((resolve) => {
  requestAnimationFrame(() => {
    const tRaf = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const tPaint = performance.now();
      resolve({ ...extra, t0: start(), tDom, tRaf, tPaint });
    };
    channel.port2.postMessage(null);
  });
});
window.__resourceEnd = (url) => () => {
  const entry = performance.getEntriesByName(new URL(url, location.href).href)[0];
  if (!entry || !entry.responseEnd) throw new Error('no resource timing for ' + url);
  return entry.responseEnd;
};
window.__twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
`;

/**
 * N widgets of one tag reading the held feed. Ready: every element upgraded, rendered, and
 * still without content. Result: N `dossier-load` events, every `updateComplete`, content in
 * every shadow root (`hasContent`, a JS expression over `el`), then the next frame.
 */
export function heldWidgetsPage({ title, tag, elements, feed, hasContent, style = '', script = `/${CDN_FILE}` }) {
  const harness = `<script>
${FRAME_PROBE}
(() => {
  const N = ${elements.length};
  const hasContent = (el) => ${hasContent};
  let loaded = 0, done, failed;
  window.__result = new Promise((resolve, reject) => { done = resolve; failed = reject; });
  document.addEventListener('dossier-error', (e) => failed(new Error('dossier-error: ' + e.detail.kind + ' ' + (e.detail.error?.message ?? ''))));
  document.addEventListener('dossier-load', async () => {
    if (++loaded < N) return;
    const els = [...document.querySelectorAll(${JSON.stringify(tag)})];
    await Promise.all(els.map((el) => el.updateComplete));
    const tDom = performance.now();
    if (!els.every(hasContent)) return failed(new Error('${tag}: an element has no content after dossier-load'));
    __frameAfter(tDom, __resourceEnd(${JSON.stringify(feed)})).then(done, failed);
  });
  window.__ready = (async () => {
    await customElements.whenDefined(${JSON.stringify(tag)});
    const els = [...document.querySelectorAll(${JSON.stringify(tag)})];
    await Promise.all(els.map((el) => el.updateComplete));
    await __twoFrames();
    return els.length === N && els.every((el) => el.shadowRoot && !hasContent(el));
  })();
})();
</script>
${style ? `<style>${style}</style>` : ''}
<script type="module" src="${script}"></script>`;
  return `${pageHead(title, harness)}
<body>
${INTRO}
<main>
${elements.join('\n')}
</main>
</body>
</html>`;
}

/**
 * Final markup written in the HTML: t0 is when the parser reaches it (a script just before
 * it), so the figure is the markup's own parse + style + layout + paint. navEnd (the
 * navigation's responseEnd) is reported too: that window adds the new document's commit.
 */
export function staticPage({ title, css, body, style = '' }) {
  return `${pageHead(title, `<style>\n${css}\n${style}\n</style>\n<script>${FRAME_PROBE}</script>`)}
<body>
${INTRO}
<script>window.__t0 = performance.now();</script>
<main>
${body}
</main>
<script>
window.__result = __frameAfter(performance.now(), () => window.__t0).then((t) => ({
  ...t,
  navEnd: performance.getEntriesByType('navigation')[0].responseEnd,
}));
</script>
</body>
</html>`;
}

/** The same markup fetched through the held route and set with innerHTML on an idle page. */
export function innerHtmlPage({ title, css, feed, check, style = '' }) {
  return `${pageHead(
    title,
    `<style>\n${css}\n${style}\n</style>
<script>
${FRAME_PROBE}
window.__ready = new Promise((r) => addEventListener('DOMContentLoaded', () => __twoFrames().then(() => r(true))));
window.__result = window.__ready.then(async () => {
  const response = await fetch(${JSON.stringify(feed)});
  const text = await response.text();
  const main = document.querySelector('main');
  main.innerHTML = text;
  const tDom = performance.now();
  if (!(${check})) throw new Error('innerHTML: unexpected content');
  return __frameAfter(tDom, __resourceEnd(${JSON.stringify(feed)}));
});
</script>`,
  )}
<body>
${INTRO}
<main></main>
</body>
</html>`;
}

export const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
