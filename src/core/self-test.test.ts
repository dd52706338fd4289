import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factorIds, nodeIds, type FactorId, type NodeId } from './model.ts';
import {
  bandOf,
  itemsForOffice,
  minimumAnswersPerFactor,
  scoreAnswer,
  scoreSelfTest,
  type AnswerValue,
  type Answers,
  type SelfTestItem,
} from './self-test.ts';

const factorNodes: Record<FactorId, NodeId> = {
  kompas: 'preventie',
  grenzen: 'preventie',
  draagkracht: 'monitoring',
  netwerk: 'monitoring',
  openheid: 'weerbaar-reageren',
  standvastigheid: 'weerbaar-reageren',
};

// Fixture bank: per factor 5 common statements (the 2nd reverse-keyed) and one per role.
const bank: SelfTestItem[] = factorIds.flatMap((factor) => [
  ...[1, 2, 3, 4, 5].map((n) => ({
    id: `${factor}-${n}`,
    factor,
    keying: n === 2 ? ('reverse' as const) : ('positive' as const),
  })),
  { id: `${factor}-ex`, factor, keying: 'positive' as const, roles: ['executive' as const] },
  { id: `${factor}-re`, factor, keying: 'positive' as const, roles: ['representative' as const] },
  { id: `${factor}-ca`, factor, keying: 'reverse' as const, roles: ['candidate' as const] },
]);

const score = (answers: Answers, office: Parameters<typeof scoreSelfTest>[2] = 'wethouder') =>
  scoreSelfTest(bank, answers, office, factorNodes, factorIds, nodeIds);
const factor = (answers: Answers, id: FactorId, office?: Parameters<typeof scoreSelfTest>[2]) =>
  score(answers, office).factors.find((result) => result.factor === id)!;

describe('scoreAnswer', () => {
  it('maps agreement to 0–100 and reverses reverse-keyed statements', () => {
    expect([1, 2, 3, 4, 5].map((v) => scoreAnswer('positive', v as 1))).toEqual([
      0, 25, 50, 75, 100,
    ]);
    expect([1, 2, 3, 4, 5].map((v) => scoreAnswer('reverse', v as 1))).toEqual([
      100, 75, 50, 25, 0,
    ]);
  });
});

describe('bandOf', () => {
  it('puts every boundary in the right band: just below, at and just above', () => {
    expect([0, 49, 50, 51, 74, 75, 76, 100].map(bandOf)).toEqual([
      'kwetsbaarheid',
      'kwetsbaarheid',
      'aandachtspunt',
      'aandachtspunt',
      'aandachtspunt',
      'kracht',
      'kracht',
      'kracht',
    ]);
  });
});

describe('itemsForOffice', () => {
  it('gives executives, representatives and candidates their own statements', () => {
    const ids = (office: Parameters<typeof itemsForOffice>[1]) =>
      itemsForOffice(bank, office)
        .filter((item) => item.factor === 'kompas')
        .map((item) => item.id);
    expect(ids('wethouder')).toEqual([
      'kompas-1',
      'kompas-2',
      'kompas-3',
      'kompas-4',
      'kompas-5',
      'kompas-ex',
    ]);
    expect(ids('dijkgraaf')).toEqual(ids('burgemeester'));
    expect(ids('raadslid')).toEqual([
      'kompas-1',
      'kompas-2',
      'kompas-3',
      'kompas-4',
      'kompas-5',
      'kompas-re',
    ]);
    expect(ids('ab-lid')).toEqual(ids('statenlid'));
    expect(ids('kandidaat')).toEqual([
      'kompas-1',
      'kompas-2',
      'kompas-3',
      'kompas-4',
      'kompas-5',
      'kompas-ca',
    ]);
  });
});

describe('scoreSelfTest', () => {
  it('reverses reverse-keyed statements before averaging', () => {
    // Agreeing fully with everything: positives 100, the reverse one 0 → (100*5 + 0) / 6.
    const all5 = Object.fromEntries(bank.map((item) => [item.id, 5 as const]));
    expect(factor(all5, 'kompas')).toMatchObject({ score: 83, band: 'kracht', answered: 6 });
  });

  it('leaves n.v.t. out of the mean', () => {
    const answers: Answers = {
      'grenzen-1': 5,
      'grenzen-2': 1,
      'grenzen-3': 5,
      'grenzen-4': 3,
      'grenzen-5': 'na',
      'grenzen-ex': 'na',
    };
    expect(factor(answers, 'grenzen')).toMatchObject({ score: 88, answered: 4, notApplicable: 2 });
  });

  it(`gives no score below ${minimumAnswersPerFactor} answered statements`, () => {
    const three: Answers = { 'netwerk-1': 5, 'netwerk-3': 5, 'netwerk-4': 5, 'netwerk-5': 'na' };
    expect(factor(three, 'netwerk')).toMatchObject({ score: null, band: null, answered: 3 });
    expect(factor({ ...three, 'netwerk-ex': 4 }, 'netwerk')).toMatchObject({
      score: 94,
      band: 'kracht',
      answered: 4,
    });
  });

  it('ignores answers to statements the office does not see', () => {
    const answers: Answers = {
      'openheid-1': 1,
      'openheid-3': 1,
      'openheid-4': 1,
      'openheid-5': 1,
      'openheid-re': 5,
    };
    expect(factor(answers, 'openheid', 'wethouder')).toMatchObject({ score: 0, answered: 4 });
    expect(factor(answers, 'openheid', 'raadslid')).toMatchObject({ score: 20, answered: 5 });
  });

  it('summarises each node as the mean of its scored factors', () => {
    const answers: Answers = Object.fromEntries([
      ...[1, 3, 4, 5].map((n) => [`kompas-${n}`, 5]),
      ...[1, 3, 4, 5].map((n) => [`grenzen-${n}`, 3]),
      ...[1, 3, 4, 5].map((n) => [`draagkracht-${n}`, 4]),
    ]);
    const { nodes } = score(answers);
    expect(nodes).toEqual([
      { node: 'preventie', factors: ['kompas', 'grenzen'], score: 75, band: 'kracht' },
      { node: 'monitoring', factors: ['draagkracht', 'netwerk'], score: 75, band: 'kracht' },
      {
        node: 'weerbaar-reageren',
        factors: ['openheid', 'standvastigheid'],
        score: null,
        band: null,
      },
    ]);
  });

  it('counts statements shown and responded to', () => {
    const profile = score({ 'kompas-1': 3, 'kompas-2': 'na', 'kompas-re': 4 }, 'wethouder');
    expect(profile.shown).toBe(36);
    expect(profile.responded).toBe(2);
  });
});

describe('scoreSelfTest properties', () => {
  const answerValue = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'na');
  const answersArb = fc.dictionary(fc.constantFrom(...bank.map((item) => item.id)), answerValue);
  const officeArb = fc.constantFrom(
    'raadslid',
    'wethouder',
    'statenlid',
    'dijkgraaf',
    'kandidaat' as const,
  );

  it('keeps every score within 0–100', () => {
    fc.assert(
      fc.property(answersArb, officeArb, (answers, office) => {
        const profile = score(answers, office);
        for (const result of [...profile.factors, ...profile.nodes]) {
          if (result.score !== null) {
            expect(result.score).toBeGreaterThanOrEqual(0);
            expect(result.score).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('never lowers a factor score when an answer on a positive statement goes up', () => {
    const positive = bank.filter((item) => item.keying === 'positive' && !item.roles);
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom(...positive),
        fc.integer({ min: 1, max: 4 }),
        (answers, item, value) => {
          const before = factor({ ...answers, [item.id]: value as 1 }, item.factor);
          const after = factor({ ...answers, [item.id]: (value + 1) as 2 }, item.factor);
          if (before.score !== null) expect(after.score!).toBeGreaterThanOrEqual(before.score);
        },
      ),
    );
  });

  it('gives the same profile for the same answers', () => {
    fc.assert(
      fc.property(answersArb, officeArb, (answers, office) => {
        expect(score(answers, office)).toEqual(score({ ...answers }, office));
      }),
    );
  });
});
