/**
 * fast-check arbitraries for the property-based tests (issue #13): hostile strings, URLs and
 * HTML. Shared by the browser tests (src/feed/safe-url.property.test.ts,
 * src/core/sanitize-html.property.test.ts) and, bundled by esbuild, by the Node ones
 * (test/node/parse-feed.property.test.mjs).
 *
 * Every property runs 10,000 times from a fixed seed, so `npm test` is reproducible; fast-check
 * prints the seed and the shrunk counterexample's path on failure, and `FC_SEED=<n>` (a number,
 * or `random`), `FC_PATH=<path>` and `FC_RUNS=<n>` replay or explore (see property-config.ts).
 */
import fc from 'fast-check';

// ---------------------------------------------------------------- strings

/** Characters that trip up parsers, escapers, trimmers and renderers. */
const TRICKY_CHARS = [
  '<', '>', '&', '"', "'", '`', '/', '\\', '=', ';', ':', '#', '%', '-', '!', '?', '[', ']', '{', '}', '$',
  ' ', '\t', '\n', '\r', '\f', '\v', '\0', '\u0001', '\u001f', '\u007f',
  // Unicode white space that JavaScript's trim() and \s remove (and the schema's \S refuses alone).
  '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
  // Not white space for JavaScript: zero-width, bidi overrides, a lone surrogate, non-characters.
  '\u200b', '\u200d', '\u202e', '\u2066', '\ud800', '\udfff', '\ufffe', '\uffff',
  'é', 'ß', 'İ', 'ı', 'ſ', 'K', '𝒳', '😀', 'ｊ', '＜',
];

const trickyChar = fc.constantFrom(...TRICKY_CHARS);

/** Whole strings that mean something to someone: markup, templates, prototype keys, paths. */
export const HOSTILE_WORDS = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</template>', '</style>', '<!--', '-->',
  '"><svg onload=alert(1)>', "'-alert(1)-'", '${alert(1)}', '{{constructor.constructor("alert(1)")()}}',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  '../../etc/passwd', '..', '.', '%2e%2e%2f', 'CON', 'nul', '&amp;', '&lt;b&gt;', '&#x3C;', '\u202eevil',
  'fr<!--', 'javascript:alert(1)', 'null', 'undefined', 'NaN', '0', '-0', '1e309', 'true', '[]', '{}',
];

/** Any string, biased towards the tricky characters and words above. */
export const hostileString = (maxLength = 24): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength, unit: fc.oneof({ weight: 2, arbitrary: trickyChar }, fc.string({ minLength: 1, maxLength: 1 })) }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_WORDS) },
    { weight: 1, arbitrary: fc.string({ maxLength, unit: 'binary' }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...HOSTILE_WORDS), fc.string({ maxLength: 8, unit: trickyChar }), fc.string({ maxLength: 8 }))
        .map(([a, b, c]) => a + b + c),
    },
  );

/** A plain word, as ids and names usually are (letters, digits, `-`). */
export const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);

/** Text a feed may hold where a non-empty string is expected: ordinary most of the time, hostile often. */
export const feedText = fc
  .oneof(
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÿ’' ,.-]{1,30}$/) },
    { weight: 1, arbitrary: hostileString() },
  )
  .filter((s) => s.trim() !== '');

// ---------------------------------------------------------------- URLs

/** Schemes a feed or intro might carry: allowed ones, the classic dangerous ones, odd ones. */
const SCHEMES = [
  'http', 'https', 'mailto', 'javascript', 'data', 'vbscript', 'file', 'ftp', 'blob', 'about', 'jar', 'ws', 'wss',
  'tel', 'sms', 'intent', 'chrome', 'view-source', 'filesystem', 'x-custom+v1.0', 'httpx', 'http2', 'mhtml', 'feed',
];

/** Random upper and lower case (`JaVaScRiPt`): bit i of `mask` upper-cases letter i (cheaper than fc.mixedCase). */
const flipCase = (word: string, mask: number) => [...word].map((c, i) => ((mask >> i % 31) & 1 ? c.toUpperCase() : c)).join('');
const anyCase = (words: readonly string[]) =>
  fc.tuple(fc.constantFrom(...words), fc.oneof(fc.constant(0), fc.nat())).map(([word, mask]) => flipCase(word, mask));

/** Tabs and newlines inside a scheme, which the URL parser removes (`java\tscript:`). */
const withTabs = (words: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...words), fc.string({ minLength: 1, maxLength: 2, unit: fc.constantFrom('\t', '\n', '\r') }), fc.nat())
    .map(([word, chars, at]) => word.slice(0, at % (word.length + 1)) + chars + word.slice(at % (word.length + 1)));

/** What may stand before or after a URL: spaces, C0 controls, Unicode white space. */
const padding = fc.string({ maxLength: 3, unit: fc.constantFrom(' ', '\t', '\n', '\r', '\f', '\0', '\u0001', '\u001f', '\u00a0', '\ufeff', '\u2028', '\u3000', '\u200b') });

/** Some characters percent-encoded (`%6Aavascript`): bit i of `mask` encodes character i. */
const percentEncodeSome = (words: readonly string[]) =>
  fc.tuple(fc.constantFrom(...words), fc.nat()).map(([word, mask]) =>
    [...word].map((c, i) => ((mask >> i % 31) & 1 && c.charCodeAt(0) < 128 ? `%${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c)).join(''),
  );

const scheme = fc.oneof(
  { weight: 4, arbitrary: anyCase(SCHEMES) },
  { weight: 1, arbitrary: withTabs(SCHEMES) },
  { weight: 1, arbitrary: percentEncodeSome(SCHEMES) },
  { weight: 1, arbitrary: fc.constantFrom('ｊａｖａｓｃｒｉｐｔ', 'javascript\u200b', 'java\u0000script', 'jav&#x61;script', 'javascript&colon;', 'ja vascript') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,8}$/) },
);

const host = fc.oneof(
  fc.constantFrom('media.example', 'a.example', 'xn--caf-dma.example', 'café.example', '127.0.0.1', '[::1]', 'localhost', '0x7f.1', 'EXAMPLE.org.', 'a.example:8080', 'a.example:99999'),
  fc.domain(),
);

const pathPart = fc.oneof(
  fc.constantFrom('', '/', '/x', '/a/../b', '/%2e%2e/', '/é', '/a b', '/?q=1#f', '#frag', '?', '/\\evil', '//evil.example', '/<script>', '/%0d%0a', '/%00'),
  fc.webPath(),
  hostileString(12),
);

/** A URL as a feed or an `href` may spell it: absolute, relative, scheme-relative, broken. */
export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  // scheme:[//host]path, with padding, case tricks and stray characters.
  {
    weight: 6,
    arbitrary: fc
      .tuple(padding, scheme, fc.constantFrom(':', ':', ':', '://', ':/', ':\\\\', ':///', '%3a', '&colon;', ':\t//'), fc.option(host, { nil: '' }), pathPart, padding)
      .map(([a, s, sep, h, p, b]) => `${a}${s}${sep}${h}${p}${b}`),
  },
  // Payloads.
  {
    weight: 2,
    arbitrary: fc.tuple(padding, scheme, fc.constantFrom(':alert(1)', ':alert(document.domain)//', ':text/html,<script>alert(1)</script>', ':text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', ':msgbox(1)', ':void(0)', ',x', ':'), padding).map((parts) => parts.join('')),
  },
  // Relative and scheme-relative.
  { weight: 2, arbitrary: fc.tuple(padding, fc.constantFrom('', '/', '//', '\\\\', './', '../', '?', '#', '/\\'), fc.option(host, { nil: '' }), pathPart).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] }) },
  { weight: 1, arbitrary: fc.emailAddress().map((e) => `mailto:${e}`) },
  { weight: 1, arbitrary: hostileString() },
);

/**
 * Padding that leaves a URL what it is: JavaScript white space outside (safe-url.ts trims it),
 * then C0 controls and spaces (the URL parser strips them). A zero-width space is neither.
 */
const harmlessPadding = fc
  .tuple(fc.string({ maxLength: 2, unit: fc.constantFrom(' ', '\u00a0', '\ufeff', '\u2028', '\u3000', '\n') }), fc.string({ maxLength: 2, unit: fc.constantFrom(' ', '\t', '\0', '\u0001', '\u001f', '\f') }))
  .map(([outer, inner]) => [outer, inner] as const);

/** URLs that must always be kept: well-formed absolute http(s) URLs and mailto: addresses, maybe padded. */
export const goodUrl: fc.Arbitrary<{ input: string; scheme: 'http' | 'https' | 'mailto' }> = fc.oneof(
  fc
    .tuple(harmlessPadding, fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] }), harmlessPadding)
    .map(([[a, b], url, [c, d]]) => ({ input: a + b + url + d + c, scheme: url.slice(0, url.indexOf(':')) as 'http' | 'https' })),
  fc
    .tuple(harmlessPadding, fc.emailAddress(), harmlessPadding)
    .map(([[a, b], address, [c, d]]) => ({ input: `${a}${b}mailto:${address}${d}${c}`, scheme: 'mailto' as const })),
);

/** Bases a feed URL may be resolved against (the feed's URL; `undefined` in the CLI without one; hostile ones too). */
export const baseUrl: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(undefined, 'https://media.example/dossiers/x/feed.json', 'http://127.0.0.1:8000/feeds/a.json') },
  { weight: 1, arbitrary: fc.constantFrom('file:///home/feeds/feed.json', 'data:text/plain,feed', 'javascript:alert(1)', 'mailto:a@b.example', 'about:blank', 'not a url') },
);

// ---------------------------------------------------------------- HTML

/** Elements the sanitiser keeps, unwraps, drops, and the parser treats specially. */
const TAGS = [
  // Kept.
  'p', 'br', 'em', 'strong', 'i', 'b', 'a', 'ul', 'ol', 'li', 'blockquote', 'q', 'cite',
  // Unwrapped (blocks and inline).
  'div', 'span', 'h1', 'h3', 'section', 'pre', 'font', 'u', 's', 'small', 'sub', 'code', 'marquee', 'nobr', 'center', 'details', 'summary', 'dl', 'dt', 'dd', 'hr', 'wbr',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'td', 'th',
  'custom-el', 'x-y', 'isindex', 'image', 'keygen', 'menu', 'dir', 'listing', 'xmp', 'plaintext', 'noembed', 'noframes',
  // Dropped with their content.
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'select', 'option', 'optgroup', 'textarea', 'title', 'svg', 'math', 'img', 'video', 'audio', 'source', 'link', 'meta', 'base', 'head', 'body', 'html', 'frameset', 'frame', 'canvas', 'picture',
  // Foreign content: SVG and MathML children, integration points, confusing namespaces.
  'foreignObject', 'desc', 'mtext', 'mi', 'mo', 'mn', 'ms', 'mglyph', 'malignmark', 'annotation-xml', 'use', 'animate', 'set', 'feImage',
];

/** Attribute names: event handlers, URLs, namespaces, and names that clobber DOM properties. */
const ATTRIBUTES = [
  'href', 'href', 'href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data', 'poster', 'background', 'ping', 'srcset',
  'onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'ontoggle', 'onanimationstart', 'onbegin',
  'style', 'class', 'id', 'name', 'rel', 'target', 'title', 'alt', 'lang', 'dir', 'tabindex', 'autofocus', 'open', 'is', 'slot', 'part',
  'xmlns', 'xmlns:xlink', 'encoding', 'attributename', 'to', 'values', 'http-equiv', 'content', 'type', 'shadowrootmode',
];

/** Values for `id` and `name` that shadow DOM properties on a form or a document (DOM clobbering). */
const CLOBBER = ['localName', 'nodeName', 'nodeType', 'namespaceURI', 'childNodes', 'children', 'attributes', 'getAttribute', 'hasChildNodes', 'textContent', 'data', 'ownerDocument', 'parentNode', 'firstChild', 'body', 'createElement'];

const HANDLER = 'window.__sanitizePwned=1';

const attributeValue = (name: string): fc.Arbitrary<string> => {
  const lower = name.toLowerCase();
  if (['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'to', 'values'].includes(lower)) {
    return fc.oneof(hostileUrl, fc.constant(`javascript:${HANDLER}`), fc.constant('&#106;avascript:alert(1)'), fc.constant('jav&#x09;ascript:alert(1)'), fc.constant('javascript&colon;alert(1)'));
  }
  if (lower.startsWith('on')) return fc.constant(HANDLER);
  if (lower === 'id' || lower === 'name') return fc.oneof(fc.constantFrom(...CLOBBER), hostileString(8));
  if (lower === 'encoding') return fc.constantFrom('text/html', 'application/xhtml+xml', 'TEXT/HTML');
  if (lower === 'srcdoc') return fc.constant(`<script>parent.${HANDLER}</script>`);
  if (lower === 'style') return fc.constantFrom('color:red', 'background:url(javascript:alert(1))', 'animation-name:x', '</style><img src=x onerror=alert(1)>');
  if (lower === 'xmlns') return fc.constantFrom('http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML', 'x');
  return hostileString(12);
};

const attribute = fc.oneof(
  ...[...new Set(ATTRIBUTES)].map((name) =>
    fc.tuple(anyCase([name]), attributeValue(name), fc.constantFrom('"', "'", '', 'none')).map(([n, value, quote]) => {
      if (quote === 'none') return ` ${n}`;
      // A quoted value ends at its quote, an unquoted one at white space or `>`: keep the value whole.
      const v = quote ? value.replaceAll(quote, quote === '"' ? '&quot;' : '&#39;') : value.replace(/[\s>]/g, '');
      return ` ${n}=${quote}${v}${quote}`;
    }),
  ),
);

/** The classic mutation-XSS and parser-confusion shapes, verbatim. Each payload sets the flag if it ever runs. */
export const MXSS_CLASSICS = [
  `<noscript><p title="</noscript><img src=x onerror=${HANDLER}>"></p></noscript>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${HANDLER}>">`,
  `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${HANDLER}&gt;">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${HANDLER}>`,
  `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${HANDLER}>"></style></h1>`,
  `<svg><style><img src=x onerror=${HANDLER}></style></svg>`,
  `<svg><foreignObject><p>f</p><img src=x onerror=${HANDLER}></foreignObject></svg>`,
  `<math><annotation-xml encoding="text/html"><style><img src=x onerror=${HANDLER}></style></annotation-xml></math>`,
  `<math><annotation-xml encoding="text/html"><p><a href="javascript:${HANDLER}">m</a></p></annotation-xml></math>`,
  `<svg><![CDATA[</svg><img src=x onerror=${HANDLER}>]]></svg>`,
  `<![CDATA[<img src=x onerror=${HANDLER}>]]>`,
  `<!--><img src=x onerror=${HANDLER}>-->`,
  `<!---><img src=x onerror=${HANDLER}>-->`,
  `<!--a--!><img src=x onerror=${HANDLER}>-->`,
  `<?xml-stylesheet href="javascript:${HANDLER}"?><p>pi</p>`,
  `<template><style></template><img src=x onerror=${HANDLER}>`,
  `<template><script>${HANDLER}</script></template>`,
  `<select><template><style><img src=x onerror=${HANDLER}></style></template></select>`,
  `<table><a href="https://t.example/">foster</a><tr><td>c</td></tr></table>`,
  `<a href="https://a.example/"><table><td><a href="https://b.example/">nested</a></td></table></a>`,
  `<p><table><td><ul><li>in p</li></ul></td></table></p>`,
  `<li><table><td><li>in li</li></td></table></li>`,
  `<a href="https://a.example/"><marquee><a href="https://b.example/">m</a></marquee></a>`,
  `<b><p>adoption</b>agency</p>`,
  `<form id=f><input name=attributes><input name=localName><input name=childNodes></form>`,
  `<form><input name=namespaceURI><a href="javascript:${HANDLER}">c</a></form>`,
  `<xmp><img src=x onerror=${HANDLER}></xmp>`,
  `<noembed><img src=x onerror=${HANDLER}></noembed>`,
  `<noframes><img src=x onerror=${HANDLER}></noframes>`,
  `<textarea><img src=x onerror=${HANDLER}></textarea>`,
  `<title><img src=x onerror=${HANDLER}></title>`,
  `<iframe srcdoc="<script>parent.${HANDLER}</script>"></iframe>`,
  `<image src=x onerror=${HANDLER}>`,
  `<svg><a xlink:href="javascript:${HANDLER}"><text>s</text></a></svg>`,
  `<svg><animate attributeName=href values="javascript:${HANDLER}"/><a><text>t</text></a></svg>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${HANDLER}">entities</a>`,
  `<a href="java&#x09;script:${HANDLER}">tab</a>`,
  `<a href="&#x20;javascript:${HANDLER}">space</a>`,
  `<a href="javascript&colon;${HANDLER}">colon</a>`,
  `<a href="\u0001javascript:${HANDLER}">c0</a>`,
  `<base href="javascript:/"><a href="x">base</a>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${HANDLER}">`,
  `<div id="x" class="y" style="color:red" onclick="${HANDLER}">attrs</div>`,
  `<p>&lt;script&gt;${HANDLER}&lt;/script&gt; &amp;lt; &#0; &#13; &#x0d; &nbsp;&NotANamedEntity; &amp</p>`,
  `<plaintext><img src=x onerror=${HANDLER}>`,
  `<frameset onload=${HANDLER}>`,
  `<body onload=${HANDLER}><p>b</p></body>`,
  `</p></li></ul></form></svg></math></template></noscript></style></script></table>`,
];

const textNode = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÿ ,.]{0,12}$/) },
  { weight: 1, arbitrary: hostileString(12) },
  { weight: 1, arbitrary: fc.constantFrom('&lt;', '&gt;', '&amp;', '&quot;', '&#60;', '&#x3c;', '&#13;', '&#0;', '&nbsp;', '&NotAnEntity;', '&amp;lt;', '&lt', '\u00a0', '\u202f') },
);

const comment = fc.oneof(
  fc.string({ maxLength: 10 }).map((s) => `<!--${s}-->`),
  fc.constantFrom('<!-->', '<!--->', '<!--x--!>', '<!--', '<!-- <!-- -->', '<!---->', '<!>', '<!x>', '<![CDATA[x]]>', '<?x?>', '<!doctype html>', '</>', '</ x>'),
);

const strayEndTag = fc.constantFrom(...TAGS).map((t) => `</${t}>`);

/** Arbitrary HTML: a random tree of the tags and attributes above, with text, comments, stray end tags and the classics. */
export const hostileHtml: fc.Arbitrary<string> = fc.letrec<{ nodes: string; node: string; element: string }>((tie) => ({
  nodes: fc.array(tie('node'), { maxLength: 5 }).map((parts) => parts.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: textNode },
    { weight: 5, arbitrary: tie('element') },
    { weight: 1, arbitrary: fc.constantFrom(...MXSS_CLASSICS) },
    { weight: 1, arbitrary: comment },
    { weight: 1, arbitrary: strayEndTag },
  ),
  element: fc
    .tuple(fc.mixedCase(fc.constantFrom(...TAGS)), fc.array(attribute, { maxLength: 3 }), tie('nodes'), fc.constantFrom('close', 'close', 'close', 'open', 'self'))
    .map(([tag, attributes, children, end]) =>
      end === 'self' ? `<${tag}${attributes.join('')}/>${children}` : `<${tag}${attributes.join('')}>${children}${end === 'close' ? `</${tag}>` : ''}`,
    ),
})).nodes;
