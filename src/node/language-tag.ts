/**
 * The language-tag grammar of the publisher's tools: the parser's own (src/feed/language-tag.ts),
 * which the schema's `languageTag` pattern matches (test/node/language-tag.test.mjs).
 */
export { LANGUAGE_TAG } from '../feed/language-tag.js';
