/**
 * Writes the service worker (dist/client/sw.js) that makes the toolkit work offline after the
 * first visit. Runs after prerendering, so the cache list holds the final files: every page
 * address in both languages (its prerendered HTML, or the language's shell for pages that
 * render in the browser), the hashed scripts, styles and fonts (the PDF maker included, so a
 * report can be made offline), icons and manifests. Workbox makes the worker; it only answers
 * from its cache for those files and for page navigations, so /api requests always go to the
 * network.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateSW } from 'workbox-build';
import { pathFor, shellFileName } from '../src/core/locale-paths.ts';
import { locales } from '../src/core/locale.ts';
import { distDir } from './dist-dir.ts';

const clientDir = join(distDir, 'client');
const { pagePaths } = (await import(
  pathToFileURL(resolve(distDir, 'prerender/prerender.js')).href
)) as {
  pagePaths: readonly string[];
};

const revisionOf = (file: string) =>
  createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

// Each page address is cached under its own URL, with the file the server sends for it.
const pages = locales.flatMap((locale) =>
  pagePaths.map((page) => {
    const url = pathFor(locale, page);
    const prerendered = join(clientDir, url === '/' ? '' : url, 'index.html');
    const file = existsSync(prerendered) ? prerendered : join(clientDir, shellFileName[locale]);
    return { url, revision: revisionOf(file) };
  }),
);

const { count, size, warnings } = await generateSW({
  globDirectory: clientDir,
  globPatterns: [
    'assets/**/*.{js,css,woff2}',
    '*.{svg,webmanifest}',
    'icons/*.png',
    'shell.*.html',
  ],
  additionalManifestEntries: pages,
  // Hashed file names change with their content; no revision needed.
  dontCacheBustURLsMatching: /^assets\//,
  // pdfmake with its fonts is the largest file (about 1 MB).
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  // ?poging=… and other page parameters show the same page.
  ignoreURLParametersMatching: [/.*/],
  // An address that is not a page (the app shows its 404) gets the Dutch shell; the app
  // sets the language from the address.
  navigateFallback: '/shell.nl.html',
  navigateFallbackDenylist: [/^\/api\//],
  swDest: join(clientDir, 'sw.js'),
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  cleanupOutdatedCaches: true,
  // The first visit is controlled at once, so it works offline without a reload.
  clientsClaim: true,
  // A new version waits until the user chooses to reload (the update notice).
  skipWaiting: false,
});
for (const warning of warnings) console.warn(warning);
console.log(`Service worker caches ${count} files (${(size / 1024).toFixed(0)} KB).`);
