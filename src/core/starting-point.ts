/**
 * The starting point (block "Wat draag je mee?"): the conditions an office holder marks as
 * applying to them, each with a private note, and the overview of what supports them and
 * what they should watch.
 */
import { z } from 'zod/mini';
import { contentIdKey, optionalTextField } from './form-fields.ts';

/** How a condition tends to work on acting with integrity. */
export const conditionEffects = ['strengthens', 'weakens', 'both'] as const;
export type ConditionEffect = (typeof conditionEffects)[number];

/** The longest private note on a condition. */
export const noteLength = 1000;

export const startingPointSchema = z.strictObject({
  /** The conditions that apply, by id, each with an optional private note. */
  marked: z.record(
    contentIdKey,
    z.strictObject({ note: optionalTextField(noteLength, { multiline: true }) }),
  ),
});
export type StartingPoint = z.infer<typeof startingPointSchema>;

export const emptyStartingPoint: StartingPoint = { marked: {} };

/** What the overview needs to know of a condition. */
export interface ConditionLike {
  id: string;
  effect: ConditionEffect;
}

/**
 * Splits the marked conditions into what supports the user and what they should watch, in
 * the order of the inventory. A condition that works both ways appears in both lists.
 */
export function summarizeStartingPoint<T extends ConditionLike>(
  conditions: readonly T[],
  startingPoint: StartingPoint,
): { supports: T[]; watch: T[] } {
  const marked = conditions.filter((condition) => condition.id in startingPoint.marked);
  return {
    supports: marked.filter((condition) => condition.effect !== 'weakens'),
    watch: marked.filter((condition) => condition.effect !== 'strengthens'),
  };
}
