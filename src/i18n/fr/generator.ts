/**
 * French: the embed generator's strings. The generator is a tool for the partner who writes the
 * page, not a widget their readers see: widgets never import this module, so partner pages never
 * download it. `snippet` holds the few words written into the generated fallback content: those
 * follow the language chosen for the widget, not the generator's.
 */
import type { FeedErrorKind } from '../../feed/feed-error.js';

export const generator = {
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
      'too-large': 'Le flux dépasse la taille maximale que les widgets lisent (20 Mio par défaut, attribut max-size de <dossier-feed>).',
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
    initiative: 'Initiative',
    allInitiatives: 'Toutes',
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
  codeMode: {
    legend: 'Où collez-vous le code ?',
    script: 'Sur une page qui accepte les scripts (élément complet)',
    noScript: 'Pas de script ici (WordPress, Medium, Notion…)',
  },
  noScript: {
    needBase:
      'Ce mode demande le site d’intégration du dossier : le média doit l’exporter (npx dossier-widgets export) et donner son adresse au générateur (attribut embed-base).',
    needScript:
      'Cet élément a besoin du script : sans script, choisissez plutôt une citation, la fiche d’un acteur, la présentation du dossier ou la carte.',
    noEntry: 'Choisissez d’abord le contenu à montrer.',
    urlLabel: 'Adresse à coller',
    urlHint: 'Collez cette adresse seule sur sa ligne : WordPress, Medium, Notion et Ghost affichent l’élément à sa place.',
    copyUrl: 'Copier l’adresse',
    urlCopied: 'Adresse copiée',
    iframeLabel: 'Code de l’iframe',
    iframeHint: 'Ou, si l’éditeur accepte du HTML mais pas de script, collez ce code.',
    copyIframe: 'Copier le code de l’iframe',
    iframeCopied: 'Code de l’iframe copié',
    copyFailed: 'La copie automatique n’a pas fonctionné : le texte est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).',
    settings: 'La page montre ce contenu dans le thème et la langue choisis ; présentation, filtres et couleurs demandent le script.',
  },
  snippet: {
    testimony: 'Lire le témoignage',
    dossier: 'Lire le dossier « {title} »',
    themes: 'Thèmes :',
    frameTitle: {
      quote: 'Citation de {name}, dossier « {title} »',
      actor: 'Fiche de {name}, dossier « {title} »',
      intro: 'Présentation du dossier « {title} »',
      map: 'Carte des initiatives du dossier « {title} »',
    },
  },
};
