import { describe, expect, it } from 'vitest';
import { scoreExposure } from './safety.ts';

describe('scoreExposure', () => {
  it('is low without answers and names no areas', () => {
    expect(scoreExposure({}, 'raadslid')).toEqual({
      answered: 0,
      score: 0,
      level: 'low',
      priorityAreas: [],
    });
  });

  it('adds the office: an executive starts higher', () => {
    expect(scoreExposure({}, 'burgemeester').score).toBe(2);
    expect(scoreExposure({}, undefined).score).toBe(0);
  });

  it('points to the plan areas behind the answers, the heaviest first', () => {
    const result = scoreExposure(
      {
        'adres-vindbaar': 'yes',
        'online-aanwezigheid': 'somewhat',
        'familie-zichtbaar': 'yes',
        zichtbaarheid: 'no',
        'omstreden-dossiers': 'yes',
      },
      'wethouder',
    );
    expect(result).toEqual({
      answered: 5,
      score: 9,
      level: 'high',
      priorityAreas: ['thuis', 'werk', 'familie', 'online'],
    });
  });

  it('reaches medium from four points', () => {
    expect(
      scoreExposure({ 'adres-vindbaar': 'yes', 'online-aanwezigheid': 'yes' }, 'statenlid').level,
    ).toBe('medium');
  });
});
