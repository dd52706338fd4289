/** Words for block 2's enumerations: policy areas and sectors (from content), severities. */
import { useMemo } from 'react';
import type { Severity } from '../../../core/conflict-check.ts';
import type { PolicyArea, Sector } from '../../../core/policy-areas.ts';
import { useContentFile } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';

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
