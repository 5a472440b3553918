import { expect } from '@open-wc/testing';
import { safeImageUrl, safeLinkUrl } from './safe-url.js';

describe('safe URLs', () => {
  const base = 'https://media.example/feeds/dossier.json';

  it('keeps web and mail links, made absolute against the feed', () => {
    expect(safeLinkUrl('https://a.example/x')).to.equal('https://a.example/x');
    expect(safeLinkUrl(' HTTP://a.example/ ')).to.equal('http://a.example/');
    expect(safeLinkUrl('mailto:someone@example.org')).to.equal('mailto:someone@example.org');
    expect(safeLinkUrl('../page.html', base)).to.equal('https://media.example/page.html');
  });

  it('refuses other schemes, blanks and non-strings', () => {
    for (const value of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'ftp://a.example/', '  ', '', 42, null]) {
      expect(safeLinkUrl(value, base), String(value)).to.equal(undefined);
    }
    expect(safeLinkUrl('relative/without/base')).to.equal(undefined);
    expect(safeLinkUrl('relative', 'not a url')).to.equal(undefined);
  });

  it('keeps absolute links when the base is no URL', () => {
    expect(safeLinkUrl('mailto:a@a.example', 'not a url')).to.equal('mailto:a@a.example');
    expect(safeImageUrl('https://a.example/i.png', 'feeds/relative.json')).to.equal('https://a.example/i.png');
  });

  it('fetches images over the web only', () => {
    expect(safeImageUrl('img/a.png', base)).to.equal('https://media.example/feeds/img/a.png');
    expect(safeImageUrl('mailto:someone@example.org')).to.equal(undefined);
    expect(safeImageUrl('data:image/png;base64,AAAA')).to.equal(undefined);
  });
});
