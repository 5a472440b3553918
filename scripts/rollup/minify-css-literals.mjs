/**
 * Minifies the CSS inside Lit's css`…` templates, which terser leaves as written: comments
 * go, runs of whitespace shrink to one space, and spaces around punctuation go. Only
 * whitespace and comments are touched, never a value (`${…}` holes are kept as they are).
 */
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

export function minifyCss(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
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
