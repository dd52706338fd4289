import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  influenceCategories,
  influenceLevels,
  rings,
  tieFlags,
  tieKinds,
  type InfluenceEntry,
} from './influence-map.ts';
import { findInfluenceSignals, type InfluenceSignalId } from './influence-signals.ts';

let counter = 0;
function entry(fields: Partial<InfluenceEntry>): InfluenceEntry {
  counter += 1;
  return {
    id: `e${counter}`,
    label: `Persoon ${counter}`,
    category: 'vrienden',
    ring: '2',
    influence: 'medium',
    ties: ['support'],
    flags: [],
    ...fields,
  };
}

/** A friend outside politics who gives advice: keeps "no critical friend" away. */
const criticalFriend = () => entry({ category: 'vrienden', ring: '1', ties: ['advice'] });

const signalIds = (entries: InfluenceEntry[]): InfluenceSignalId[] =>
  findInfluenceSignals(entries).map((signal) => signal.signal);

describe('findInfluenceSignals', () => {
  it('gives no signal for an empty map', () => {
    expect(findInfluenceSignals([])).toEqual([]);
  });

  it('flags a gift combined with a pending decision, and not a gift alone', () => {
    const both = entry({ category: 'ondernemers', flags: ['gift', 'pending-decision'] });
    expect(findInfluenceSignals([both])).toContainEqual({
      signal: 'gift-and-decision',
      severity: 'high',
      entryIds: [both.id],
    });
    expect(signalIds([entry({ flags: ['gift'] })])).not.toContain('gift-and-decision');
  });

  it('flags strong influence with pressure, interest or a pending decision; not strong support', () => {
    for (const fields of [
      { ties: ['pressure' as const] },
      { ties: ['interest' as const] },
      { flags: ['pending-decision' as const] },
    ]) {
      expect(signalIds([entry({ influence: 'high', ...fields })])).toContain('strong-pressure');
    }
    expect(signalIds([entry({ influence: 'medium', ties: ['pressure'] })])).not.toContain(
      'strong-pressure',
    );
    expect(signalIds([entry({ influence: 'high', ties: ['support'] })])).not.toContain(
      'strong-pressure',
    );
  });

  it('flags dependency, high when the influence is high', () => {
    expect(findInfluenceSignals([entry({ ties: ['dependency'] })])[0]).toMatchObject({
      signal: 'dependency',
      severity: 'medium',
    });
    expect(
      findInfluenceSignals([entry({ ties: ['dependency'], influence: 'high' })]),
    ).toContainEqual(expect.objectContaining({ signal: 'dependency', severity: 'high' }));
    expect(signalIds([entry({ ties: ['support', 'advice'] })])).not.toContain('dependency');
  });

  it('flags three flagged ties in one category, not two or three spread out', () => {
    const lobby = [1, 2, 3].map(() =>
      entry({ category: 'belangengroepen-en-lobby', flags: ['financial'] }),
    );
    expect(findInfluenceSignals(lobby)).toContainEqual({
      signal: 'flagged-cluster',
      severity: 'medium',
      entryIds: lobby.map((item) => item.id),
      category: 'belangengroepen-en-lobby',
    });
    expect(signalIds(lobby.slice(0, 2))).not.toContain('flagged-cluster');
    const spread = [
      entry({ category: 'ondernemers', flags: ['gift'] }),
      entry({ category: 'media', flags: ['gift'] }),
      entry({ category: 'vrienden', flags: ['gift'] }),
    ];
    expect(signalIds(spread)).not.toContain('flagged-cluster');
  });

  it('flags advice that all comes from one circle, not advice from two', () => {
    const party = [1, 2].map(() => entry({ category: 'partij-en-fractie', ties: ['advice'] }));
    expect(signalIds(party)).toContain('one-circle-advice');
    expect(signalIds([...party, criticalFriend()])).not.toContain('one-circle-advice');
  });

  it('flags a map without an unflagged adviser outside the party, close by', () => {
    const partyOnly = [
      entry({ category: 'partij-en-fractie', ties: ['advice'] }),
      entry({ category: 'college-en-collega-bestuurders', ties: ['advice'] }),
      entry({ category: 'vrienden', ring: '3', ties: ['advice'] }),
    ];
    expect(signalIds(partyOnly)).toContain('no-critical-friend');
    expect(signalIds([...partyOnly, criticalFriend()])).not.toContain('no-critical-friend');
    // A friend with money ties is not independent.
    expect(
      signalIds([...partyOnly, entry({ ring: '1', ties: ['advice'], flags: ['financial'] })]),
    ).toContain('no-critical-friend');
    // Too small a map says nothing about friends.
    expect(signalIds(partyOnly.slice(0, 2))).not.toContain('no-critical-friend');
  });

  it('lists high signals before medium ones', () => {
    const severities = findInfluenceSignals([
      ...[1, 2, 3].map(() => entry({ category: 'media', flags: ['intermediary'] })),
      entry({ influence: 'high', ties: ['pressure'] }),
    ]).map((signal) => signal.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => (a === b ? 0 : a === 'high' ? -1 : 1)),
    );
  });
});

const entryArbitrary = fc.record({
  id: fc.uuid(),
  label: fc.string({ minLength: 1, maxLength: 80 }),
  category: fc.constantFrom(...influenceCategories),
  ring: fc.constantFrom(...rings),
  influence: fc.constantFrom(...influenceLevels),
  ties: fc.uniqueArray(fc.constantFrom(...tieKinds), { minLength: 1 }),
  flags: fc.uniqueArray(fc.constantFrom(...tieFlags)),
});
const mapArbitrary = fc.uniqueArray(entryArbitrary, {
  maxLength: 200,
  selector: (item) => item.id,
});

describe('findInfluenceSignals properties', () => {
  it('never throws on a map of up to 200 entries and only names entries of the map', () => {
    fc.assert(
      fc.property(mapArbitrary, (entries) => {
        const ids = new Set(entries.map((item) => item.id));
        for (const signal of findInfluenceSignals(entries)) {
          expect(signal.entryIds.every((id) => ids.has(id))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never adds a signal when a flagged tie is removed', () => {
    fc.assert(
      fc.property(mapArbitrary, fc.nat(), (entries, pick) => {
        const flagged = entries.filter((item) => item.flags.length > 0);
        fc.pre(flagged.length > 0);
        const removed = flagged[pick % flagged.length]!;
        const before = new Set(signalIds(entries));
        const after = signalIds(entries.filter((item) => item.id !== removed.id));
        expect(after.filter((signal) => !before.has(signal))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
