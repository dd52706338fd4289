/**
 * Recognises links to pages of the toolkit that do not exist. A link to a page is a path: in a
 * `url` field (`url: /meer-weten`) or written in a text (`… op /meer-weten`). Paths follow
 * src/core/locale-paths.ts, so an English file links to `/en/…` and a Dutch one does not.
 * Addresses elsewhere on the web (`https://…`) are left alone: the check never goes online.
 */
import type { Locale } from '../core/locale.ts';
import { parsePath, pathFor } from '../core/locale-paths.ts';
import { pagePaths } from '../core/page-paths.ts';

// A path written in running text: after a space or an opening bracket, so "en/of" and "24/7"
// are not taken for links, nor a slash between words ("ja / nee").
const pathInText = /(?<=^|[\s([])\/[a-z0-9-]+(?:\/[a-z0-9-]+)*\/?(?=$|[\s)\].,;:!?])/g;

/** The toolkit links in one value: a `url` field that is a path, or paths in a text. */
export function linksIn(value: string, key: string | number | undefined): string[] {
  if (key === 'url') return value.startsWith('/') ? [value] : [];
  return value.match(pathInText) ?? [];
}

/** Why a path is not a page of the toolkit in this language, or null when it is. */
export function linkProblem(link: string, locale: Locale): string | null {
  const { locale: linked, page } = parsePath(link);
  if (!pagePaths.includes(page)) {
    return `link "${link}" goes to a page of the toolkit that does not exist; use an existing page such as ${pathFor(locale, 'meer-weten')} (docs/content-editing.md lists them all)`;
  }
  if (linked !== locale) {
    return `link "${link}" goes to the ${linked === 'en' ? 'English' : 'Dutch'} page; in ${locale}/ write ${pathFor(locale, page)}`;
  }
  return null;
}
