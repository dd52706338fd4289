import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../likert.ts';
import { factorIds, type FactorId } from '../model.ts';
import { cultureDimensions } from '../culture-scan.ts';
import {
  groupRiskCounts,
  groupScores,
  scoreCultureParticipant,
  scoreSelfTestParticipant,
} from './aggregates.ts';
import type { LikertItem } from './catalog.ts';
import { minimumK, type GroupScore, type Guarded } from './contract.ts';
import { effectiveK, guard } from './guard.ts';

// Four positive statements per factor: a participant needs all four answered for a score.
const items: LikertItem<FactorId>[] = factorIds.flatMap((factor) =>
  [1, 2, 3, 4].map((n) => ({
    id: `${factor}-${n}`,
    dimension: factor,
    keying: 'positive' as const,
  })),
);

interface LikertSubmission {
  answers: Record<string, AnswerValue>;
  finished: boolean;
}

/** Scores every participant on their own, then combines them, as the server does. */
const groupSelfTestScores = (
  statements: readonly LikertItem<FactorId>[],
  submissions: readonly LikertSubmission[],
  k: number,
) =>
  groupScores(
    factorIds,
    submissions.map(({ answers, finished }) => ({
      scores: scoreSelfTestParticipant(statements, answers),
      finished,
    })),
    k,
  );

/** A finished participant who answered every statement of the given factors with `value`. */
function participant(
  value: AnswerValue,
  factors: readonly FactorId[] = factorIds,
): LikertSubmission {
  const answers: Record<string, AnswerValue> = {};
  for (const item of items) if (factors.includes(item.dimension)) answers[item.id] = value;
  return { answers, finished: true };
}

describe('guard', () => {
  it('shows a value from k contributions on and says how many more are needed below', () => {
    expect(guard(5, 5, () => 'x')).toEqual({ status: 'shown', count: 5, value: 'x' });
    expect(guard(3, 5, () => 'x')).toEqual({ status: 'suppressed', count: 3, needed: 2 });
  });

  it('never computes the value below k', () => {
    let computed = false;
    guard(2, 3, () => (computed = true));
    expect(computed).toBe(false);
  });

  it('never uses a k below the minimum, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 2 }), fc.constant(Number.NaN)), (k) => {
        expect(effectiveK(k)).toBe(minimumK);
        expect(guard(minimumK - 1, k, () => 1).status).toBe('suppressed');
      }),
    );
  });
});

describe('self-test group scores', () => {
  it('is suppressed until k participants finished, and says how many are missing', () => {
    const result = groupSelfTestScores(items, [participant(5), participant(4)], 3);
    expect(result).toEqual({ status: 'suppressed', count: 2, needed: 1 });
  });

  it('does not count participants who have not finished', () => {
    const unfinished = { ...participant(5), finished: false };
    const result = groupSelfTestScores(items, [participant(5), participant(4), unfinished], 3);
    expect(result.status).toBe('suppressed');
  });

  it('shows the rounded mean of participants’ factor scores once k finished', () => {
    // Scores per participant: 5 → 100, 4 → 75, 2 → 25; mean 66.67 → 67.
    const result = groupSelfTestScores(items, [participant(5), participant(4), participant(2)], 3);
    expect(result.status).toBe('shown');
    const value = (result as Extract<Guarded<GroupScore[]>, { status: 'shown' }>).value;
    expect(value.map((score) => score.id)).toEqual([...factorIds]);
    expect(value[0]).toEqual({ id: 'kompas', score: 67, contributors: 3 });
  });

  it('leaves a factor empty when fewer than k participants have a score for it', () => {
    const result = groupSelfTestScores(
      items,
      [participant(4), participant(4), participant(4, ['kompas', 'grenzen']), participant('na')],
      3,
    );
    if (result.status !== 'shown') throw new Error('expected a shown result');
    expect(result.value.find((score) => score.id === 'kompas')).toEqual({
      id: 'kompas',
      score: 75,
      contributors: 3,
    });
    expect(result.value.find((score) => score.id === 'netwerk')).toEqual({
      id: 'netwerk',
      score: null,
      contributors: 2,
    });
  });

  it('never shows a result or a score made from fewer than k participants (property)', () => {
    const answer = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'na');
    const submission = fc.record({
      answers: fc.dictionary(fc.constantFrom(...items.map((item) => item.id)), answer),
      finished: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(submission, { maxLength: 12 }),
        fc.integer({ min: -2, max: 12 }),
        (submissions, k) => {
          const result = groupSelfTestScores(items, submissions, k);
          const finished = submissions.filter((one) => one.finished).length;
          expect(result.count).toBe(finished);
          if (result.status === 'suppressed') {
            expect(finished).toBeLessThan(effectiveK(k));
            expect(result.needed).toBe(effectiveK(k) - finished);
            return;
          }
          expect(finished).toBeGreaterThanOrEqual(effectiveK(k));
          for (const score of result.value) {
            expect(score.contributors).toBeLessThanOrEqual(finished);
            if (score.score !== null)
              expect(score.contributors).toBeGreaterThanOrEqual(effectiveK(k));
          }
        },
      ),
    );
  });
});

describe('culture-scan group scores', () => {
  it('scores the seven dimensions with the same k rule', () => {
    const culture = [
      { id: 'h1', dimension: 'helderheid' as const, keying: 'positive' as const },
      { id: 'h2', dimension: 'helderheid' as const, keying: 'reverse' as const },
    ];
    const done = (a: AnswerValue, b: AnswerValue) => ({
      answers: { h1: a, h2: b },
      finished: true,
    });
    const group = (submissions: LikertSubmission[]) =>
      groupScores(
        cultureDimensions,
        submissions.map(({ answers, finished }) => ({
          scores: scoreCultureParticipant(culture, answers),
          finished,
        })),
        3,
      );
    expect(group([done(5, 1), done(4, 2)]).status).toBe('suppressed');
    const result = group([done(5, 1), done(4, 2), done(3, 3)]);
    if (result.status !== 'shown') throw new Error('expected a shown result');
    expect(result.value).toHaveLength(7);
    expect(result.value[0]).toEqual({ id: 'helderheid', score: 75, contributors: 3 });
    expect(result.value[1]).toEqual({ id: 'voorbeeldgedrag', score: null, contributors: 0 });
  });
});

describe('groupRiskCounts', () => {
  const features = ['a', 'b'];
  const processes = ['p'];
  const tick = (f: string[], p: string[], finished = true) => ({
    features: f,
    processes: p,
    finished,
  });

  it('counts ticks of finished participants only, from k finished on', () => {
    expect(groupRiskCounts(features, processes, [tick(['a'], []), tick(['a'], [])], 3)).toEqual({
      status: 'suppressed',
      count: 2,
      needed: 1,
    });
    const result = groupRiskCounts(
      features,
      processes,
      [tick(['a'], ['p']), tick(['a', 'a'], []), tick([], []), tick(['b'], ['p'], false)],
      3,
    );
    expect(result).toEqual({
      status: 'shown',
      count: 3,
      value: { features: { a: 2, b: 0 }, processes: { p: 1 } },
    });
  });
});
