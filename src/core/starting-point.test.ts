import { describe, expect, it } from 'vitest';
import { startingPointSchema, summarizeStartingPoint } from './starting-point.ts';

const conditions = [
  { id: 'ervaring', effect: 'strengthens' as const },
  { id: 'schulden', effect: 'weakens' as const },
  { id: 'eigen-bedrijf', effect: 'both' as const },
  { id: 'netwerk', effect: 'strengthens' as const },
];

describe('summarizeStartingPoint', () => {
  it('puts what supports and what to watch apart, both-way conditions in each', () => {
    const summary = summarizeStartingPoint(conditions, {
      marked: { schulden: {}, 'eigen-bedrijf': { note: 'sinds 2015' }, ervaring: {} },
    });
    expect(summary.supports.map((condition) => condition.id)).toEqual([
      'ervaring',
      'eigen-bedrijf',
    ]);
    expect(summary.watch.map((condition) => condition.id)).toEqual(['schulden', 'eigen-bedrijf']);
  });

  it('ignores marks of conditions that no longer exist', () => {
    expect(summarizeStartingPoint(conditions, { marked: { weg: {} } })).toEqual({
      supports: [],
      watch: [],
    });
  });

  it('keeps multi-line notes and refuses notes that are too long', () => {
    expect(
      startingPointSchema.safeParse({ marked: { a: { note: 'regel 1\nregel 2' } } }).success,
    ).toBe(true);
    expect(
      startingPointSchema.safeParse({ marked: { a: { note: 'x'.repeat(1001) } } }).success,
    ).toBe(false);
  });
});
