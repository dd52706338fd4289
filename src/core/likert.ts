/**
 * Scoring of statements on a 5-point agreement scale, shared by the self-test and the team
 * culture scan (and their group-session versions): per dimension the mean of the answered
 * statements, on 0–100, in three bands. Every rule here is explained to the user.
 */

/** An answer on the 5-point agreement scale (1 = helemaal oneens … 5 = helemaal eens), or n.v.t. */
export type AnswerValue = 1 | 2 | 3 | 4 | 5 | 'na';
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Positive: agreeing means stronger. Reverse: agreeing means more vulnerable. */
export type Keying = 'positive' | 'reverse';

export type Band = 'kracht' | 'aandachtspunt' | 'kwetsbaarheid';

/** Lowest score of each band: 75–100 kracht, 50–74 aandachtspunt, 0–49 kwetsbaarheid. */
export const bandFloors = { kracht: 75, aandachtspunt: 50, kwetsbaarheid: 0 } as const;

/**
 * The score of one answer: on a positive statement 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100;
 * on a reverse statement the other way round.
 */
export function scoreAnswer(keying: Keying, value: Exclude<AnswerValue, 'na'>): number {
  const agreement = (value - 1) * 25;
  return keying === 'positive' ? agreement : 100 - agreement;
}

/** The band a score falls in. */
export function bandOf(score: number): Band {
  if (score >= bandFloors.kracht) return 'kracht';
  if (score >= bandFloors.aandachtspunt) return 'aandachtspunt';
  return 'kwetsbaarheid';
}

export interface DimensionResult<D extends string> {
  dimension: D;
  /** Statements of this dimension. */
  shown: number;
  /** Of those, answered on the scale (not n.v.t.). */
  answered: number;
  notApplicable: number;
  /** 0–100, rounded; null when fewer than the minimum were answered. */
  score: number | null;
  band: Band | null;
}

/**
 * Scores answers per dimension: the mean of the answered statements' scores, rounded to a
 * whole number, when at least `minimumAnswers` are answered (n.v.t. does not count).
 */
export function scoreDimensions<D extends string, T extends { id: string; keying: Keying }>(
  items: readonly T[],
  dimensionOf: (item: T) => D,
  answers: Answers,
  dimensionOrder: readonly D[],
  minimumAnswers: number,
): DimensionResult<D>[] {
  return dimensionOrder.map((dimension) => {
    const ofDimension = items.filter((item) => dimensionOf(item) === dimension);
    const scores: number[] = [];
    let notApplicable = 0;
    for (const item of ofDimension) {
      const value = answers[item.id];
      if (value === 'na') notApplicable++;
      else if (value !== undefined) scores.push(scoreAnswer(item.keying, value));
    }
    const score = scores.length >= minimumAnswers ? Math.round(mean(scores)) : null;
    return {
      dimension,
      shown: ofDimension.length,
      answered: scores.length,
      notApplicable,
      score,
      band: score === null ? null : bandOf(score),
    };
  });
}

/** The arithmetic mean of a non-empty list. */
export function mean(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0) / values.length;
}
