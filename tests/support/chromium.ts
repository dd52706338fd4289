/**
 * Debian's Chromium as the tests and benches start it: test tools cannot download browsers
 * here, and without the background-networking flags Chromium tries to reach Google's hosts.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
