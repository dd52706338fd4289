/**
 * Reads and checks the interface texts: every Dutch id has an English text and the reverse,
 * and every text is valid ICU message syntax. Used by the build plugin and by tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { locales, type Locale } from '../src/core/locale.ts';

export const messagesDir = 'src/client/i18n/messages';

/** The plain texts of one language, by id. Throws a readable error on any problem. */
export function readMessages(locale: Locale, dir = messagesDir): Record<string, string> {
  const all = Object.fromEntries(locales.map((each) => [each, readFile(each, dir)])) as Record<
    Locale,
    Record<string, string>
  >;
  const problems: string[] = [];
  for (const [a, b] of [['nl', 'en'] as const, ['en', 'nl'] as const]) {
    for (const id of Object.keys(all[a])) {
      if (!(id in all[b]))
        problems.push(`${dir}/${b}.json: message "${id}" is missing (it exists in ${a}.json)`);
    }
  }
  for (const each of locales) {
    for (const [id, text] of Object.entries(all[each])) {
      try {
        parse(text);
      } catch (error) {
        problems.push(
          `${dir}/${each}.json: message "${id}" is not valid ICU syntax: ${String(error)}`,
        );
      }
    }
  }
  if (problems.length > 0)
    throw new Error(`Interface texts have problems:\n${problems.join('\n')}`);
  return all[locale];
}

/** The texts of one language compiled for react-intl (no parser needed in the browser). */
export function compileMessages(
  locale: Locale,
  dir = messagesDir,
): Record<string, MessageFormatElement[]> {
  return Object.fromEntries(
    Object.entries(readMessages(locale, dir)).map(([id, text]) => [id, parse(text)]),
  );
}

function readFile(locale: Locale, dir: string): Record<string, string> {
  const raw = JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
  return Object.fromEntries(
    Object.entries(raw).map(([id, entry]) => {
      const text =
        typeof entry === 'string'
          ? entry
          : entry && typeof entry === 'object' && 'defaultMessage' in entry
            ? entry.defaultMessage
            : undefined;
      if (typeof text !== 'string' || text.trim() === '') {
        throw new Error(`${dir}/${locale}.json: message "${id}" has no text`);
      }
      return [id, text];
    }),
  );
}
