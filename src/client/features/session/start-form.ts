/**
 * Reads the "start a session" form as typed (strings and ticks) into a request for the API,
 * or into the problems to show, field by field. The request is checked once more against the
 * contract's schema, so the form can never send what the server would refuse.
 */
import {
  createSessionRequestSchema,
  maximumExpiryDays,
  maximumK,
  minimumK,
  type CreateSessionRequest,
  type SessionActivity,
} from '../../../core/group-session/contract.ts';

export interface StartFormValues {
  title: string;
  locale: 'nl' | 'en';
  activities: readonly SessionActivity[];
  dilemmaIds: readonly string[];
  k: string;
  expiresInDays: string;
}

export type StartFormField = 'title' | 'activities' | 'dilemmas' | 'k' | 'expiresInDays';

export type StartFormProblem =
  | 'title-empty'
  | 'title-long'
  | 'no-activity'
  | 'no-dilemma'
  | 'too-many-dilemmas'
  | 'k-range'
  | 'expiry-range';

export interface StartFormError {
  field: StartFormField;
  problem: StartFormProblem;
}

export const maximumTitleLength = 120;
export const maximumDilemmas = 40;

/** A whole number typed in a field, or undefined when it is not one. */
function wholeNumber(typed: string): number | undefined {
  const trimmed = typed.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : undefined;
}

export function readStartForm(
  values: StartFormValues,
): { request: CreateSessionRequest } | { errors: StartFormError[] } {
  const errors: StartFormError[] = [];
  const title = values.title.trim();
  if (title === '') errors.push({ field: 'title', problem: 'title-empty' });
  else if (title.length > maximumTitleLength)
    errors.push({ field: 'title', problem: 'title-long' });
  if (values.activities.length === 0) errors.push({ field: 'activities', problem: 'no-activity' });
  const withDilemmas = values.activities.includes('dilemmas');
  if (withDilemmas && values.dilemmaIds.length === 0) {
    errors.push({ field: 'dilemmas', problem: 'no-dilemma' });
  } else if (withDilemmas && values.dilemmaIds.length > maximumDilemmas) {
    errors.push({ field: 'dilemmas', problem: 'too-many-dilemmas' });
  }
  const k = wholeNumber(values.k);
  if (k === undefined || k < minimumK || k > maximumK)
    errors.push({ field: 'k', problem: 'k-range' });
  const days = wholeNumber(values.expiresInDays);
  if (days === undefined || days < 1 || days > maximumExpiryDays) {
    errors.push({ field: 'expiresInDays', problem: 'expiry-range' });
  }
  if (errors.length > 0) return { errors };

  const request: CreateSessionRequest = {
    title,
    locale: values.locale,
    activities: [...values.activities],
    k,
    expiresInDays: days,
    dilemmaIds: withDilemmas ? [...values.dilemmaIds] : [],
  };
  // The contract's own check; a mismatch here is a bug in this form, not the user's doing.
  if (!createSessionRequestSchema.safeParse(request).success) {
    throw new Error('The start form made a request the contract refuses');
  }
  return { request };
}
