/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never through the
 * `style` attribute. Lit's styleMap writes the attribute on first render, which a strict
 * Content-Security-Policy (`style-src 'self'`) blocks; the CSSOM is not subject to it.
 *
 * Usage in an element position: html`<button ${styleProps({ transform, '--_marker': colour })}>`.
 */
import { isServer, nothing, noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class StyleProps extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes in an element position');
  }

  render(_props: Record<string, string | undefined>) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string | undefined>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (props[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StyleProps);

/**
 * The same properties as a `style` attribute's text, for server rendering (the embed site's
 * pages, src/ssr/), where there is no CSSOM and @lit-labs/ssr renders nothing for element-position
 * directives; `nothing` in browsers, where `styleProps` sets them. Put both on the element:
 * html`<span ${styleProps(props)} style=${serverStyle(props)}>`.
 */
export const serverStyle = (props: Record<string, string | undefined>) =>
  isServer ? Object.entries(props).filter(([, value]) => value !== undefined).map(([name, value]) => `${name}: ${value}`).join('; ') : nothing;
