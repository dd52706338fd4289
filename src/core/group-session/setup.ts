/**
 * What makes a new session's set-up valid beyond the request schema: dilemmas only with the
 * dilemmas activity and then at least one, each named once and each existing in the content.
 */
import type { SessionActivity } from './contract.ts';

/** The problem with this set-up, in words for the API's error message, or null when fine. */
export function sessionSetupProblem(
  activities: readonly SessionActivity[],
  dilemmaIds: readonly string[],
  dilemmaExists: (id: string) => boolean,
): string | null {
  const votes = activities.includes('dilemmas');
  if (votes && dilemmaIds.length === 0)
    return 'Choose at least one dilemma for the dilemmas activity.';
  if (!votes && dilemmaIds.length > 0) return 'dilemmaIds need the dilemmas activity.';
  if (new Set(dilemmaIds).size !== dilemmaIds.length) return 'dilemmaIds names a dilemma twice.';
  const unknown = dilemmaIds.filter((id) => !dilemmaExists(id));
  if (unknown.length > 0) return `Unknown dilemma ids: ${unknown.slice(0, 5).join(', ')}.`;
  return null;
}
