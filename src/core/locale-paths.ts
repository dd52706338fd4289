/**
 * URLs per language: Dutch lives at the root, English under /en. Pages share their path
 * after that prefix, so the language switch keeps the user on the same page. The browser
 * app, the server and the build all follow these rules.
 */
import type { Locale } from './locale.ts';

/**
 * The empty HTML shell of each language in the build output. The server sends it for
 * addresses that have no page rendered at build time (unknown pages, the self-test's pages).
 */
export const shellFileName: Record<Locale, string> = { nl: 'shell.nl.html', en: 'shell.en.html' };

/** The path of a page in a language; `page` is '' for home or e.g. 'achtergrond'. */
export function pathFor(locale: Locale, page: string): string {
  const prefix = locale === 'en' ? '/en' : '';
  return page ? `${prefix}/${page}` : prefix || '/';
}

/** Splits a location pathname into its language and page. */
export function parsePath(pathname: string): { locale: Locale; page: string } {
  const match = /^\/en(?:\/|$)(.*)$/.exec(pathname);
  if (match) return { locale: 'en', page: trimSlashes(match[1] ?? '') };
  return { locale: 'nl', page: trimSlashes(pathname) };
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}
