import { describe, expect, it } from 'vitest';
import { recommendTips, type RecommendationInputs, type TipTags } from './recommendations.ts';

const tips: TipTags[] = [
  { id: 'grenzen-oefenen', factors: ['grenzen'] },
  {
    id: 'register-bijhouden',
    factors: ['grenzen', 'openheid'],
    conflicts: ['sector-of-portfolio', 'party-in-decision'],
  },
  { id: 'niet-meestemmen', conflicts: ['party-in-decision'], roles: ['representative'] },
  { id: 'kritische-vriend', signals: ['no-critical-friend'], factors: ['netwerk'] },
  { id: 'beveiligingsadvies', threats: true, roles: ['executive'] },
  { id: 'vakantieparken-riec', riskDomains: ['vakantieparken'] },
  { id: 'schulden-hulp', conditions: true },
  { id: 'start-gedragscode', starter: true },
  { id: 'start-vertrouwenspersoon', starter: true, factors: ['draagkracht'] },
  { id: 'start-kandidaat', starter: true, roles: ['candidate'] },
];

const empty: RecommendationInputs = {
  factorBands: {},
  conflicts: [],
  watchConditions: 0,
  signals: [],
  riskDomains: [],
};

describe('recommendTips', () => {
  it('puts the tips for a weak factor and a register conflict first, saying why', () => {
    const result = recommendTips(tips, {
      ...empty,
      role: 'executive',
      factorBands: { grenzen: 'kwetsbaarheid', kompas: 'kracht' },
      conflicts: ['sector-of-portfolio', 'sector-of-portfolio'],
    });
    expect(result.map((recommendation) => recommendation.tip.id)).toEqual([
      'register-bijhouden',
      'grenzen-oefenen',
    ]);
    expect(result[0]!.reasons).toEqual([
      { kind: 'factor', factor: 'grenzen', band: 'kwetsbaarheid', points: 3 },
      { kind: 'conflict', rule: 'sector-of-portfolio', points: 3 },
    ]);
  });

  it('leaves out tips for another kind of office', () => {
    const result = recommendTips(tips, {
      ...empty,
      role: 'executive',
      conflicts: ['party-in-decision'],
      exposure: 'high',
    });
    const ids = result.map((recommendation) => recommendation.tip.id);
    expect(ids).toContain('beveiligingsadvies');
    expect(ids).not.toContain('niet-meestemmen');
  });

  it('uses signals, risk domains, exposure and conditions', () => {
    const result = recommendTips(tips, {
      ...empty,
      signals: ['no-critical-friend'],
      riskDomains: [
        { domain: 'vakantieparken', level: 'high' },
        { domain: 'zorgfraude', level: 'low' },
      ],
      watchConditions: 2,
    });
    expect(result.map((recommendation) => [recommendation.tip.id, recommendation.score])).toEqual([
      ['kritische-vriend', 2],
      ['vakantieparken-riec', 2],
      ['schulden-hulp', 2],
    ]);
  });

  it('gives an empty profile the starter set for its office', () => {
    expect(
      recommendTips(tips, { ...empty, role: 'representative' }).map(
        (recommendation) => recommendation.tip.id,
      ),
    ).toEqual(['start-gedragscode', 'start-vertrouwenspersoon']);
    expect(recommendTips(tips, empty)[0]!.reasons).toEqual([{ kind: 'starter', points: 0 }]);
  });

  it('ranks the same way every time, ties in library order', () => {
    const inputs: RecommendationInputs = {
      ...empty,
      factorBands: { grenzen: 'aandachtspunt', netwerk: 'aandachtspunt' },
    };
    const first = recommendTips(tips, inputs).map((recommendation) => recommendation.tip.id);
    expect(first).toEqual(['grenzen-oefenen', 'register-bijhouden', 'kritische-vriend']);
    expect(recommendTips(tips, inputs).map((recommendation) => recommendation.tip.id)).toEqual(
      first,
    );
  });
});
