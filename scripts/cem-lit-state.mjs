/**
 * A Custom Elements Manifest analyzer plugin for Lit's `static properties`: the analyzer turns
 * every entry into an attribute, but Lit gives `{ state: true }` entries (internal reactive
 * state, what `@state()` declared) no attribute. This removes those attributes again, so the
 * manifest lists only the real ones.
 */
export function litStatePlugin() {
  return {
    name: 'dossier-lit-state',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword) && m.name.getText() === 'properties',
      );
      if (!properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
      const states = properties.initializer.properties
        .filter(
          (p) =>
            ts.isPropertyAssignment(p) &&
            ts.isObjectLiteralExpression(p.initializer) &&
            p.initializer.properties.some(
              (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
            ),
        )
        .map((p) => p.name.getText());
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      if (!declaration || !states.length) return;
      for (const member of declaration.members ?? []) {
        if (!states.includes(member.name)) continue;
        delete member.attribute;
        delete member.reflects;
      }
      declaration.attributes = declaration.attributes?.filter((a) => !states.includes(a.fieldName));
    },
  };
}
