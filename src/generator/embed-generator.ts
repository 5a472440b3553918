import { html, LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Theme } from '../core/dossier-element.js';
import { resolveLang } from '../core/lang.js';
import { styleProps } from '../core/style-props.js';
import { FeedError } from '../feed/feed-error.js';
import { defaultStore } from '../feed/feed-store.js';
import type { Dossier } from '../feed/model.js';
import { format } from '../i18n/messages.js';
import { VERSION } from '../version.js';
import { EMBEDS, type WidgetTag } from '../elements.js';
import { fitOptions, type EmbedDescriptor, type OptionContext, type Options } from './embed-descriptor.js';
import { loadEmbeds, type Embeds } from './embeds.js';
import { generatorStyles } from './embed-generator.styles.js';
import { codeSection, type CodeMode } from './code-section.js';
import { copyText } from './copy-text.js';
import { embedSiteBase, noScriptCode } from './no-script.js';
import { noScriptSection } from './no-script-section.js';
import { fallbackFragment } from './fallback.js';
import { absoluteUrl, feedAddress, feedFieldset } from './feed-fieldset.js';
import { loaderIntegrity } from './integrity.js';
import { check, elementChoice, optionControl, radios } from './form-controls.js';
import { buildSnippet, widgetAttributes } from './snippet.js';
import { appearanceFieldset } from './appearance-fieldset.js';
import { tokenProperties, type Tokens } from './tokens.js';
import { prerender, styleHash } from './prerender.js';
import { previewWidget, setAttributes, type PreviewWidget } from './preview-widget.js';
import { LANGUAGE_NAMES, stringsFor, WIDGET_LANGS, type GeneratorStrings, type WidgetLang } from './strings.js';
import { languageOf } from '../i18n/languages.js';

/** Where the script-tag files of this version are published. */
export const DEFAULT_CDN = `https://cdn.jsdelivr.net/npm/dossier-widgets@${VERSION}/dist/cdn/`;

interface LoadedFeed {
  url: string;
  dossier: Dossier;
  problems: number;
}

/**
 * A page for partners who are not developers: choose a dossier feed, an element and what it
 * shows (a quote, an actor, filters), a theme and a few colours, a language; see the element
 * live; copy a ready snippet — the script tag with its integrity hash, the element, and
 * fallback content written from the feed, so that readers without JavaScript read the right
 * words. Where no script is allowed (WordPress, Medium, Notion…), it gives instead the address of
 * the widget's page in the dossier's exported embed site, and an `<iframe>` of it (`embed-base`).
 *
 * The generator's own interface follows its `lang` (or the nearest ancestor's, then the
 * document's): French by default, English with `lang="en"`.
 *
 * It wires the form, the preview and the code: what each element offers comes from its embed
 * descriptor (src/elements.ts `EMBEDS`), the snippet from snippet.ts, and the feed and
 * `integrity.json` load through @lit/task (re-run when their arguments change, stale requests aborted).
 *
 * @summary Builds the snippet that embeds a dossier element, with a live preview.
 */
export class EmbedGenerator extends LitElement {
  static override styles = generatorStyles;
  static override properties: PropertyDeclarations = {
    feed: {},
    cdn: {},
    integritySrc: { attribute: 'integrity-src' },
    embedBase: { attribute: 'embed-base' },
    langAttribute: { attribute: 'lang' },
    feedInput: { state: true },
    feedUrl: { state: true },
    invalidUrl: { state: true },
    embeds: { state: true },
    tag: { state: true },
    options: { state: true },
    theme: { state: true },
    tokens: { state: true },
    widgetLang: { state: true },
    showFallback: { state: true },
    prerender: { attribute: false },
    prerendered: { state: true },
    prerenderedHash: { state: true },
    copyStatus: { state: true },
    codeMode: { state: true },
  };

  /** Feed URL filled in when the generator opens (relative URLs resolve against the page). */
  feed = '';

  /** Base URL of the published script-tag files (`loader.js`, `integrity.json`), ending with `/`. */
  cdn = DEFAULT_CDN;

  /** URL of the `integrity.json` written by the build. Default: `integrity.json` under `cdn`. */
  integritySrc?: string;

  /**
   * Base URL of the dossier's embed site, as exported by `npx dossier-widgets export <feed> --out
   * <dir> --base-url <url>` (relative URLs resolve against the page). The "no script allowed
   * here" code gives its pages' addresses and iframes; without it, that mode says what to do.
   */
  embedBase?: string;

  /** Mirrors the `lang` attribute, so that changing it re-renders the interface. */
  protected langAttribute?: string;

  /** What the feed field holds. */
  private feedInput = '';
  /** The feed to load: the field's value once submitted, absolute, http(s) only. */
  private feedUrl?: string;
  private invalidUrl = false;
  /** The elements on offer, with their embed descriptors, once loaded. */
  private embeds?: Embeds;
  /** The chosen element: the table's first widget until the partner picks one. */
  private tag = Object.keys(EMBEDS)[0] as WidgetTag;
  /** Every element's options, by option id (elements that share a filter share its value). */
  private options: Options = {};
  private theme: Theme = 'light';
  private tokens: Tokens = {};
  /** The widget's language; until chosen, the generator's own. */
  private widgetLang?: WidgetLang;
  private showFallback = false;
  /** Pre-render the element into the snippet (declarative shadow DOM: no layout shift, styled without JavaScript). */
  prerender = true;
  /** The preview, frozen as a declarative shadow root once it has rendered. */
  private prerendered = '';
  /** `'sha256-…'` of the pre-render's style block, for a strict CSP. */
  private prerenderedHash = '';
  /** The live region's text next to the copy buttons ("Code copié"). */
  private copyStatus = '';
  /** The script snippet, or the "no script allowed here" address and iframe. */
  private codeMode: CodeMode = 'script';
  /** The live widget of the preview. */
  private widget?: PreviewWidget;

  private readonly embedsReady = loadEmbeds().then((embeds) => {
    this.embeds = embeds;
  });

  /** The feed and the descriptors (to fit the options to it); throws a `FeedError`. */
  private readonly feedTask = new Task(this, {
    args: () => [this.feedUrl] as const,
    task: async ([url], { signal }): Promise<LoadedFeed | typeof initialState> => {
      if (!url) return initialState;
      try {
        const [{ dossier, problems }] = await Promise.all([defaultStore().load(url, { signal }), this.embedsReady]);
        this.options = fitOptions(this.embeds!.values(), this.options, { dossier: dossier!, s: stringsFor(this.uiLang), uiLang: this.uiLang, lang: this.targetLang });
        return { url, dossier: dossier!, problems: problems.length };
      } catch (error) {
        throw error instanceof FeedError ? error : new FeedError('network', url, String(error));
      }
    },
  });

  /** The loader's hash from the build's `integrity.json` (never fails: the snippet then goes without one). */
  private readonly integrityTask = new Task(this, {
    args: () => [this.integritySrc || new URL('integrity.json', this.cdnBase).href] as const,
    task: ([src], { signal }) => loaderIntegrity(src, signal),
  });

  /** Resolves when the current feed and integrity loads have settled and rendered (for tests and hosts). */
  get loadComplete(): Promise<void> {
    const settled = (promise: Promise<unknown>) => promise.catch(() => undefined);
    return this.updateComplete
      .then(() => Promise.all([this.embedsReady, settled(this.feedTask.taskComplete), settled(this.integrityTask.taskComplete)]))
      .then(() => this.updateComplete.then(() => undefined));
  }

  /** The code to paste, or an empty string while no feed is loaded. */
  get snippet(): string {
    const loaded = this.loaded;
    const embed = this.embed;
    if (!loaded || !embed) return '';
    const integrity = this.integrityTask.value;
    return buildSnippet({
      tag: this.tag,
      embed,
      options: this.options,
      dossier: loaded.dossier,
      feed: loaded.url,
      theme: this.theme,
      lang: this.targetLang,
      tokens: this.tokens,
      cdn: this.cdnBase,
      integrity: integrity?.status === 'ready' ? integrity.hash : undefined,
      prerendered: this.prerender && embed.prerender ? this.prerendered : '',
      words: stringsFor(this.targetLang).snippet,
    });
  }

  // ----- derived values -----

  /** The loaded feed, while it is the current one. */
  private get loaded(): LoadedFeed | undefined {
    return this.feedTask.status === TaskStatus.COMPLETE && !this.invalidUrl ? (this.feedTask.value as LoadedFeed | undefined) : undefined;
  }

  /** The chosen element's descriptor. */
  private get embed(): EmbedDescriptor | undefined {
    return this.embeds?.get(this.tag);
  }

  private get uiLang(): WidgetLang {
    return languageOf(resolveLang(this));
  }

  /** The language chosen for the widget. */
  private get targetLang(): WidgetLang {
    return this.widgetLang ?? this.uiLang;
  }

  private get cdnBase(): string {
    const base = this.cdn || DEFAULT_CDN;
    return new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI).href;
  }

  private optionContext(dossier: Dossier, s: GeneratorStrings): OptionContext {
    return { dossier, s, uiLang: this.uiLang, lang: this.targetLang, options: this.options };
  }

  // ----- lifecycle -----

  /** Taken out of the page while loading: stop waiting (as before @lit/task), and ask again when put back. */
  private interrupted = false;

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.interrupted = this.feedTask.status === TaskStatus.PENDING || this.integrityTask.status === TaskStatus.PENDING;
    this.feedTask.abort();
    this.integrityTask.abort();
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.feedTask.run();
    void this.integrityTask.run();
  }

  // ----- loading -----

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('feed')) {
      this.feedInput = absoluteUrl(this.feed) ?? this.feed;
      this.submitFeed();
    }
  }

  /** Loads the field's feed: refused before any request unless it is an http(s) URL; the same URL again retries. */
  private submitFeed() {
    const { url: next, invalid } = feedAddress(this.feedInput);
    this.invalidUrl = invalid;
    if (next && next === this.feedUrl) void this.feedTask.run();
    this.feedUrl = next;
  }

  // ----- handlers -----

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.submitFeed();
  }

  private setOption = (id: string, value: string | boolean) => {
    this.options = { ...this.options, [id]: value };
  };

  /** Copies a text (selecting the field `fieldId` if the clipboard refuses) and says whether it worked. */
  private copy = async (text: string, fieldId: string, copied: string, failed: string) => {
    await this.announce((await copyText(text, this.renderRoot.querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${fieldId}`))) ? copied : failed);
  };

  /** Empties the live region first, so that copying twice announces twice. */
  private async announce(text: string) {
    this.copyStatus = '';
    await this.updateComplete;
    this.copyStatus = text;
  }

  // ----- render -----

  override render() {
    const s = stringsFor(this.uiLang);
    return html`<div class="layout">
      <form novalidate @submit=${this.onSubmit}>
        ${this.renderFeed(s)} ${elementChoice(s, [...(this.embeds?.keys() ?? [])], this.tag, (tag) => (this.tag = tag))} ${this.renderContent(s)} ${this.renderAppearance(s)}
        <div class="language">
          ${radios('language', s.language.legend, WIDGET_LANGS, LANGUAGE_NAMES, this.targetLang, (v) => (this.widgetLang = v), (v) => v)}
        </div>
      </form>
      <div class="output">${this.renderPreview(s)} ${this.renderCode(s)}</div>
    </div>`;
  }

  private renderFeed(s: GeneratorStrings) {
    const { status, error } = this.feedTask;
    const state = {
      loading: status === TaskStatus.PENDING,
      loaded: this.loaded,
      invalidUrl: this.invalidUrl,
      error: status === TaskStatus.ERROR ? (error as FeedError) : undefined,
    };
    return feedFieldset(s, this.uiLang, this.feedInput, state, (value) => (this.feedInput = value));
  }

  private renderContent(s: GeneratorStrings) {
    const loaded = this.loaded;
    const embed = this.embed;
    const c = s.content;
    if (!loaded || !embed) {
      return html`<fieldset class="content">
        <legend>${c.legend}</legend>
        <p class="hint">${c.needFeed}</p>
      </fieldset>`;
    }
    const context = this.optionContext(loaded.dossier, s);
    return html`<fieldset class="content">
      <legend>${c.legend}</legend>
      ${embed.options.map((option) => optionControl(option, context, this.setOption))}
      ${embed.hint ? html`<p class="hint">${embed.hint(context)}</p>` : nothing}
    </fieldset>`;
  }

  private renderAppearance(s: GeneratorStrings) {
    return appearanceFieldset(s, this.uiLang, this.theme, this.tokens, {
      theme: (theme) => (this.theme = theme),
      tokens: (tokens) => (this.tokens = tokens),
    });
  }

  private renderPreview(s: GeneratorStrings) {
    const loaded = this.loaded;
    const embed = this.embed;
    const lang = this.targetLang;
    let body: unknown;
    if (!loaded || !embed) {
      body = html`<p class="hint">${s.preview.empty}</p>`;
    } else {
      const fallback = this.showFallback
        ? html`<div class="fallback" lang=${lang}>
            <h3>${s.preview.fallbackHeading}</h3>
            ${fallbackFragment(embed.fallback(loaded.dossier, this.options, lang, stringsFor(lang).snippet))}
          </div>`
        : nothing;
      body = html`${check('show-fallback', s.preview.showFallback, this.showFallback, (v) => (this.showFallback = v))}
        ${embed.prerender ? check('prerender', s.preview.prerender, this.prerender, (v) => (this.prerender = v)) : nothing}
        <div class="stage" lang=${lang} ${styleProps(tokenProperties(this.tokens, this.theme))}>
          ${this.renderWidget(loaded.url, embed)}
        </div>
        ${fallback}`;
    }
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${s.preview.heading}</h2>
      ${body}
    </section>`;
  }

  /**
   * Pre-renders the chosen element for the snippet after each update (prerender.ts: the server
   * renderer, from the loaded dossier and the snippet's attributes; the style hash from its CSS).
   */
  private freeze = async () => {
    await null; // after the update that asked, not during it
    const { loaded, embed, tag } = this;
    const attributes = loaded && embed?.prerender && this.prerender ? widgetAttributes(embed, this.options, loaded.url, this.theme, this.targetLang) : undefined;
    const frozen = attributes ? prerender({ tag, attributes, dossier: loaded!.dossier, url: loaded!.url }) : '';
    if (frozen === this.prerendered) return;
    this.prerendered = frozen;
    const hash = frozen ? await styleHash(tag) : '';
    if (this.prerendered === frozen) this.prerenderedHash = hash;
  };

  protected override updated() {
    void this.freeze();
  }

  /** The chosen element, live (the stage carries the language). */
  private renderWidget(feed: string, embed: EmbedDescriptor) {
    this.widget = previewWidget(this.widget, this.tag, this.targetLang);
    const attributes = widgetAttributes(embed, this.options, feed, this.theme, this.targetLang).filter(([name]) => name !== 'lang');
    return setAttributes(this.widget.element, attributes);
  }

  private renderCode(s: GeneratorStrings) {
    const snippet = this.snippet;
    const notes = [s.code.hint];
    if (this.integrityTask.value?.status === 'failed') notes.push(s.code.noIntegrity);
    if (Object.keys(tokenProperties(this.tokens, this.theme)).length) notes.push(s.code.inlineStyle);
    if (snippet.includes('<template shadowrootmode')) notes.push(format(s.code.prerenderStyle, { hash: this.prerenderedHash || "'sha256-…'" }));
    const noScript = () => {
      const { embed, options, theme, targetLang: lang } = this;
      const base = embedSiteBase(this.embedBase, document.baseURI);
      const code = noScriptCode({ base, embed, dossier: this.loaded?.dossier, options, theme, lang, words: stringsFor(lang).snippet });
      return noScriptSection(s, code, this.copyStatus, this.copy);
    };
    const change = (mode: CodeMode) => ((this.codeMode = mode), (this.copyStatus = ''));
    return codeSection(s, snippet, notes, this.copyStatus, () => this.copy(snippet, 'code', s.code.copied, s.code.copyFailed), { mode: this.codeMode, change, noScript });
  }
}
