import puppeteer from 'puppeteer-core';
import { startServer } from '../scripts/serve-demo.mjs';
const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const base = ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--no-first-run','--disable-sync'];
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: [...base, ...process.argv.slice(2)], headless: true });
const p = await b.newPage();
await p.goto(origin + '/demo/quotes.html');
await p.waitForFunction(() => document.querySelector('dossier-quote')?.shadowRoot?.querySelector('figure'));
const snap = await p.evaluate(() => { const el = document.querySelector('dossier-quote'); return { m: el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g,''), css: el.shadowRoot.adoptedStyleSheets.flatMap(s=>[...s.cssRules].map(r=>r.cssText)).join('\n').replace(/:host\(([^)]*)\)/g, '.dq$1').replace(/:host\b/g, '.dq') }; });
for (let k = 0; k < 4; k++) {
  const q = await b.newPage();
  await q.goto(origin + '/demo/feeds/x404');
  await q.setContent(`<!doctype html><html lang=fr><style>${snap.css}</style><h1>Pratiques</h1><p>Un «\u202Ftexte\u202F» <b>gras</b> <i><cite>italique</cite></i></p><main></main>`);
  await new Promise(r => setTimeout(r, 200));
  const r = await q.evaluate(async (m, MODE) => {
    const out = [];
    for (let i = 0; i < 5; i++) {
      await new Promise(r => setTimeout(r, 100));
      const t0 = performance.now();
      document.querySelector('main').insertAdjacentHTML('beforeend', i == 0 && MODE == 'notext' ? '<div class="dq">' + m.replace(/>[^<]+</g, '>x<') + '</div>' : i == 0 && MODE == 'textonly' ? '<div>' + m.replace(/<[^>]+>/g, ' ') + '</div>': '<div class="dq">' + m + '</div>');
      const t1 = performance.now();
      document.body.offsetHeight;
      const t2 = performance.now();
      await new Promise(res => requestAnimationFrame(() => { const t3 = performance.now(); const c = new MessageChannel(); c.port1.onmessage = () => { out.push([t1-t0, t2-t1, t3-t2, performance.now()-t3].map(x => +x.toFixed(1)).join('/')); res(); }; c.port2.postMessage(0); }));
    }
    return out;
  }, snap.m, process.env.MODE);
  console.log(r.join('  '));
  await q.close();
}
await b.close(); server.close();
