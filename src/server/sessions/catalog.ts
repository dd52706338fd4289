/**
 * The session catalog from the content folder: loaded and checked once with the same loader
 * as the build, so the server accepts exactly the statement and option ids the screens show.
 */
import { fileURLToPath } from 'node:url';
import { buildSessionCatalog, type SessionCatalog } from '../../core/group-session/catalog.ts';
import { formatProblem, loadContent } from '../../content/load.ts';

const defaultContentRoot = fileURLToPath(new URL('../../../content', import.meta.url));
let cached: SessionCatalog | undefined;

/** Loads the catalog (once per process); throws listing the content problems when invalid. */
export function loadSessionCatalog(root = defaultContentRoot): SessionCatalog {
  if (cached && root === defaultContentRoot) return cached;
  const { content, problems } = loadContent(root);
  if (!content) {
    throw new Error(`The content is invalid:\n${problems.map(formatProblem).join('\n')}`);
  }
  // Ids are the same in both languages (the loader checks it), so Dutch serves for both.
  const catalog = buildSessionCatalog({
    selfTest: content.nl.selftest.items,
    culture: content.nl.culture.items,
    dilemmas: content.nl.dilemmas.dilemmas,
  });
  if (root === defaultContentRoot) cached = catalog;
  return catalog;
}
