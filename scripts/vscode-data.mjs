/**
 * Writes dist/vscode.html-custom-data.json, VS Code's HTML custom data, from the Custom Elements
 * Manifest (custom-elements.json, `npm run analyze`): each element with its description (summary,
 * events, slots, parts, CSS properties) and its attributes, with their values when the type is a
 * union of string literals (`variant`: card | inline) and as valueless when boolean
 * (`with-quote`). A partner's VS Code then completes and documents the tags in HTML files:
 *
 *     "html.customData": ["./node_modules/dossier-widgets/dist/vscode.html-custom-data.json"]
 *
 * Types written as an alias (`theme: Theme`, `layout: CardLayout`) are expanded by reading the
 * alias in the TypeScript source the manifest points to (following relative imports).
 *
 * Usage: node scripts/vscode-data.mjs [manifest] [output]
 * (defaults: custom-elements.json and dist/vscode.html-custom-data.json in the package).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../', import.meta.url));
const manifestPath = resolve(process.argv[2] ?? resolve(root, 'custom-elements.json'));
const outputPath = resolve(process.argv[3] ?? resolve(root, 'dist/vscode.html-custom-data.json'));

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** Every class that is a custom element with a tag, by tag, with the module declaring it. */
function elements() {
  const found = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind === 'class' && declaration.tagName) found.set(declaration.tagName, { declaration, path: mod.path });
    }
  }
  // Definitions (`customElements.define('tag', Class)`) name tags the class may not carry.
  for (const mod of manifest.modules ?? []) {
    for (const exp of mod.exports ?? []) {
      if (exp.kind !== 'custom-element-definition' || found.has(exp.name)) continue;
      const home = manifest.modules.find((m) => m.path === exp.declaration.module);
      const declaration = home?.declarations?.find((d) => d.kind === 'class' && d.name === exp.declaration.name);
      if (declaration) found.set(exp.name, { declaration, path: home.path });
    }
  }
  return [...found].sort(([a], [b]) => a.localeCompare(b));
}

// --- Types: string-literal unions, through aliases --------------------------------------------

const sources = new Map();
function sourceFile(path) {
  if (!sources.has(path)) {
    const file = resolve(root, path);
    sources.set(path, existsSync(file) ? ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true) : undefined);
  }
  return sources.get(path);
}

/** The type node of alias `name` as seen from `path`: declared there, or imported from a relative module. */
function findAlias(name, path, seen = new Set()) {
  const key = `${path}#${name}`;
  const file = sourceFile(path);
  if (!file || seen.has(key)) return undefined;
  seen.add(key);
  for (const statement of file.statements) {
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name) return { node: statement.type, path };
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (!specifier.startsWith('.') || !bindings || !ts.isNamedImports(bindings)) continue;
    const imported = bindings.elements.find((element) => element.name.text === name);
    if (!imported) continue;
    const target = relative(root, resolve(root, dirname(path), specifier.replace(/\.js$/, '.ts')));
    return findAlias((imported.propertyName ?? imported.name).text, target, seen);
  }
  return undefined;
}

/**
 * The string literals a type node allows, or undefined if it allows anything else (`string`,
 * `number`): `'a' | 'b' | undefined` → ['a', 'b'].
 */
function literalsOfNode(node, path) {
  if (ts.isParenthesizedTypeNode(node)) return literalsOfNode(node.type, path);
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types.map((part) => literalsOfNode(part, path));
    return parts.every(Boolean) ? [...new Set(parts.flat())] : undefined;
  }
  if (ts.isLiteralTypeNode(node)) {
    if (ts.isStringLiteral(node.literal)) return [node.literal.text];
    if (node.literal.kind === ts.SyntaxKind.NullKeyword) return [];
    return undefined;
  }
  if (node.kind === ts.SyntaxKind.UndefinedKeyword) return [];
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !node.typeArguments) {
    const alias = findAlias(node.typeName.text, path);
    return alias ? literalsOfNode(alias.node, alias.path) : undefined;
  }
  return undefined;
}

function literalsOf(typeText, path) {
  if (!typeText) return undefined;
  const file = ts.createSourceFile('type.ts', `type T = ${typeText};`, ts.ScriptTarget.Latest, true);
  const alias = file.statements[0];
  if (!alias || !ts.isTypeAliasDeclaration(alias)) return undefined;
  const values = literalsOfNode(alias.type, path);
  return values?.length ? values : undefined;
}

const isBoolean = (typeText) => /^boolean(\s*\|\s*undefined)?$/.test(typeText?.trim() ?? '');

// --- Custom data ------------------------------------------------------------------------------

const markdown = (value) => ({ kind: 'markdown', value });
const listOf = (title, items, name) =>
  items?.length ? `**${title}**\n\n${items.map((item) => `- ${name(item)}${item.description ? ` — ${item.description}` : ''}`).join('\n')}` : '';

function tagDescription(declaration) {
  return [
    declaration.summary,
    declaration.description,
    listOf('Events', declaration.events, (e) => `\`${e.name}\``),
    listOf('Slots', declaration.slots, (s) => (s.name ? `\`${s.name}\`` : 'default')),
    listOf('CSS parts', declaration.cssParts, (p) => `\`::part(${p.name})\``),
    listOf('CSS custom properties', declaration.cssProperties, (p) => `\`${p.name}\``),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function attribute(attr, declaration, path) {
  const member = declaration.members?.find((m) => m.name === attr.fieldName);
  // An inherited attribute's type is written in the base class's module.
  const typePath = attr.inheritedFrom?.module ?? member?.inheritedFrom?.module ?? path;
  const type = attr.type?.text ?? member?.type?.text;
  const text = attr.description ?? member?.description ?? '';
  const defaultValue = attr.default ?? member?.default;
  // The default, unless the description already gives it or there is none worth showing.
  const showDefault =
    defaultValue !== undefined &&
    !isBoolean(type) &&
    !["''", '""', 'undefined'].includes(defaultValue) &&
    !/\bdefault\b/i.test(text);
  const description = [text, showDefault ? `Default: \`${defaultValue}\`.` : ''].filter(Boolean).join(' ');
  const result = { name: attr.name };
  if (description) result.description = markdown(description);
  if (isBoolean(type)) result.valueSet = 'v';
  const values = literalsOf(type, typePath);
  if (values) result.values = values.map((name) => ({ name }));
  return result;
}

const tags = elements().map(([name, { declaration, path }]) => ({
  name,
  description: markdown(tagDescription(declaration)),
  attributes: (declaration.attributes ?? []).map((attr) => attribute(attr, declaration, path)),
}));

if (!tags.length) {
  console.error(
    `${relative(process.cwd(), manifestPath)} names no element tag. The elements register with define('tag', Class): ` +
      'run `npm run analyze` with the plugin of scripts/cem-define-calls.mjs in custom-elements-manifest.config.mjs.',
  );
  process.exit(1);
}

mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`${relative(process.cwd(), outputPath)}: ${tags.map((t) => `<${t.name}>`).join(', ')}`);
