/** Small shared helpers for showing self-test results in words. */
import type { Band } from '../../../core/self-test.ts';
import type { MessageId } from '../../i18n/messages.ts';

export const bandMessage: Record<Band, MessageId> = {
  kracht: 'selfTest.band.kracht',
  aandachtspunt: 'selfTest.band.aandachtspunt',
  kwetsbaarheid: 'selfTest.band.kwetsbaarheid',
};

/** A date as the user reads it, in their language. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}
