/**
 * Property-based tests of the URL allow-list (issue #13), in each engine: what a URL means is
 * the engine's URL parser's reading of it, and that is what the widgets run on. 10,000 runs per
 * property from a fixed seed (src/test-support/property-config.ts: replay, other seeds).
 *
 * URLs are built from schemes (allowed, dangerous, odd; in any case, split by tabs and newlines,
 * partly percent-encoded, entity-spelled, full-width), separators, hosts, paths, padding of
 * spaces, C0 controls and Unicode white space (src/test-support/arbitraries.ts), resolved
 * against the bases a feed's URL may be, hostile ones included.
 */
/* eslint-disable no-control-regex -- these tests are about control characters in URLs */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { baseUrl, goodUrl, hostileUrl } from '../test-support/arbitraries.js';
import { assertProperty, propertyParameters } from '../test-support/property-config.js';
import { propertyEnv, replayCommand } from '../test-support/property-env.js';
import { safeImageUrl, safeLinkUrl } from './safe-url.js';

const REPLAY = replayCommand('src/feed/safe-url.property.test.ts');
const LINK = new Set(['http:', 'https:', 'mailto:']);
const IMAGE = new Set(['http:', 'https:']);

/**
 * The scheme the URL standard reads in `value`, written independently of safe-url.ts: leading
 * and trailing C0 controls and spaces stripped, tabs and newlines removed anywhere, then
 * `ALPHA *(ALPHA / DIGIT / "+" / "-" / ".") ":"`, lower-cased. Undefined for a relative URL.
 * (safe-url.ts trims JavaScript white space first, as this does.)
 */
function schemeOf(value: string): string | undefined {
  const cleaned = value.trim().replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]!.toLowerCase().concat(':');
}

/** What every URL the allow-list lets through must be. */
function checkKept(kept: string | undefined, value: string, base: string | undefined, allowed: Set<string>, check: (v: unknown, b?: string) => string | undefined) {
  const scheme = schemeOf(value);
  // A refused scheme stays refused, whatever its spelling.
  if (scheme && !allowed.has(scheme)) expect(kept, `${JSON.stringify(value)} has the scheme ${scheme}`).to.equal(undefined);
  if (kept === undefined) return;
  expect(kept).to.be.a('string');
  const url = new URL(kept);
  expect(allowed.has(url.protocol), `kept ${JSON.stringify(kept)} (${url.protocol})`).to.equal(true);
  // Its scheme is the one written, or the base's for a relative URL: normalisation never makes one.
  expect(url.protocol).to.equal(scheme ?? new URL(base!).protocol);
  // Absolute, in the parser's own serialisation: reading it again changes nothing.
  expect(url.href).to.equal(kept);
  expect(check(kept)).to.equal(kept);
  expect(check(kept, 'https://other.example/')).to.equal(kept);
  // Nothing an attribute or a log could be confused by: no control character, no newline.
  expect(/[\u0000-\u001f\u007f]/.test(kept), JSON.stringify(kept)).to.equal(false);
}

describe('safe URLs: properties', function () {
  this.timeout(120_000);

  it('lets through only http(s) and mailto links (http(s) images), absolute and canonical, whatever the spelling', async () => {
    const env = await propertyEnv();
    await assertProperty(
      fc.property(hostileUrl, baseUrl, (value, base) => {
        checkKept(safeLinkUrl(value, base), value, base, LINK, safeLinkUrl);
        checkKept(safeImageUrl(value, base), value, base, IMAGE, safeImageUrl);
      }),
      propertyParameters(env, 1311),
      REPLAY,
    );
  });

  it('never refuses a well-formed http(s) or mailto URL, padded or not', async () => {
    const env = await propertyEnv();
    await assertProperty(
      fc.property(goodUrl, baseUrl, ({ input, scheme }, base) => {
        // Trailing C0 controls and spaces (tab and \0 here) are the URL parser's to strip.
        const expected = new URL(input.trim().replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')).href;
        expect(safeLinkUrl(input, base)).to.equal(expected);
        expect(safeImageUrl(input, base)).to.equal(scheme === 'mailto' ? undefined : expected);
      }),
      propertyParameters(env, 1312),
      REPLAY,
    );
  });
});
