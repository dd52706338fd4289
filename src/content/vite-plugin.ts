/**
 * Vite plugin that turns the toolkit's words into virtual modules:
 * - `virtual:content/<locale>/<file>`: one validated content file, e.g. `virtual:content/nl/site`;
 * - `virtual:content/loaders`: lazy loaders for all of them, so pages fetch only what they show;
 * - `virtual:messages/<locale>/<group>` and `virtual:messages/loaders`: precompiled interface
 *   texts, one module per group (see src/client/i18n/message-groups.ts);
 * - `virtual:areas`: the lists of gemeenten, provincies and waterschappen.
 * A content or message problem stops the build and names file, line and field.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileMessages, messagesDir } from '../../build/messages.ts';
import { lazyMessageGroups, messageGroupOf } from '../client/i18n/message-groups.ts';
import { locales, type Locale } from '../core/locale.ts';
import { readAreas } from './areas.ts';
import { formatProblem, loadContent } from './load.ts';
import { contentFiles, type ContentFileName } from './schema.ts';

const contentLoadersId = 'virtual:content/loaders';
const messageLoadersId = 'virtual:messages/loaders';
const areasId = 'virtual:areas';

const fileNames = Object.keys(contentFiles) as ContentFileName[];
const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

function loadersModule(entries: Record<string, string>): string {
  const lines = Object.entries(entries).map(
    ([key, id]) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(id)}),`,
  );
  return `export default {\n${lines.join('\n')}\n};`;
}

export function contentPlugin(root = 'content'): Plugin {
  const folder = resolve(root);
  // Every content module needs the whole folder checked (cross-file references), so check once.
  let checked: ReturnType<typeof loadContent> | undefined;
  return {
    name: 'weerbaar-content',
    watchChange() {
      checked = undefined;
    },
    resolveId(id) {
      if (id === areasId || id.startsWith('virtual:content/') || id.startsWith('virtual:messages/'))
        return `\0${id}`;
      return undefined;
    },
    load(resolved) {
      if (!resolved.startsWith('\0virtual:')) return undefined;
      const id = resolved.slice(1);
      if (id === areasId) {
        return `export default ${JSON.stringify(readAreas(join(folder, 'reference'), readFileSync))};`;
      }
      if (id === contentLoadersId) {
        return loadersModule(
          Object.fromEntries(
            locales.flatMap((locale) =>
              fileNames.map((name) => [`${locale}/${name}`, `virtual:content/${locale}/${name}`]),
            ),
          ),
        );
      }
      if (id === messageLoadersId) {
        const groups = ['frame', ...lazyMessageGroups];
        return loadersModule(
          Object.fromEntries(
            locales.flatMap((locale) =>
              groups.map((group) => [`${locale}/${group}`, `virtual:messages/${locale}/${group}`]),
            ),
          ),
        );
      }
      const [kind, locale, name] = id.slice('virtual:'.length).split('/');
      if (kind === 'messages' && locale && isLocale(locale)) {
        for (const each of locales) this.addWatchFile(resolve(messagesDir, `${each}.json`));
        try {
          const group = Object.entries(compileMessages(locale)).filter(
            ([messageId]) => messageGroupOf(messageId) === name,
          );
          return `export default ${JSON.stringify(Object.fromEntries(group))};`;
        } catch (error) {
          this.error(String(error));
        }
      }
      if (
        kind === 'content' &&
        locale &&
        isLocale(locale) &&
        fileNames.includes(name as ContentFileName)
      ) {
        for (const each of locales) {
          for (const file of fileNames) this.addWatchFile(join(folder, each, `${file}.yaml`));
        }
        checked ??= loadContent(folder);
        const { content, problems } = checked;
        if (!content)
          this.error(`Content has problems:\n${problems.map(formatProblem).join('\n')}`);
        return `export default ${JSON.stringify(content[locale][name as ContentFileName])};`;
      }
      this.error(`Unknown virtual module "${id}"`);
    },
  };
}
