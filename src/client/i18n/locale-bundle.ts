/**
 * Loads the words of one language as lazy chunks: the interface texts and the content the
 * frame and home page need come first; other content files load when a page asks for them.
 * A Dutch visitor never downloads English texts, and the reverse.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import contentLoaders from 'virtual:content/loaders';
import messageLoaders from 'virtual:messages/loaders';
import type { Content, ContentFileName } from '../../content/schema.ts';
import type { Locale } from '../../core/locale.ts';
import type { MessageGroup } from './message-groups.ts';
import type { MessageId } from './messages.ts';

/** Content every page needs: the toolkit's name, the blocks (navigation) and office names. */
export type FrameContent = Pick<Content, 'site' | 'blocks' | 'offices'>;

export interface LocaleBundle {
  locale: Locale;
  messages: Record<MessageId, MessageFormatElement[]>;
  content: FrameContent;
}

const once = new Map<string, Promise<unknown>>();
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = once.get(key) as Promise<T> | undefined;
  if (!promise) {
    const loading = load();
    // React's `use` reads these fields: a settled promise then renders without suspending.
    loading.then(
      (value) => Object.assign(loading, { status: 'fulfilled', value }),
      (reason: unknown) => Object.assign(loading, { status: 'rejected', reason }),
    );
    promise = loading;
    once.set(key, promise);
  }
  return promise;
}

/** One content file of a language, loaded once and shared. */
export function loadContentFile<K extends ContentFileName>(
  locale: Locale,
  name: K,
): Promise<Content[K]> {
  return cached(
    `content:${locale}/${name}`,
    async () => (await contentLoaders[`${locale}/${name}`]()).default as Content[K],
  );
}

/** One group of a language's interface texts (a block's), loaded once and shared. */
export function loadMessageGroup(
  locale: Locale,
  group: MessageGroup,
): Promise<Record<string, MessageFormatElement[]>> {
  return cached(
    `messages:${locale}/${group}`,
    async () => (await messageLoaders[`${locale}/${group}`]()).default,
  );
}

/** The interface texts of the frame and the frame content of a language, loaded once and shared. */
export function loadLocaleBundle(locale: Locale): Promise<LocaleBundle> {
  return cached(`bundle:${locale}`, async () => {
    const [messages, site, blocks, offices] = await Promise.all([
      messageLoaders[`${locale}/frame`](),
      loadContentFile(locale, 'site'),
      loadContentFile(locale, 'blocks'),
      loadContentFile(locale, 'offices'),
    ]);
    return {
      locale,
      messages: messages.default as Record<MessageId, MessageFormatElement[]>,
      content: { site, blocks, offices },
    };
  });
}
