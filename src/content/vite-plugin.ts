/**
 * Vite plugin that turns the content folder into virtual modules: `virtual:content/nl`,
 * `virtual:content/en` (validated content per language) and `virtual:areas` (the lists of
 * gemeenten, provincies and waterschappen). A content problem stops the build and names
 * file, line and field.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { locales } from '../core/locale.ts';
import { formatProblem, loadContent } from './load.ts';
import { readAreas } from './areas.ts';

const prefix = 'virtual:content/';
const areasId = 'virtual:areas';

export function contentPlugin(root = 'content'): Plugin {
  const folder = resolve(root);
  return {
    name: 'weerbaar-content',
    resolveId(id) {
      if (id === areasId || id.startsWith(prefix)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${areasId}`) {
        return `export default ${JSON.stringify(readAreas(join(folder, 'reference'), readFileSync))};`;
      }
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      const locale = id.slice(prefix.length + 1);
      if (!(locales as readonly string[]).includes(locale)) {
        this.error(`Unknown content language "${locale}"`);
      }
      const { content, problems } = loadContent(folder);
      for (const locale of locales) this.addWatchFile(join(folder, locale));
      if (!content) {
        this.error(`Content has problems:\n${problems.map(formatProblem).join('\n')}`);
      }
      return `export default ${JSON.stringify(content[locale as (typeof locales)[number]])};`;
    },
  };
}
