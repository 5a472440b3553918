/**
 * The strict Content-Security-Policy a partner page can keep with dossier-widgets: no inline
 * script, Trusted Types enforced. Only two policy names: `lit-html` (Lit's templates) and
 * `dossier-widgets` (the HTML sanitiser's inert parse). Served on demo/strict-csp.html by
 * `npm start` and by the test server.
 *
 * A pre-rendered widget (the embed generator's snippet) carries its styles in a `<style>` block
 * inside its `<template shadowrootmode>`; the page allows exactly those blocks by their hash,
 * as a partner would, and no other inline style.
 */
import { createHash } from 'node:crypto';

const policy = (styleSources) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${["'self'", ...styleSources].join(' ')}`,
    "img-src 'self' data: https:",
    "require-trusted-types-for 'script'",
    'trusted-types dossier-widgets lit-html',
  ].join('; ');

/** The policy without any inline style allowed. */
export const STRICT_CSP = policy([]);

/** `'sha256-…'` of each distinct `<style>` block of the pre-rendered widgets in `html`. */
export function prerenderedStyleHashes(html) {
  const blocks = [...html.matchAll(/<template shadowrootmode="open"><style>([^<]*)<\/style>/g)].map((m) => m[1]);
  return [...new Set(blocks)].map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
}

/** The policy for a page: STRICT_CSP plus the hashes of its pre-rendered styles. */
export const strictCspFor = (html) => policy(prerenderedStyleHashes(String(html)));

export const isStrictPage = (path) => path.endsWith('/strict-csp.html');
