/**
 * Provides the current language's interface texts (react-intl) and content to the page tree:
 * `useT` for interface texts, `useContent` for the frame content that is always loaded, and
 * `useContentFile` for a page's own content (it suspends until loaded).
 */
import { createContext, use, useCallback, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import type { Content, ContentFileName } from '../../content/schema.ts';
import type { Locale } from '../../core/locale.ts';
import {
  loadContentFile,
  loadMessageGroup,
  type FrameContent,
  type LocaleBundle,
} from './locale-bundle.ts';
import type { MessageGroup } from './message-groups.ts';
import type { MessageId } from './messages.ts';

const BundleContext = createContext<LocaleBundle | null>(null);

export function LocaleProvider({
  bundle,
  children,
}: {
  bundle: LocaleBundle;
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={bundle.locale} messages={bundle.messages} defaultLocale="nl">
      <BundleContext value={bundle}>{children}</BundleContext>
    </IntlProvider>
  );
}

function useBundle(): LocaleBundle {
  const bundle = use(BundleContext);
  if (!bundle) throw new Error('Locale hooks must be used inside LocaleProvider');
  return bundle;
}

/** The current language. */
export function useLocale(): Locale {
  return useBundle().locale;
}

/** Content of the frame (site, blocks, offices), always available. */
export function useContent(): FrameContent {
  return useBundle().content;
}

/** A content file of the current language; suspends the first time it is needed. */
export function useContentFile<K extends ContentFileName>(name: K): Content[K] {
  return use(loadContentFile(useBundle().locale, name));
}

type Messages = ReturnType<typeof useIntl>['messages'];
const merges = new WeakMap<Messages, Map<string, Messages>>();

/**
 * The parent's texts with the groups' on top, made once per parent and set of groups, so
 * that the provider below gets the same object on every render and nothing re-renders.
 */
function mergedMessages(parent: Messages, key: string, groups: readonly Messages[]): Messages {
  let byKey = merges.get(parent);
  if (!byKey) merges.set(parent, (byKey = new Map()));
  let merged = byKey.get(key);
  if (!merged) byKey.set(key, (merged = Object.assign({}, parent, ...groups) as Messages));
  return merged;
}

/**
 * Makes a block's interface texts available to the tree below (suspending until they are
 * loaded), on top of those already there.
 */
export function WithMessages({
  groups,
  children,
}: {
  groups: readonly MessageGroup[];
  children: ReactNode;
}) {
  const intl = useIntl();
  const locale = useLocale();
  const loaded = groups.map((group) => use(loadMessageGroup(locale, group)));
  const messages = mergedMessages(intl.messages, groups.join(' '), loaded);
  return (
    <IntlProvider locale={locale} messages={messages} defaultLocale="nl">
      {children}
    </IntlProvider>
  );
}

type Values = Record<string, string | number>;

/** Formats an interface text by id, with ICU values. */
export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  return useCallback(
    (id: MessageId, values?: Values) => intl.formatMessage({ id }, values),
    [intl],
  );
}
