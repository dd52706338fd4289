/**
 * Formatting in the user's language: options for a select from message ids, calendar dates
 * (YYYY-MM-DD) and amounts in euros.
 */
import { useMemo } from 'react';
import { useLocale, useT } from './locale-context.tsx';
import type { MessageId } from './messages.ts';

/** Options for a select from a list of values and the message of each. */
export function useOptions<T extends string>(values: readonly T[], prefix: string) {
  const t = useT();
  return useMemo(
    () => values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageId) })),
    [t, values, prefix],
  );
}

/** A calendar date (YYYY-MM-DD) as the user reads it. */
export function useDayFormat(): (isoDay: string) => string {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    return (isoDay: string) => format.format(new Date(`${isoDay}T00:00:00Z`));
  }, [locale]);
}

/** An amount in euros as the user reads it. */
export function useEuroFormat(): (value: number) => string {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
      style: 'currency',
      currency: 'EUR',
    });
    return (value: number) => format.format(value);
  }, [locale]);
}
