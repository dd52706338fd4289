/**
 * Words for block 2's enumerations: policy areas and sectors (from content), and the kinds,
 * severities and answers (interface texts), plus the date format of its entries.
 */
import { useMemo } from 'react';
import type { Severity } from '../../../core/conflict-check.ts';
import type { PolicyArea, Sector } from '../../../core/policy-areas.ts';
import { useContentFile, useLocale, useT } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';

export const severityMessage: Record<Severity, MessageId> = {
  high: 'carry.severity.high',
  medium: 'carry.severity.medium',
  low: 'carry.severity.low',
};

/** Names of the policy areas and sectors in the current language. */
export function useAreaNames() {
  const portfolio = useContentFile('portfolio');
  return useMemo(() => {
    const names = new Map<Sector, string>(portfolio.areas.map((area) => [area.id, area.name]));
    names.set('anders', portfolio.otherSector);
    const areaOptions = portfolio.areas.map((area) => ({ value: area.id, label: area.name }));
    return {
      nameOf: (sector: Sector | PolicyArea) => names.get(sector) ?? sector,
      areaOptions,
      sectorOptions: [...areaOptions, { value: 'anders', label: portfolio.otherSector }],
    };
  }, [portfolio]);
}

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
