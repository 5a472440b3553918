/**
 * Minifies the CSS inside Lit's css`…` templates, which terser leaves as written: comments
 * go, runs of whitespace shrink to one space, and spaces around punctuation go. Only
 * whitespace and comments are touched, never a value (`${…}` holes are kept as they are).
 */
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

export function minifyCss(source) {
  // Quoted strings (`content`, `quotes`) are set aside, after the comments (whose apostrophes
  // are not quotes), and put back as they were.
  const strings = [];
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (string) => `\0${strings.push(string) - 1}\0`)
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // After a colon: `color: red` (a selector never has a space after its colon).
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // Around `/` and a product's `*` (`calc(var(--x) * 0.75)`, `4 / 3`), where no space is
    // needed; never a selector's `*` (`.a * .b`), which is followed by neither a number nor var().
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s*\*\s*(?=-?\.?\d|var\()/g, '*')
    // A number's leading zero: `0.75em` → `.75em` (not in `10.5`, `#0a0`, `x-0.5`).
    .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2')
    .replace(/\0(\d+)\0/g, (_, i) => strings[i])
    .trim();
}

export default function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}

/**
 * After terser: in minified output a line break can only be inside a template literal (Lit's
 * html`` and css``), where it is indentation. HTML and CSS read a run of white space as one
 * space, so it shrinks to one. (Strings that need a real line break write "\n" in ordinary
 * quotes, which terser keeps as an escape.)
 */
export function collapseTemplateWhitespace() {
  return {
    name: 'collapse-template-whitespace',
    renderChunk(code) {
      return { code: code.replace(/\n\s*/g, ' '), map: null };
    },
  };
}
