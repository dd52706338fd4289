/**
 * The combined results of a group session, computed from every participant's answers. Only
 * these leave the server. Each result goes through `guard`: nothing is shown from fewer than
 * k participants, neither the whole result nor a single factor's score.
 */
import {
  cultureDimensions,
  minimumAnswersPerDimension,
  type CultureDimension,
} from '../culture-scan.ts';
import { mean, scoreDimensions, type Answers } from '../likert.ts';
import { factorIds, type FactorId } from '../model.ts';
import { minimumAnswersPerFactor } from '../self-test.ts';
import type { LikertItem } from './catalog.ts';
import type { GroupScore, Guarded } from './contract.ts';
import { guard, shownOrNull } from './guard.ts';

/** One participant's scores per dimension (only those they have a score for). */
export type ParticipantScores = Readonly<Record<string, number>>;

/** One participant's scores for a Likert activity, and whether they said they are done. */
export interface ScoredSubmission {
  scores: ParticipantScores;
  finished: boolean;
}

export interface RiskSubmission {
  features: readonly string[];
  processes: readonly string[];
  finished: boolean;
}

/**
 * Scores one participant with the same rules as the personal profile: per dimension the mean
 * of their answered statements, from the minimum number of answers on. The server keeps this
 * with each participant, so a live update reads one row per participant, not every answer.
 */
export function scoreParticipant<D extends string>(
  items: readonly LikertItem<D>[],
  dimensionOrder: readonly D[],
  minimumAnswers: number,
  answers: Answers,
): ParticipantScores {
  const scores: Record<string, number> = {};
  for (const result of scoreDimensions(
    items,
    (item) => item.dimension,
    answers,
    dimensionOrder,
    minimumAnswers,
  )) {
    if (result.score !== null) scores[result.dimension] = result.score;
  }
  return scores;
}

/** A participant's self-test scores over the six factors. */
export function scoreSelfTestParticipant(
  items: readonly LikertItem<FactorId>[],
  answers: Answers,
): ParticipantScores {
  return scoreParticipant(items, factorIds, minimumAnswersPerFactor, answers);
}

/** A participant's culture-scan scores over the seven dimensions. */
export function scoreCultureParticipant(
  items: readonly LikertItem<CultureDimension>[],
  answers: Answers,
): ParticipantScores {
  return scoreParticipant(items, cultureDimensions, minimumAnswersPerDimension, answers);
}

/**
 * Group scores per dimension: the rounded mean of the finished participants who have a score
 * there, shown only when at least k have one. The whole result stays suppressed until k
 * participants have finished.
 */
export function groupScores(
  dimensionOrder: readonly string[],
  submissions: readonly ScoredSubmission[],
  k: number,
): Guarded<GroupScore[]> {
  const finished = submissions.filter((submission) => submission.finished);
  return guard(finished.length, k, () =>
    dimensionOrder.map((dimension): GroupScore => {
      const scores = finished.flatMap((submission) =>
        Object.hasOwn(submission.scores, dimension) ? [submission.scores[dimension]!] : [],
      );
      return {
        id: dimension,
        score: shownOrNull(guard(scores.length, k, () => Math.round(mean(scores)))),
        contributors: scores.length,
      };
    }),
  );
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
