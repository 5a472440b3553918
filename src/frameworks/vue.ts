/**
 * Template types for Vue 3 (vue-tsc, Vue - Official): `<dossier-quote :quote="id" variant="inline"
 * @dossier-load="…">` type-checks, with each event's `detail`. It follows the Vue guide's
 * "Non-Vue Web Components and TypeScript" recipe: each tag is added to `GlobalComponents` as a
 * constructor whose `$props` and `$emit` describe the element (they exist for the type checker
 * only, not on the element).
 *
 *     import type {} from 'dossier-widgets/vue';   // once, anywhere in the app
 *
 * Vue still needs to be told these tags are not Vue components, at compile time:
 * `compilerOptions.isCustomElement: (tag) => tag.startsWith('dossier-') || …`.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { DossierElementOf, DossierEventsOf, DossierPropertiesOf, DossierTag } from './elements.js';

type VueEmit<Events> = EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;

/** A dossier element as Vue's template type checker sees it. */
export type DossierVueElement<Tag extends DossierTag> = new () => DossierElementOf<Tag> & {
  /** @deprecated For template type checking only: not on the element. */
  $props: HTMLAttributes & DossierPropertiesOf<Tag> & PublicProps;
  /** @deprecated For template type checking only: not on the element. */
  $emit: VueEmit<DossierEventsOf<Tag>>;
};

/** Every tag of the element table, as Vue's template type checker sees it. */
export type DossierGlobalComponents = { [Tag in DossierTag]: DossierVueElement<Tag> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the mapped tags into Vue's interface.
  interface GlobalComponents extends DossierGlobalComponents {}
}
