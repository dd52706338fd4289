/**
 * The self-test's state on this device and the actions on it, plus the profile scored from
 * the current language's item bank.
 */
import { useCallback, useMemo } from 'react';
import { factorIds, nodeIds, type FactorId, type NodeId } from '../../../core/model.ts';
import type { Office } from '../../../core/office.ts';
import {
  answerInDraft,
  completeDraft,
  deleteAttempt,
  emptySelfTestRecord,
  startDraft,
  type SelfTestAttempt,
  type SelfTestRecord,
} from '../../../core/self-test-record.ts';
import { scoreSelfTest, type AnswerValue, type Answers } from '../../../core/self-test.ts';
import { useContentFile } from '../../i18n/locale-context.tsx';
import { usePersonalData } from '../../storage/personal-data-context.tsx';

/** Scores answers for an office with the item bank and model of the current language. */
function useScorer() {
  const selfTest = useContentFile('selftest');
  const model = useContentFile('model');
  return useMemo(() => {
    const factorNodes = Object.fromEntries(
      model.factors.map((factor) => [factor.id, factor.node]),
    ) as Record<FactorId, NodeId>;
    return (answers: Answers, office: Office) =>
      scoreSelfTest(selfTest.items, answers, office, factorNodes, factorIds, nodeIds);
  }, [selfTest, model]);
}

export function useSelfTest() {
  const { state, update } = usePersonalData();
  const score = useScorer();
  const record: SelfTestRecord | undefined =
    state.status === 'ready' ? (state.data.selfTest ?? emptySelfTestRecord) : undefined;

  const change = useCallback(
    (next: (current: SelfTestRecord) => SelfTestRecord) =>
      update('selfTest', (current) => next(current ?? emptySelfTestRecord)),
    [update],
  );

  const start = useCallback(
    (office: Office) => change((current) => startDraft(current, office, new Date())),
    [change],
  );

  const answer = useCallback(
    (itemId: string, value: AnswerValue | undefined, step: number) =>
      change((current) =>
        current.draft
          ? { ...current, draft: answerInDraft(current.draft, itemId, value, step) }
          : current,
      ),
    [change],
  );

  const goToStep = useCallback(
    (step: number) =>
      change((current) =>
        current.draft ? { ...current, draft: { ...current.draft, step } } : current,
      ),
    [change],
  );

  const discardDraft = useCallback(() => change(({ attempts }) => ({ attempts })), [change]);

  /** Completes the test in progress; resolves to the new attempt. */
  const complete = useCallback(async (): Promise<SelfTestAttempt | undefined> => {
    let created: SelfTestAttempt | undefined;
    await change((current) => {
      if (!current.draft) return current;
      const profile = score(current.draft.answers, current.draft.office);
      const result = completeDraft(current, profile, crypto.randomUUID(), new Date());
      created = result.attempt;
      return result.record;
    });
    return created;
  }, [change, score]);

  const remove = useCallback(
    (id: string) => change((current) => deleteAttempt(current, id)),
    [change],
  );

  return {
    status: state.status,
    record,
    score,
    start,
    answer,
    goToStep,
    discardDraft,
    complete,
    remove,
  };
}
