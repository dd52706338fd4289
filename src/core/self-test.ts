/**
 * Scoring of the self-test "integer handelen". Pure: answers + item bank + office → factor
 * scores, bands, node summary and completeness. Every rule here is shown to the user on
 * "Hoe werkt de score?", so change the explanation in content when a rule changes.
 */
import {
  bandOf,
  mean,
  scoreDimensions,
  type AnswerValue,
  type Answers,
  type Band,
  type DimensionResult,
  type Keying,
} from './likert.ts';
import type { FactorId, NodeId } from './model.ts';
import { roleOf, type Office, type OfficeRole } from './office.ts';

export { bandFloors, bandOf, scoreAnswer } from './likert.ts';
export type { AnswerValue, Answers, Band };

/** A statement of the self-test, as far as scoring needs it. */
export interface SelfTestItem {
  id: string;
  factor: FactorId;
  keying: Keying;
  /** The roles that see this statement; absent means every role. */
  roles?: readonly OfficeRole[];
}

/** A factor needs at least this many answered statements (n.v.t. does not count) for a score. */
export const minimumAnswersPerFactor = 4;

/** A factor's result; `shown` counts the statements this office sees. */
export type FactorResult = Omit<DimensionResult<FactorId>, 'dimension'> & { factor: FactorId };

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
  const factors = scoreDimensions(
    shownItems,
    (item) => item.factor,
    answers,
    factorOrder,
    minimumAnswersPerFactor,
  ).map(({ dimension, ...result }): FactorResult => ({ factor: dimension, ...result }));

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
