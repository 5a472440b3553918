import { expect } from '@open-wc/testing';
import { define } from './define.js';
import { VERSION } from '../version.js';
import { captureWarnings } from '../test-support/feeds.js';

describe('define', () => {
  it('defines once; the same version again is a silent no-op', async () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      define('x-define-same', A);
      define('x-define-same', A);
      define('x-define-same', B);
    });
    expect(customElements.get('x-define-same')).to.equal(A);
    expect(warnings).to.deep.equal([]);
  });

  it('another version already there: one warning naming both versions, the first wins, no exception', async () => {
    class Old extends HTMLElement {
      static dossierVersion = '0.0.9';
    }
    customElements.define('x-define-clash', Old);
    const warnings = await captureWarnings(() => {
      class New extends HTMLElement {}
      define('x-define-clash', New);
      define('x-define-clash', class extends HTMLElement {});
    });
    expect(customElements.get('x-define-clash')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.9').and.contain(VERSION);
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
