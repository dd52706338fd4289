/**
 * Which legal duties the user has ticked as done, kept per duty so that a change of office
 * keeps the ticks of duties both offices share.
 */
import { z } from 'zod/mini';
import { dutyIds, type DutyId } from './legal-duties.ts';

export const dutyChecklistSchema = z.strictObject({
  done: z.array(z.enum(dutyIds)).check(z.maxLength(dutyIds.length)),
});
export type DutyChecklist = z.infer<typeof dutyChecklistSchema>;

export const emptyDutyChecklist: DutyChecklist = { done: [] };

/** Ticks or unticks a duty; the list stays in checklist order without doubles. */
export function tickDuty(checklist: DutyChecklist, duty: DutyId, done: boolean): DutyChecklist {
  const ticked = new Set(checklist.done);
  if (done) ticked.add(duty);
  else ticked.delete(duty);
  return { done: dutyIds.filter((id) => ticked.has(id)) };
}
