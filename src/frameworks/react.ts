/**
 * JSX types for React 19: `<dossier-quote quote="…" variant="inline" ondossier-load={…}>`
 * type-checks, with each property's own type and each event's `detail`.
 *
 *     import type {} from 'dossier-widgets/react';   // once, anywhere in the app
 *
 * How React 19 treats these props (react-dom's `setPropOnCustomElement`):
 * - a prop whose name is a property of the element (`quote`, `variant`, `headingLevel`) is set
 *   as that property, so objects, numbers and booleans arrive as they are. The element must be
 *   defined before React renders it (import `dossier-widgets/all.js` or the tag's own entry);
 *   otherwise React writes an attribute, and only the names that are also attributes work;
 * - other names become attributes (`with-quote`, `heading-level`: those spellings are typed too,
 *   for server rendering, where React writes attributes only);
 * - `on` + the exact event name (`ondossier-load`, `ondossier-select`) adds that event listener
 *   with the native `CustomEvent`. Not `onDossierLoad`: React would listen for `DossierLoad`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DossierAttributesOf, DossierElementOf, DossierEventsOf, DossierTag } from './elements.js';

/** `ondossier-load` etc.: React 19 listens for the event named after `on`, case kept. */
export type DossierReactEventProps<Tag extends DossierTag> = {
  [Name in keyof DossierEventsOf<Tag> & string as `on${Name}`]?: (event: DossierEventsOf<Tag>[Name]) => void;
};

/** The props of `<Tag>` in React 19 JSX: the element's own, its events, and React's usual ones (`className`, `ref`, `key`, `children`…). */
export type DossierReactProps<Tag extends DossierTag> = Omit<
  DetailedHTMLProps<HTMLAttributes<DossierElementOf<Tag>>, DossierElementOf<Tag>>,
  keyof DossierAttributesOf<Tag>
> &
  DossierAttributesOf<Tag> &
  DossierReactEventProps<Tag>;

/** Every tag of the element table, with its props. */
export type DossierIntrinsicElements = { [Tag in DossierTag]: DossierReactProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React 19 declares its JSX types in React.JSX.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the mapped tags into React's interface.
    interface IntrinsicElements extends DossierIntrinsicElements {}
  }
}
