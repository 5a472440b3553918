/**
 * How every headless Chromium here starts (tests, bench, probes): as root it needs
 * --no-sandbox; the rest keeps it from calling Google's hosts, which this machine's closed
 * network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
