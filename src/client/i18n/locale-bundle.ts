/**
 * Loads everything one language needs (interface messages and content) as a lazy chunk,
 * so a Dutch visitor never downloads the English texts and the reverse.
 */
import type { Content } from '../../content/schema.ts';
import type { Locale } from '../../core/locale.ts';
import type { MessageId } from './nl.ts';

export interface LocaleBundle {
  locale: Locale;
  messages: Record<MessageId, string>;
  content: Content;
}

const loaders: Record<Locale, () => Promise<LocaleBundle>> = {
  nl: async () => {
    const [{ nl }, content] = await Promise.all([import('./nl.ts'), import('virtual:content/nl')]);
    const messages = Object.fromEntries(
      Object.entries(nl).map(([id, [text]]) => [id, text]),
    ) as Record<MessageId, string>;
    return { locale: 'nl', messages, content: content.default };
  },
  en: async () => {
    const [{ en }, content] = await Promise.all([import('./en.ts'), import('virtual:content/en')]);
    return { locale: 'en', messages: en, content: content.default };
  },
};

const cache = new Map<Locale, Promise<LocaleBundle>>();

/** The bundle for a language, loaded once and shared. */
export function loadLocaleBundle(locale: Locale): Promise<LocaleBundle> {
  let bundle = cache.get(locale);
  if (!bundle) {
    bundle = loaders[locale]();
    cache.set(locale, bundle);
  }
  return bundle;
}
