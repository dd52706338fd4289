/**
 * Scoring of the self-test "integer handelen". Pure: answers + item bank + office → factor
 * scores, bands, node summary and completeness. Every rule here is shown to the user on
 * "Hoe werkt de score?", so change the explanation in content when a rule changes.
 */
import type { FactorId, NodeId } from './model.ts';
import { roleOf, type Office, type OfficeRole } from './office.ts';

/** A statement of the self-test, as far as scoring needs it. */
export interface SelfTestItem {
  id: string;
  factor: FactorId;
  /** Positive: agreeing means more resilient. Reverse: agreeing means more vulnerable. */
  keying: 'positive' | 'reverse';
  /** The roles that see this statement; absent means every role. */
  roles?: readonly OfficeRole[];
}

/** An answer on the 5-point agreement scale (1 = helemaal oneens … 5 = helemaal eens), or n.v.t. */
export type AnswerValue = 1 | 2 | 3 | 4 | 5 | 'na';
export type Answers = Readonly<Record<string, AnswerValue>>;

export type Band = 'kracht' | 'aandachtspunt' | 'kwetsbaarheid';

/** A factor needs at least this many answered statements (n.v.t. does not count) for a score. */
export const minimumAnswersPerFactor = 4;

/** Lowest score of each band: 75–100 kracht, 50–74 aandachtspunt, 0–49 kwetsbaarheid. */
export const bandFloors = { kracht: 75, aandachtspunt: 50, kwetsbaarheid: 0 } as const;

export interface FactorResult {
  factor: FactorId;
  /** Statements of this factor that this office sees. */
  shown: number;
  /** Of those, answered on the scale (not n.v.t.). */
  answered: number;
  notApplicable: number;
  /** 0–100, rounded; null when fewer than `minimumAnswersPerFactor` were answered. */
  score: number | null;
  band: Band | null;
}

export interface NodeResult {
  node: NodeId;
  factors: FactorId[];
  /** Mean of the scores of its factors that have one, rounded; null when none has. */
  score: number | null;
  band: Band | null;
}

export interface SelfTestProfile {
  factors: FactorResult[];
  nodes: NodeResult[];
  /** Statements shown to this office, and how many of them got any answer (n.v.t. included). */
  shown: number;
  responded: number;
}

/** The statements an office sees, in item-bank order. */
export function itemsForOffice<T extends SelfTestItem>(items: readonly T[], office: Office): T[] {
  const role = roleOf(office);
  return items.filter((item) => !item.roles || item.roles.includes(role));
}

/**
 * The score of one answer: on a positive statement 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100;
 * on a reverse statement the other way round.
 */
export function scoreAnswer(
  keying: SelfTestItem['keying'],
  value: Exclude<AnswerValue, 'na'>,
): number {
  const agreement = (value - 1) * 25;
  return keying === 'positive' ? agreement : 100 - agreement;
}

/** The band a score falls in. */
export function bandOf(score: number): Band {
  if (score >= bandFloors.kracht) return 'kracht';
  if (score >= bandFloors.aandachtspunt) return 'aandachtspunt';
  return 'kwetsbaarheid';
}

/**
 * Scores a set of answers for an office. Per factor: the mean of the answered statements'
 * scores, rounded to a whole number, when at least `minimumAnswersPerFactor` are answered.
 * Per node: the mean of its factors' scores. Answers to statements the office does not see
 * are ignored.
 *
 * @param factorNodes which node each factor belongs to (from the model content)
 * @param factorOrder the order of factors in the result
 */
export function scoreSelfTest(
  items: readonly SelfTestItem[],
  answers: Answers,
  office: Office,
  factorNodes: Readonly<Record<FactorId, NodeId>>,
  factorOrder: readonly FactorId[],
  nodeOrder: readonly NodeId[],
): SelfTestProfile {
  const shownItems = itemsForOffice(items, office);
  const factors = factorOrder.map((factor): FactorResult => {
    const ofFactor = shownItems.filter((item) => item.factor === factor);
    const scores: number[] = [];
    let notApplicable = 0;
    for (const item of ofFactor) {
      const value = answers[item.id];
      if (value === 'na') notApplicable++;
      else if (value !== undefined) scores.push(scoreAnswer(item.keying, value));
    }
    const score = scores.length >= minimumAnswersPerFactor ? Math.round(mean(scores)) : null;
    return {
      factor,
      shown: ofFactor.length,
      answered: scores.length,
      notApplicable,
      score,
      band: score === null ? null : bandOf(score),
    };
  });

  const nodes = nodeOrder.map((node): NodeResult => {
    const ofNode = factors.filter((result) => factorNodes[result.factor] === node);
    const scored = ofNode.flatMap((result) => (result.score === null ? [] : [result.score]));
    const score = scored.length > 0 ? Math.round(mean(scored)) : null;
    return {
      node,
      factors: ofNode.map((result) => result.factor),
      score,
      band: score === null ? null : bandOf(score),
    };
  });

  return {
    factors,
    nodes,
    shown: shownItems.length,
    responded: shownItems.filter((item) => answers[item.id] !== undefined).length,
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0) / values.length;
}
