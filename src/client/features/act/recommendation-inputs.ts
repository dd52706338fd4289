/**
 * Gathers what the other blocks stored into the inputs of the recommendations engine, and
 * names the blocks that are still empty (so the page can say what more it could do).
 */
import { findConflicts } from '../../../core/conflict-check.ts';
import { findInfluenceSignals } from '../../../core/influence-signals.ts';
import { bandOf } from '../../../core/likert.ts';
import type { FactorId } from '../../../core/model.ts';
import { roleOf } from '../../../core/office.ts';
import type { PersonalData } from '../../../core/personal-data.ts';
import { emptyPortfolio } from '../../../core/portfolio.ts';
import type { RecommendationInputs } from '../../../core/recommendations.ts';
import { emptyRegister } from '../../../core/register.ts';
import { rankRiskDomains } from '../../../core/risk-scan.ts';
import { scoreExposure } from '../../../core/safety.ts';
import type { ConditionLike } from '../../../core/starting-point.ts';

export const inputBlocks = [
  'selfTest',
  'startingPoint',
  'register',
  'influence',
  'riskScan',
  'safety',
] as const;
export type InputBlock = (typeof inputBlocks)[number];

export function gatherInputs(
  data: PersonalData,
  conditions: readonly ConditionLike[],
): { inputs: RecommendationInputs; missing: InputBlock[] } {
  const profile = data.profile;
  const latest = data.selfTest?.attempts[0];
  const factorBands: RecommendationInputs['factorBands'] = {};
  for (const [factor, score] of Object.entries(latest?.scores ?? {})) {
    if (score !== null) factorBands[factor as FactorId] = bandOf(score);
  }
  const register = data.register ?? emptyRegister;
  const registerSize =
    register.sideJobs.length +
    register.financialInterests.length +
    register.closeTies.length +
    register.gifts.length;
  const marked = data.startingPoint?.marked ?? {};
  const watchConditions = conditions.filter(
    (condition) => condition.id in marked && condition.effect !== 'strengthens',
  ).length;
  const exposure = data.safety ? scoreExposure(data.safety.exposure, profile?.office) : undefined;
  const scan = data.riskScan;

  const inputs: RecommendationInputs = {
    ...(profile ? { role: roleOf(profile.office) } : {}),
    factorBands,
    conflicts: findConflicts(register, data.portfolio ?? emptyPortfolio).map(
      (conflict) => conflict.rule,
    ),
    watchConditions,
    signals: findInfluenceSignals(data.influence?.entries ?? []).map((signal) => signal.signal),
    riskDomains:
      scan && profile && (scan.features.length > 0 || scan.processes.length > 0)
        ? rankRiskDomains(scan, profile.office, profile.body).map(({ domain, level }) => ({
            domain,
            level,
          }))
        : [],
    ...(exposure && exposure.answered > 0 ? { exposure: exposure.level } : {}),
  };
  const present: Record<InputBlock, boolean> = {
    selfTest: latest !== undefined,
    startingPoint: Object.keys(marked).length > 0,
    register: registerSize > 0,
    influence: (data.influence?.entries.length ?? 0) > 0,
    riskScan: inputs.riskDomains.length > 0,
    safety: exposure !== undefined && exposure.answered > 0,
  };
  return { inputs, missing: inputBlocks.filter((block) => !present[block]) };
}
