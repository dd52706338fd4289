/**
 * What the self-test keeps on the device: the test in progress (resumable) and every
 * completed attempt with its answers and a snapshot of its factor scores, so that history
 * stays the same even when statements are improved later.
 */
import { factorIds, type FactorId } from './model.ts';
import type { Office } from './office.ts';
import type { SelfTestAttempt, SelfTestDraft, SelfTestRecord } from './self-test-record-schema.ts';
import type { Answers, SelfTestProfile } from './self-test.ts';

export type { SelfTestAttempt, SelfTestDraft, SelfTestRecord };

/** At most this many attempts are kept; the oldest make way. */
export const maxAttempts = 100;

export const emptySelfTestRecord: SelfTestRecord = { attempts: [] };

/** Starts a new test for an office. */
export function startDraft(record: SelfTestRecord, office: Office, now: Date): SelfTestRecord {
  return { ...record, draft: { office, startedAt: now.toISOString(), step: 0, answers: {} } };
}

/** Records one answer (or clears it with `undefined`) and the screen the user is on. */
export function answerInDraft(
  draft: SelfTestDraft,
  itemId: string,
  value: Answers[string] | undefined,
  step: number,
): SelfTestDraft {
  const answers = { ...draft.answers };
  if (value === undefined) delete answers[itemId];
  else answers[itemId] = value;
  return { ...draft, answers, step };
}

/**
 * Turns the draft into a completed attempt with a snapshot of its scores; the newest
 * attempt comes first. `id` is given by the caller (random in the browser).
 */
export function completeDraft(
  record: SelfTestRecord,
  profile: SelfTestProfile,
  id: string,
  now: Date,
): { record: SelfTestRecord; attempt: SelfTestAttempt } {
  if (!record.draft) throw new Error('There is no test in progress to complete');
  const scores = Object.fromEntries(
    profile.factors.map((result) => [result.factor, result.score]),
  ) as Record<FactorId, number | null>;
  const attempt: SelfTestAttempt = {
    id,
    completedAt: now.toISOString(),
    office: record.draft.office,
    answers: record.draft.answers,
    scores,
  };
  return { record: { attempts: [attempt, ...record.attempts].slice(0, maxAttempts) }, attempt };
}

/** Removes one attempt. */
export function deleteAttempt(record: SelfTestRecord, id: string): SelfTestRecord {
  return { ...record, attempts: record.attempts.filter((attempt) => attempt.id !== id) };
}

export interface FactorComparison {
  factor: FactorId;
  earlier: number | null;
  later: number | null;
  /** later − earlier, or null when either has no score. */
  change: number | null;
}

/** Compares two attempts factor by factor, the earlier one first. */
export function compareAttempts(
  a: SelfTestAttempt,
  b: SelfTestAttempt,
): {
  earlier: SelfTestAttempt;
  later: SelfTestAttempt;
  factors: FactorComparison[];
} {
  const [earlier, later] = a.completedAt <= b.completedAt ? [a, b] : [b, a];
  const factors = factorIds.map((factor) => {
    const before = earlier.scores[factor] ?? null;
    const after = later.scores[factor] ?? null;
    return {
      factor,
      earlier: before,
      later: after,
      change: before === null || after === null ? null : after - before,
    };
  });
  return { earlier, later, factors };
}
