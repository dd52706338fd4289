/**
 * The k rule of group sessions, in one place: a result made from fewer than k people is never
 * produced. Every aggregate in a session goes through `guard`, so the rule cannot drift between
 * the self-test, the culture scan, the risk scan and the dilemma votes.
 */
import { minimumK, type Guarded } from './contract.ts';

/**
 * The k a session really uses: never below the minimum, whatever was stored or passed.
 * Belt and braces, because the request schema already refuses a smaller k.
 */
export function effectiveK(k: number): number {
  return Number.isFinite(k) ? Math.max(minimumK, Math.ceil(k)) : minimumK;
}

/**
 * Shows `value` only when `count` contributions reach k. The value is computed lazily, so
 * below k nothing is even calculated from the individual answers.
 */
export function guard<T>(count: number, k: number, value: () => T): Guarded<T> {
  const threshold = effectiveK(k);
  if (count >= threshold) return { status: 'shown', count, value: value() };
  return { status: 'suppressed', count, needed: threshold - count };
}

/** The guarded value, or null when it is suppressed. */
export function shownOrNull<T>(guarded: Guarded<T>): T | null {
  return guarded.status === 'shown' ? guarded.value : null;
}
