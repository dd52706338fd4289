/**
 * Recommendations (block "Wat kun je doen?"): a pure, explained ranking of the tips library
 * by what the user's own answers in the other blocks show — weak factors, register conflicts,
 * burdensome conditions, influence signals, high risk domains and threat exposure. Every
 * recommendation lists the reasons that put it there; without any answers, a starter set.
 */
import type { ConflictRule } from './conflict-check.ts';
import type { InfluenceSignalId } from './influence-signals.ts';
import type { Band } from './likert.ts';
import type { FactorId } from './model.ts';
import type { OfficeRole } from './office.ts';
import type { RiskDomain, RiskLevel } from './risk-scan.ts';
import type { ExposureLevel } from './safety.ts';

/** What the engine needs to know of a tip (its tags). */
export interface TipTags {
  id: string;
  factors?: readonly FactorId[];
  roles?: readonly OfficeRole[];
  riskDomains?: readonly RiskDomain[];
  conflicts?: readonly ConflictRule[];
  signals?: readonly InfluenceSignalId[];
  threats?: boolean;
  conditions?: boolean;
  starter?: boolean;
}

/** The outcomes of the other blocks, as far as the user filled them in. */
export interface RecommendationInputs {
  role?: OfficeRole;
  /** Bands of the latest self-test, per factor that has a score. */
  factorBands: Partial<Record<FactorId, Band>>;
  conflicts: readonly ConflictRule[];
  /** How many marked starting-point conditions ask for attention. */
  watchConditions: number;
  signals: readonly InfluenceSignalId[];
  riskDomains: ReadonlyArray<{ domain: RiskDomain; level: RiskLevel }>;
  exposure?: ExposureLevel;
}

export type RecommendationReason =
  | { kind: 'factor'; factor: FactorId; band: Band; points: number }
  | { kind: 'conflict'; rule: ConflictRule; points: number }
  | { kind: 'conditions'; count: number; points: number }
  | { kind: 'signal'; signal: InfluenceSignalId; points: number }
  | { kind: 'risk'; domain: RiskDomain; level: RiskLevel; points: number }
  | { kind: 'exposure'; level: ExposureLevel; points: number }
  | { kind: 'starter'; points: number };

export interface Recommendation<T extends TipTags> {
  tip: T;
  score: number;
  reasons: RecommendationReason[];
}

/** How much each kind of outcome weighs; shown on the page that explains the ranking. */
export const recommendationPoints = {
  factor: { kwetsbaarheid: 3, aandachtspunt: 2, kracht: 0 },
  conflict: 3,
  conditions: 2,
  signal: 2,
  risk: { high: 2, medium: 1, low: 0 },
  exposure: { high: 3, medium: 2, low: 0 },
} as const;

/** The most recommendations shown at once. */
export const maxRecommendations = 10;

function reasonsFor(tip: TipTags, inputs: RecommendationInputs): RecommendationReason[] {
  const reasons: RecommendationReason[] = [];
  for (const factor of tip.factors ?? []) {
    const band = inputs.factorBands[factor];
    const points = band ? recommendationPoints.factor[band] : 0;
    if (band && points > 0) reasons.push({ kind: 'factor', factor, band, points });
  }
  for (const rule of new Set(inputs.conflicts)) {
    if (tip.conflicts?.includes(rule)) {
      reasons.push({ kind: 'conflict', rule, points: recommendationPoints.conflict });
    }
  }
  if (tip.conditions && inputs.watchConditions > 0) {
    reasons.push({
      kind: 'conditions',
      count: inputs.watchConditions,
      points: recommendationPoints.conditions,
    });
  }
  for (const signal of new Set(inputs.signals)) {
    if (tip.signals?.includes(signal)) {
      reasons.push({ kind: 'signal', signal, points: recommendationPoints.signal });
    }
  }
  for (const { domain, level } of inputs.riskDomains) {
    const points = recommendationPoints.risk[level];
    if (points > 0 && tip.riskDomains?.includes(domain)) {
      reasons.push({ kind: 'risk', domain, level, points });
    }
  }
  if (tip.threats && inputs.exposure) {
    const points = recommendationPoints.exposure[inputs.exposure];
    if (points > 0) reasons.push({ kind: 'exposure', level: inputs.exposure, points });
  }
  return reasons;
}

/**
 * The tips that fit the user's answers, the best-fitting first (ties in library order), each
 * with its reasons. Tips for another kind of office are left out. When no answer points to
 * any tip, the starter tips come back, so that an empty profile still gets a sensible start.
 */
export function recommendTips<T extends TipTags>(
  tips: readonly T[],
  inputs: RecommendationInputs,
  limit = maxRecommendations,
): Recommendation<T>[] {
  const fitting = tips.filter(
    (tip) => !inputs.role || !tip.roles || tip.roles.includes(inputs.role),
  );
  const scored = fitting
    .map((tip) => {
      const reasons = reasonsFor(tip, inputs);
      return { tip, reasons, score: reasons.reduce((sum, reason) => sum + reason.points, 0) };
    })
    .filter((recommendation) => recommendation.score > 0)
    .sort((a, b) => b.score - a.score);
  if (scored.length > 0) return scored.slice(0, limit);
  return fitting
    .filter((tip) => tip.starter)
    .slice(0, limit)
    .map((tip) => ({ tip, score: 0, reasons: [{ kind: 'starter', points: 0 }] }));
}
