/**
 * The signals of the influence map: a pure reading of the map that names what deserves
 * attention, each with the entries it is about. The words for each signal are content.
 */
import type { InfluenceCategory, InfluenceEntry } from './influence-map.ts';

export const influenceSignals = [
  'gift-and-decision',
  'strong-pressure',
  'dependency',
  'flagged-cluster',
  'one-circle-advice',
  'no-critical-friend',
] as const;
export type InfluenceSignalId = (typeof influenceSignals)[number];

export interface InfluenceSignal {
  signal: InfluenceSignalId;
  severity: 'high' | 'medium';
  /** The entries the signal is about (empty for a signal about what is missing). */
  entryIds: string[];
  category?: InfluenceCategory;
}

/** From this many flagged ties in one category, the category itself is a signal. */
export const flaggedClusterSize = 3;
/** A map needs this many entries before the absence of a critical friend says anything. */
export const criticalFriendMinimumEntries = 3;

/** Categories from which advice is not independent of party politics. */
const partyCategories: readonly InfluenceCategory[] = [
  'partij-en-fractie',
  'college-en-collega-bestuurders',
];

/**
 * An entry without flags: only such ties count as independent advice, so that a tie with
 * money, a gift or a pending decision never passes for a critical friend.
 */
const isUnflagged = (entry: InfluenceEntry) => entry.flags.length === 0;

/**
 * What deserves attention in the map, the most serious first. Removing a flagged entry never
 * adds a signal: the signals about advice and critical friends count unflagged entries only.
 */
export function findInfluenceSignals(entries: readonly InfluenceEntry[]): InfluenceSignal[] {
  const signals: InfluenceSignal[] = [];
  const ids = (list: readonly InfluenceEntry[]) => list.map((entry) => entry.id);

  const giftAndDecision = entries.filter(
    (entry) => entry.flags.includes('gift') && entry.flags.includes('pending-decision'),
  );
  if (giftAndDecision.length > 0) {
    signals.push({ signal: 'gift-and-decision', severity: 'high', entryIds: ids(giftAndDecision) });
  }

  const strongPressure = entries.filter(
    (entry) =>
      entry.influence === 'high' &&
      (entry.ties.includes('pressure') ||
        entry.ties.includes('interest') ||
        entry.flags.includes('pending-decision')),
  );
  if (strongPressure.length > 0) {
    signals.push({ signal: 'strong-pressure', severity: 'high', entryIds: ids(strongPressure) });
  }

  const dependent = entries.filter((entry) => entry.ties.includes('dependency'));
  if (dependent.length > 0) {
    const severity = dependent.some((entry) => entry.influence === 'high') ? 'high' : 'medium';
    signals.push({ signal: 'dependency', severity, entryIds: ids(dependent) });
  }

  const flaggedByCategory = new Map<InfluenceCategory, InfluenceEntry[]>();
  for (const entry of entries.filter((candidate) => !isUnflagged(candidate))) {
    flaggedByCategory.set(entry.category, [
      ...(flaggedByCategory.get(entry.category) ?? []),
      entry,
    ]);
  }
  for (const [category, flagged] of flaggedByCategory) {
    if (flagged.length >= flaggedClusterSize) {
      signals.push({
        signal: 'flagged-cluster',
        severity: 'medium',
        entryIds: ids(flagged),
        category,
      });
    }
  }

  const advisors = entries.filter((entry) => isUnflagged(entry) && entry.ties.includes('advice'));
  const adviceCategories = new Set(advisors.map((entry) => entry.category));
  if (advisors.length >= 2 && adviceCategories.size === 1) {
    signals.push({
      signal: 'one-circle-advice',
      severity: 'medium',
      entryIds: ids(advisors),
      category: advisors[0]!.category,
    });
  }

  const criticalFriends = entries.filter(
    (entry) =>
      isUnflagged(entry) &&
      entry.ring !== '3' &&
      entry.ties.includes('advice') &&
      !partyCategories.includes(entry.category),
  );
  if (entries.length >= criticalFriendMinimumEntries && criticalFriends.length === 0) {
    signals.push({ signal: 'no-critical-friend', severity: 'medium', entryIds: [] });
  }

  return signals.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'high' ? -1 : 1));
}
