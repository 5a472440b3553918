import puppeteer from 'puppeteer-core';
const base = ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--no-first-run','--disable-sync'];
const extra = process.argv.slice(2);
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: [...base, ...extra], headless: true });
for (let k = 0; k < 3; k++) {
const p = await b.newPage();
await p.goto('data:text/html,<main></main>');
const r = await p.evaluate(async () => {
  const out = [];
  for (let i = 0; i < 15; i++) {
    await new Promise(r => setTimeout(r, 60));
    document.querySelector('main').insertAdjacentHTML('beforeend', '<p>hello ' + i + '</p>');
    const t0 = performance.now();
    await new Promise(res => requestAnimationFrame(() => { const t1 = performance.now(); const c = new MessageChannel(); c.port1.onmessage = () => { out.push([+(t1-t0).toFixed(1), +(performance.now()-t1).toFixed(1)]); res(); }; c.port2.postMessage(0); }));
  }
  return out;
});
console.log(extra.join(' '), r.map(x => x[1]).join(' '));
await p.close();
}
await b.close();
