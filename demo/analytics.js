// How a partner sends the widgets' events to its own analytics. The library itself sends no
// request but the feed and the images it shows: these events are the only hooks, and they
// stay on the page unless the host decides otherwise.
const EVENTS = ['dossier-load', 'dossier-error', 'dossier-stale', 'dossier-select', 'dossier-retry'];
const log = document.querySelector('#event-log');

for (const type of EVENTS) {
  // The events bubble and cross shadow roots: one listener on the document hears every widget.
  document.addEventListener(type, (event) => {
    const { detail } = event;
    const widget = event.composedPath()[0].localName;
    const record = {
      event: type,
      widget,
      feed: detail.url,
      kind: detail.kind, // dossier-error: network, http, not-json, invalid, timeout, not-found; dossier-stale: how the feed failed
      date: detail.date, // dossier-stale: when the copy shown was fetched
      id: detail.id, // dossier-select: the actor or initiative
      link: detail.link, // dossier-select: testimony or website
    };
    // Here a real site would call its own analytics, e.g.:
    //   navigator.sendBeacon('/my-analytics', JSON.stringify(record));
    //   window._paq?.push(['trackEvent', 'dossier', type, record.id ?? record.kind]);
    const item = document.createElement('li');
    item.textContent = JSON.stringify(record, (_, v) => v ?? undefined);
    log.append(item);
    // Keep the demo on this page when a card link is clicked.
    if (type === 'dossier-select' && detail.link) event.preventDefault();
  });
}
