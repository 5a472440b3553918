/**
 * A Custom Elements Manifest analyzer plugin for this library's registration helper: the
 * elements register with `define('dossier-quote', DossierQuote)` (src/core/define.ts), not
 * `customElements.define(…)`, so the analyzer alone finds no tag names. This records each
 * `define('tag', Class)` call as a custom-element definition, gives the class its `tagName`,
 * and drops the modules that the wider glob brings in but that hold no element (styles, render
 * and map helpers), so the published manifest lists the elements and their base class only.
 */
export function defineCallsPlugin() {
  /** Class name → tag. */
  const tags = new Map();
  return {
    name: 'dossier-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      tags.set(klass.text, tag.text);
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const home = (name) => modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === name));
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          const tag = declaration.kind === 'class' && tags.get(declaration.name);
          if (tag) Object.assign(declaration, { tagName: tag, customElement: true });
        }
        // Point definitions, and re-exports such as `export { ActorCard }` in actor-card.ts
        // (which the analyzer records as declared there), at the module that declares the class.
        for (const exp of mod.exports ?? []) {
          const declaring = modules.find((m) => m.path === exp.declaration?.module);
          const declared = declaring?.declarations?.some((d) => d.name === exp.declaration.name);
          if (!declared && tags.has(exp.declaration?.name)) exp.declaration.module = home(exp.declaration.name)?.path;
        }
      }
      customElementsManifest.modules = modules.filter(
        (mod) =>
          mod.declarations?.some((d) => d.customElement) ||
          mod.exports?.some((exp) => exp.kind === 'custom-element-definition'),
      );
    },
  };
}
