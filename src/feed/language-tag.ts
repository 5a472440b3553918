/**
 * A language tag in BCP 47's shape: a language of two or three letters, then subtags of one to
 * eight letters or digits (`fr`, `fr-FR`, `zh-Hant-TW`, `es-419`, `ca-ES-valencia`); subtags are
 * not checked against the IANA registry. The one grammar: the parser reads every `language`
 * through it (parse-feed.ts), the publisher's tools re-export it (src/node/language-tag.ts), and
 * the schema's `languageTag` pattern is the same (test/node/language-tag.test.mjs keeps them
 * one). Alone in its module so that that test can import it from source, before the build.
 */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;
