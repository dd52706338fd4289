/**
 * The content a group session speaks about, in the current language: the 30 self-test
 * statements every role sees, the culture scan, the risk scan's features and processes, and
 * the dilemmas, with the names the result screens need looked up by id.
 */
import { useMemo } from 'react';
import type { Content } from '../../../content/schema.ts';
import { useContentFile } from '../../i18n/locale-context.tsx';

type Dilemma = Content['dilemmas']['dilemmas'][number];

export interface SessionContent {
  selftest: Content['selftest'];
  culture: Content['culture'];
  risks: Content['risks'];
  /** Self-test statements without `roles`: every participant sees them, whatever their office. */
  selfTestItems: Content['selftest']['items'];
  factorNames: ReadonlyMap<string, string>;
  dimensionNames: ReadonlyMap<string, string>;
  featureNames: ReadonlyMap<string, string>;
  processNames: ReadonlyMap<string, string>;
  dilemmas: ReadonlyMap<string, Dilemma>;
  allDilemmas: readonly Dilemma[];
}

const names = (entries: ReadonlyArray<{ id: string; name: string }>) =>
  new Map(entries.map((entry) => [entry.id, entry.name]));

export function useSessionContent(): SessionContent {
  const selftest = useContentFile('selftest');
  const model = useContentFile('model');
  const culture = useContentFile('culture');
  const risks = useContentFile('risks');
  const dilemmas = useContentFile('dilemmas');
  return useMemo(
    () => ({
      selftest,
      culture,
      risks,
      selfTestItems: selftest.items.filter((item) => !item.roles),
      factorNames: names(model.factors),
      dimensionNames: names(culture.dimensions),
      featureNames: names(risks.features),
      processNames: names(risks.processes),
      dilemmas: new Map(dilemmas.dilemmas.map((dilemma) => [dilemma.id, dilemma])),
      allDilemmas: dilemmas.dilemmas,
    }),
    [selftest, model, culture, risks, dilemmas],
  );
}
