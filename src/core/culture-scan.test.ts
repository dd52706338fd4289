import { describe, expect, it } from 'vitest';
import { scoreCultureScan, type CultureItem } from './culture-scan.ts';

const items: CultureItem[] = [
  { id: 'h1', dimension: 'helderheid', keying: 'positive' },
  { id: 'h2', dimension: 'helderheid', keying: 'reverse' },
  { id: 'h3', dimension: 'helderheid', keying: 'positive' },
  { id: 'b1', dimension: 'bespreekbaarheid', keying: 'positive' },
  { id: 'b2', dimension: 'bespreekbaarheid', keying: 'positive' },
];

describe('scoreCultureScan', () => {
  it('scores each dimension from two answers on, with reverse statements turned around', () => {
    const profile = scoreCultureScan(items, { h1: 5, h2: 1, h3: 4, b1: 2 });
    const helderheid = profile.dimensions.find((result) => result.dimension === 'helderheid')!;
    expect(helderheid).toEqual({
      dimension: 'helderheid',
      shown: 3,
      answered: 3,
      notApplicable: 0,
      score: 92,
      band: 'kracht',
    });
    const bespreekbaarheid = profile.dimensions.find(
      (result) => result.dimension === 'bespreekbaarheid',
    )!;
    expect(bespreekbaarheid.score).toBeNull();
    expect(profile.responded).toBe(4);
  });

  it('does not count n.v.t. towards a score', () => {
    const profile = scoreCultureScan(items, { b1: 'na', b2: 2 });
    expect(
      profile.dimensions.find((result) => result.dimension === 'bespreekbaarheid'),
    ).toMatchObject({
      answered: 1,
      notApplicable: 1,
      score: null,
    });
  });

  it('puts a weak dimension in the band kwetsbaarheid', () => {
    const profile = scoreCultureScan(items, { b1: 1, b2: 2 });
    expect(
      profile.dimensions.find((result) => result.dimension === 'bespreekbaarheid'),
    ).toMatchObject({
      score: 13,
      band: 'kwetsbaarheid',
    });
  });

  it('lists all seven dimensions in a fixed order, with no score when nothing is answered', () => {
    const profile = scoreCultureScan(items, {});
    expect(profile.dimensions.map((result) => result.dimension)).toEqual([
      'helderheid',
      'voorbeeldgedrag',
      'haalbaarheid',
      'steun',
      'transparantie',
      'bespreekbaarheid',
      'aanspreekbaarheid',
    ]);
    expect(profile.dimensions.every((result) => result.score === null)).toBe(true);
  });
});
