/**
 * Words for block 2: policy areas and sectors (from content), severities, and the name of
 * the register entry a conflict is about.
 */
import { useMemo } from 'react';
import type { Conflict, Severity } from '../../../core/conflict-check.ts';
import type { PolicyArea, Sector } from '../../../core/policy-areas.ts';
import type { Register } from '../../../core/register.ts';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';

type Translate = ReturnType<typeof useT>;

export const severityMessage: Record<Severity, MessageId> = {
  high: 'common.severity.high',
  medium: 'common.severity.medium',
  low: 'common.severity.low',
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

/** The name of the register entry a finding is about, as the register page shows it. */
export function conflictEntryName(register: Register, conflict: Conflict, t: Translate): string {
  const { list, id } = conflict.entry;
  if (list === 'sideJobs') {
    const job = register.sideJobs.find((entry) => entry.id === id)!;
    return t('carry.check.entry.sideJob', { role: job.role, organisation: job.organisation });
  }
  if (list === 'financialInterests') {
    const interest = register.financialInterests.find((entry) => entry.id === id)!;
    return t('carry.check.entry.financialInterest', { description: interest.description });
  }
  if (list === 'closeTies') {
    const tie = register.closeTies.find((entry) => entry.id === id)!;
    const name = [tie.person, tie.organisation].filter(Boolean).join(', ');
    return t('carry.check.entry.closeTie', { name: name || t(`carry.tieKind.${tie.kind}`) });
  }
  const gift = register.gifts.find((entry) => entry.id === id)!;
  return t('carry.check.entry.gift', { description: gift.description, from: gift.from });
}
