import { describe, expect, it } from 'vitest';
import type { InfluenceEntry } from '../../../core/influence-map.ts';
import { centre, layoutInfluenceMap, ringEdges, shapeTie } from './map-layout.ts';

const entry = (id: string, fields: Partial<InfluenceEntry> = {}): InfluenceEntry => ({
  id,
  label: id,
  category: 'vrienden',
  ring: '1',
  influence: 'medium',
  ties: ['support'],
  flags: [],
  ...fields,
});

describe('layoutInfluenceMap', () => {
  it('puts each entry inside its ring', () => {
    const placed = layoutInfluenceMap([
      entry('a', { ring: '1' }),
      entry('b', { ring: '2' }),
      entry('c', { ring: '3', category: 'media' }),
    ]);
    const distance = ({ x, y }: { x: number; y: number }) => Math.hypot(x - centre, y - centre);
    expect(distance(placed[0]!)).toBeLessThan(ringEdges[0]);
    expect(distance(placed[1]!)).toBeGreaterThan(ringEdges[0]);
    expect(distance(placed[1]!)).toBeLessThan(ringEdges[1]);
    expect(distance(placed[2]!)).toBeGreaterThan(ringEdges[1]);
  });

  it('spreads entries of one sector and ring apart', () => {
    const [first, second] = layoutInfluenceMap([entry('a'), entry('b')]);
    expect(Math.hypot(first!.x - second!.x, first!.y - second!.y)).toBeGreaterThan(20);
  });

  it('shows the most telling tie as the shape', () => {
    expect(shapeTie(entry('a', { ties: ['support', 'pressure'] }))).toBe('pressure');
    expect(shapeTie(entry('a', { ties: ['advice'] }))).toBe('advice');
  });
});
