/** Small shared helpers for showing self-test results in words. */

/** A date as the user reads it, in their language. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}
