/**
 * The strict Content-Security-Policy a partner page can keep with dossier-widgets: no inline
 * script or style, Trusted Types enforced. Only two policy names: `lit-html` (Lit's templates)
 * and `dossier-widgets` (the HTML sanitiser's inert parse). Served on demo/strict-csp.html by
 * `npm start` and by the test server.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "require-trusted-types-for 'script'",
  'trusted-types dossier-widgets lit-html',
].join('; ');

export const isStrictPage = (path) => path.endsWith('/strict-csp.html');
