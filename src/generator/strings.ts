/**
 * The embed generator's own strings, French first. The generator is a tool for the partner
 * who writes the page, not a widget their readers see, so its words live here rather than in
 * the widgets' `src/i18n/` (which every partner page downloads).
 *
 * `snippet` holds the few words written into the generated fallback content: those follow the
 * language chosen for the widget, not the generator's.
 */
import type { FeedErrorKind } from '../feed/feed-error.js';

export const fr = {
  feed: {
    legend: 'Flux du dossier',
    label: 'Adresse du flux',
    hint: 'L’adresse du flux JSON du dossier, donnée par le média (elle se termine souvent par feed.json).',
    load: 'Charger le flux',
    loading: 'Chargement du flux…',
    loaded: 'Flux « {title} » chargé : {counts}.',
    counts: {
      quotes: { one: '{count} citation', other: '{count} citations' },
      actors: { one: '{count} acteur', other: '{count} acteurs' },
      initiatives: { one: '{count} initiative', other: '{count} initiatives' },
    },
    problems: {
      one: '{count} entrée du flux est invalide et a été ignorée (le détail est dans la console du navigateur).',
      other: '{count} entrées du flux sont invalides et ont été ignorées (le détail est dans la console du navigateur).',
    },
    invalidUrl: 'Cette adresse n’est pas valide : saisissez une adresse complète, commençant par https://.',
    errors: {
      network:
        'Le flux n’a pas pu être chargé : le serveur est injoignable, ou il n’autorise pas les autres sites à lire ce flux (CORS).',
      http: 'Le serveur a répondu par une erreur {status} : vérifiez l’adresse du flux.',
      'not-json': 'Cette adresse ne renvoie pas de JSON : est-ce bien l’adresse du flux, et non celle de la page du dossier ?',
      invalid: 'Ce document JSON n’est pas un flux de dossier.',
      timeout: 'Le flux met trop de temps à répondre : réessayez dans un moment.',
      'not-found': 'Ce contenu est introuvable dans le flux.',
    } satisfies Record<FeedErrorKind, string>,
  },
  element: {
    legend: 'Élément à intégrer',
    names: {
      'dossier-quote': 'Une citation',
      'actor-card': 'La fiche d’un acteur',
      'dossier-intro': 'La présentation du dossier',
      'actor-list': 'Une liste d’acteurs',
      'initiative-map': 'La carte des initiatives',
    },
  },
  content: {
    legend: 'Contenu',
    needFeed: 'Chargez un flux pour choisir son contenu.',
    quote: 'Citation',
    quoteOption: '{name} : « {text} »',
    noQuotes: 'Ce dossier ne contient aucune citation.',
    variant: 'Présentation',
    variants: { card: 'Encadrée', inline: 'Dans le texte (filet à gauche)' },
    actor: 'Acteur',
    noActors: 'Ce dossier ne contient aucun acteur.',
    cardLayout: 'Disposition',
    cardLayouts: { vertical: 'Photo au-dessus', horizontal: 'Photo à côté', compact: 'Compacte (une ligne)' },
    withQuote: 'Afficher aussi sa citation',
    collapsed: 'Replié : titre et chapô, avec un bouton « Lire la suite »',
    topic: 'Thème',
    kind: 'Type d’acteur',
    kinds: { person: 'Personnes', organisation: 'Organisations' },
    department: 'Département',
    all: 'Tous',
    listLayout: 'Disposition',
    listLayouts: { grid: 'Grille de cartes', list: 'Une carte par ligne' },
    sort: 'Ordre',
    sorts: { feed: 'Celui du dossier', name: 'Alphabétique' },
    matches: {
      actors: { one: '{count} acteur correspond à ces critères.', other: '{count} acteurs correspondent à ces critères.' },
      initiatives: {
        one: '{count} initiative correspond à ces critères.',
        other: '{count} initiatives correspondent à ces critères.',
      },
    },
  },
  appearance: {
    legend: 'Apparence',
    theme: 'Thème',
    themes: { light: 'Clair', dark: 'Sombre', auto: 'Automatique (suit le réglage du lecteur)' },
    accent: 'Couleur d’accent (liens, guillemets)',
    surface: 'Couleur de fond',
    text: 'Couleur du texte',
    hex: '{label}, code hexadécimal',
    radius: 'Arrondi des coins (en pixels)',
    font: 'Police',
    fonts: { inherit: 'Celle de votre site', system: 'Sans empattement (police du système)', serif: 'Avec empattement' },
    reset: 'Revenir aux réglages par défaut',
    contrastText: 'Contraste insuffisant entre le texte et le fond ({ratio}:1) : il faut au moins 4,5:1 pour être lisible par tous.',
    contrastAccent: 'Contraste insuffisant entre les liens et le fond ({ratio}:1) : il faut au moins 4,5:1 pour être lisible par tous.',
    autoHint: 'En thème automatique, vos couleurs s’appliquent aux deux modes, clair et sombre.',
  },
  language: {
    legend: 'Langue de l’élément',
    names: { fr: 'Français', en: 'English' },
  },
  preview: {
    heading: 'Aperçu',
    empty: 'L’aperçu apparaîtra ici une fois le flux chargé.',
    label: 'Aperçu de l’élément',
    showFallback: 'Montrer aussi le contenu de secours (ce que voient les lecteurs sans JavaScript)',
    prerender:
      'Pré-rendre l’élément dans le code : il s’affiche dès le chargement de la page, mis en forme même sans JavaScript, et rien ne bouge quand il se met à jour',
    fallbackHeading: 'Contenu de secours, sans JavaScript',
  },
  code: {
    heading: 'Code à coller',
    hint: 'Collez ce code à l’endroit voulu, en mode HTML (dans WordPress : un bloc « HTML personnalisé »). Le texte entre les balises s’affiche si le script ne peut pas se charger.',
    empty: 'Le code apparaîtra ici une fois le flux chargé.',
    copy: 'Copier le code',
    copied: 'Code copié',
    copyFailed: 'La copie automatique n’a pas fonctionné : le code est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).',
    noIntegrity:
      'L’empreinte d’intégrité (SRI) du script est indisponible : le code fonctionne, mais le navigateur ne vérifiera pas le fichier.',
    inlineStyle: 'Si votre site interdit les styles en ligne (politique CSP), copiez plutôt la règle du bloc <style> dans votre feuille de style.',
    prerenderStyle:
      'Le pré-rendu contient ses styles dans un bloc <style>. Si votre site interdit les styles en ligne (politique CSP), ajoutez son empreinte à style-src : {hash}, ou décochez le pré-rendu.',
  },
  snippet: {
    testimony: 'Lire le témoignage',
    dossier: 'Lire le dossier « {title} »',
  },
};

export type GeneratorStrings = typeof fr;

export const en: GeneratorStrings = {
  feed: {
    legend: 'Dossier feed',
    label: 'Feed address',
    hint: 'The address of the dossier’s JSON feed, given by the media (it often ends with feed.json).',
    load: 'Load the feed',
    loading: 'Loading the feed…',
    loaded: 'Feed “{title}” loaded: {counts}.',
    counts: {
      quotes: { one: '{count} quote', other: '{count} quotes' },
      actors: { one: '{count} actor', other: '{count} actors' },
      initiatives: { one: '{count} initiative', other: '{count} initiatives' },
    },
    problems: {
      one: '{count} entry of the feed is invalid and was left out (details in the browser console).',
      other: '{count} entries of the feed are invalid and were left out (details in the browser console).',
    },
    invalidUrl: 'This address is not valid: enter a full address, starting with https://.',
    errors: {
      network: 'The feed could not be loaded: the server cannot be reached, or it does not allow other sites to read this feed (CORS).',
      http: 'The server answered with an error {status}: check the feed’s address.',
      'not-json': 'This address does not return JSON: is it the feed’s address, rather than the dossier’s page?',
      invalid: 'This JSON document is not a dossier feed.',
      timeout: 'The feed takes too long to answer: try again in a moment.',
      'not-found': 'This content is not in the feed.',
    },
  },
  element: {
    legend: 'Element to embed',
    names: {
      'dossier-quote': 'A quote',
      'actor-card': 'An actor’s card',
      'dossier-intro': 'The dossier’s intro',
      'actor-list': 'A list of actors',
      'initiative-map': 'The map of initiatives',
    },
  },
  content: {
    legend: 'Content',
    needFeed: 'Load a feed to choose its content.',
    quote: 'Quote',
    quoteOption: '{name}: “{text}”',
    noQuotes: 'This dossier has no quotes.',
    variant: 'Style',
    variants: { card: 'Framed', inline: 'In the text (bar on the left)' },
    actor: 'Actor',
    noActors: 'This dossier has no actors.',
    cardLayout: 'Layout',
    cardLayouts: { vertical: 'Picture on top', horizontal: 'Picture beside', compact: 'Compact (one line)' },
    withQuote: 'Also show their quote',
    collapsed: 'Collapsed: title and standfirst, with a “Read more” button',
    topic: 'Theme',
    kind: 'Kind of actor',
    kinds: { person: 'People', organisation: 'Organisations' },
    department: 'Département',
    all: 'All',
    listLayout: 'Layout',
    listLayouts: { grid: 'Grid of cards', list: 'One card per row' },
    sort: 'Order',
    sorts: { feed: 'The dossier’s', name: 'Alphabetical' },
    matches: {
      actors: { one: '{count} actor matches.', other: '{count} actors match.' },
      initiatives: { one: '{count} initiative matches.', other: '{count} initiatives match.' },
    },
  },
  appearance: {
    legend: 'Appearance',
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark', auto: 'Automatic (follows the reader’s setting)' },
    accent: 'Accent colour (links, quotation marks)',
    surface: 'Background colour',
    text: 'Text colour',
    hex: '{label}, hex code',
    radius: 'Corner radius (in pixels)',
    font: 'Font',
    fonts: { inherit: 'Your site’s', system: 'Sans-serif (system font)', serif: 'Serif' },
    reset: 'Back to the defaults',
    contrastText: 'Not enough contrast between text and background ({ratio}:1): at least 4.5:1 is needed for everyone to read it.',
    contrastAccent: 'Not enough contrast between links and background ({ratio}:1): at least 4.5:1 is needed for everyone to read it.',
    autoHint: 'With the automatic theme, your colours apply to both modes, light and dark.',
  },
  language: {
    legend: 'Language of the element',
    names: { fr: 'Français', en: 'English' },
  },
  preview: {
    heading: 'Preview',
    empty: 'The preview will appear here once the feed has loaded.',
    label: 'Preview of the element',
    showFallback: 'Also show the fallback content (what readers without JavaScript see)',
    prerender:
      'Pre-render the element into the code: it shows as soon as the page loads, styled even without JavaScript, and nothing moves when it updates',
    fallbackHeading: 'Fallback content, without JavaScript',
  },
  code: {
    heading: 'Code to paste',
    hint: 'Paste this code where you want the element, in HTML mode (in WordPress: a “Custom HTML” block). The text between the tags shows if the script cannot load.',
    empty: 'The code will appear here once the feed has loaded.',
    copy: 'Copy the code',
    copied: 'Code copied',
    copyFailed: 'Automatic copying did not work: the code is selected, copy it with Ctrl+C (⌘+C on a Mac).',
    noIntegrity: 'The script’s integrity hash (SRI) is unavailable: the code works, but the browser will not check the file.',
    inlineStyle: 'If your site forbids inline styles (a CSP policy), copy the rule of the <style> block into your stylesheet instead.',
    prerenderStyle:
      'The pre-rendered element carries its styles in a <style> block. If your site forbids inline styles (a CSP policy), add its hash to style-src: {hash}, or untick pre-rendering.',
  },
  snippet: {
    testimony: 'Read the testimony',
    dossier: 'Read the dossier “{title}”',
  },
};

/** French unless the language is English, like the widgets. */
export const stringsFor = (lang: string): GeneratorStrings => (/^en\b/i.test(lang) ? en : fr);

/** A language the generator can write a widget in (the interface languages). */
export type WidgetLang = 'fr' | 'en';
export const WIDGET_LANGS: readonly WidgetLang[] = ['fr', 'en'];
