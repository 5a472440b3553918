import { VERSION } from '../version.js';

type VersionedElement = CustomElementConstructor & { dossierVersion?: string };

const warned = new Set<string>();

/**
 * Defines a custom element once, whatever happens around it. Embeds get loaded twice (a theme
 * and a plugin both add the script, or a partner pastes it twice): defining a tag that this
 * version already owns is a silent no-op, and a clash with another version warns once, naming
 * both, and keeps the first definition. It never throws into the host page.
 */
export function define(tag: string, element: CustomElementConstructor) {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  (element as VersionedElement).dossierVersion = VERSION;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element || existing.dossierVersion === VERSION || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `dossier-widgets ${VERSION}: <${tag}> is already defined by ${existing.dossierVersion ? `dossier-widgets ${existing.dossierVersion}` : 'another script'}, which stays.`,
  );
}
