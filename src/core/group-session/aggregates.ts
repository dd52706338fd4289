/**
 * The combined results of a group session, computed from every participant's answers. Only
 * these leave the server. Each result goes through `guard`: nothing is shown from fewer than
 * k participants, neither the whole result nor a single factor's score.
 */
import { cultureDimensions, minimumAnswersPerDimension } from '../culture-scan.ts';
import { mean, scoreDimensions, type Answers } from '../likert.ts';
import { factorIds, type FactorId } from '../model.ts';
import { minimumAnswersPerFactor } from '../self-test.ts';
import type { LikertItem } from './catalog.ts';
import type { GroupScore, Guarded } from './contract.ts';
import { guard, shownOrNull } from './guard.ts';

/** One participant's answers to a Likert activity, and whether they said they are done. */
export interface LikertSubmission {
  answers: Answers;
  finished: boolean;
}

export interface RiskSubmission {
  features: readonly string[];
  processes: readonly string[];
  finished: boolean;
}

/**
 * Group scores per dimension: each finished participant is scored on their own (the same
 * rules as the personal profile), then per dimension the rounded mean of the participants who
 * have a score there, shown only when at least k have one. The whole result stays suppressed
 * until k participants have finished.
 */
export function groupLikertScores<D extends string>(
  items: readonly LikertItem<D>[],
  dimensionOrder: readonly D[],
  minimumAnswers: number,
  submissions: readonly LikertSubmission[],
  k: number,
): Guarded<GroupScore[]> {
  const finished = submissions.filter((submission) => submission.finished);
  return guard(finished.length, k, () => {
    const perParticipant = finished.map((submission) =>
      scoreDimensions(
        items,
        (item) => item.dimension,
        submission.answers,
        dimensionOrder,
        minimumAnswers,
      ),
    );
    return dimensionOrder.map((dimension, index): GroupScore => {
      const scores = perParticipant.flatMap((results) => {
        const score = results[index]!.score;
        return score === null ? [] : [score];
      });
      return {
        id: dimension,
        score: shownOrNull(guard(scores.length, k, () => Math.round(mean(scores)))),
        contributors: scores.length,
      };
    });
  });
}

/** The self-test's group profile over the six factors. */
export function groupSelfTestScores(
  items: readonly LikertItem<FactorId>[],
  submissions: readonly LikertSubmission[],
  k: number,
): Guarded<GroupScore[]> {
  return groupLikertScores(items, factorIds, minimumAnswersPerFactor, submissions, k);
}

/** The culture scan's group profile over the seven dimensions. */
export function groupCultureScores(
  items: readonly LikertItem<(typeof cultureDimensions)[number]>[],
  submissions: readonly LikertSubmission[],
  k: number,
): Guarded<GroupScore[]> {
  return groupLikertScores(items, cultureDimensions, minimumAnswersPerDimension, submissions, k);
}

/**
 * How many finished participants ticked each area feature and vulnerable process; every
 * feature and process is listed (zero included), so a missing key never hints at anything.
 */
export function groupRiskCounts(
  allFeatures: readonly string[],
  allProcesses: readonly string[],
  submissions: readonly RiskSubmission[],
  k: number,
): Guarded<{ features: Record<string, number>; processes: Record<string, number> }> {
  const finished = submissions.filter((submission) => submission.finished);
  return guard(finished.length, k, () => ({
    features: countTicks(
      allFeatures,
      finished.map((submission) => submission.features),
    ),
    processes: countTicks(
      allProcesses,
      finished.map((submission) => submission.processes),
    ),
  }));
}

function countTicks(
  ids: readonly string[],
  ticked: readonly (readonly string[])[],
): Record<string, number> {
  const counts = Object.fromEntries(ids.map((id) => [id, 0])) as Record<string, number>;
  for (const list of ticked) {
    // A participant counts once per id, even if a list held it twice.
    for (const id of new Set(list)) if (Object.hasOwn(counts, id)) counts[id] = counts[id]! + 1;
  }
  return counts;
}
