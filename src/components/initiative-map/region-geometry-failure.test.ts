/**
 * A region that fails to load (RegionGeometry): refused bytes stay refused, a network failure
 * is tried again at the next render. The region's import is replaced by one that fails as the
 * script-tag build's fails (src/chunk-integrity.ts); test/chunk-integrity.test.ts does it with
 * a real tampered chunk, in the engines that enforce integrity.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { captureWarnings } from '../../test-support/feeds.js';
import { REGIONS } from './geometry/index.js';
import { RegionGeometry } from './region-geometry.js';

const REGION = 'FR-COR';
const host = { requestUpdate: () => {} } as unknown as ReactiveControllerHost;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('RegionGeometry, a region that fails to load', () => {
  const load = REGIONS[REGION]!;
  let imports = 0;
  afterEach(() => {
    REGIONS[REGION] = load;
    imports = 0;
  });
  const failWith = (error: Error) => {
    REGIONS[REGION] = () => (imports++, Promise.reject(error));
  };

  it('refused by its integrity: asked for once, whatever the renders, and no warning of its own', async () => {
    failWith(Object.assign(new Error('dossier-widgets: …/FR-COR-abcdef.js does not match its integrity hash: not run.'), { integrity: 'https://cdn.example/FR-COR-abcdef.js' }));
    const geometry = new RegionGeometry(host);
    const warnings = await captureWarnings(async () => {
      for (let render = 0; render < 5; render++) {
        expect(geometry.has([REGION])).to.equal(false);
        await settle();
      }
    });
    expect(imports).to.equal(1);
    expect(warnings).to.deep.equal([]);
  });

  it('a network failure: one warning per try, and asked for again at the next render', async () => {
    failWith(new TypeError('Failed to fetch dynamically imported module'));
    const geometry = new RegionGeometry(host);
    const warnings = await captureWarnings(async () => {
      for (let render = 0; render < 3; render++) {
        geometry.has([REGION]);
        await settle();
      }
    });
    expect(imports).to.equal(3);
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain(`could not load the geometry of ${REGION}`);
  });
});
