/**
 * Provides the current language's messages (react-intl) and content to the page tree, and
 * the `useT` shortcut that components use for every interface text.
 */
import { createContext, use, useCallback, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import type { Content } from '../../content/schema.ts';
import type { Locale } from '../../core/locale.ts';
import type { LocaleBundle } from './locale-bundle.ts';
import type { MessageId } from './nl.ts';

const ContentContext = createContext<{ locale: Locale; content: Content } | null>(null);

export function LocaleProvider({ bundle, children }: { bundle: LocaleBundle; children: ReactNode }) {
  return (
    <IntlProvider locale={bundle.locale} messages={bundle.messages} defaultLocale="nl">
      <ContentContext value={{ locale: bundle.locale, content: bundle.content }}>{children}</ContentContext>
    </IntlProvider>
  );
}

/** The validated content of the current language. */
export function useContent(): Content {
  const value = use(ContentContext);
  if (!value) throw new Error('useContent must be used inside LocaleProvider');
  return value.content;
}

/** The current language. */
export function useLocale(): Locale {
  const value = use(ContentContext);
  if (!value) throw new Error('useLocale must be used inside LocaleProvider');
  return value.locale;
}

type Values = Record<string, string | number>;

/** Formats an interface text by id, with ICU values. */
export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: Values) => intl.formatMessage({ id }, values), [intl]);
}
