/**
 * The "wat te doen als" guides (block "Wat kun je doen?"): from the answers to a guide's
 * questions and the user's office, the steps that apply, in order, each with the contacts
 * that fit the office and body. Pure; the guides and contacts are content.
 */
import type { Body, Office } from './office.ts';

export interface GuideContact {
  id: string;
  bodies?: readonly Body[];
  offices?: readonly Office[];
}

export interface GuideStep {
  id: string;
  /** Per question, the options for which this step applies; absent means always. */
  when?: Readonly<Record<string, readonly string[]>>;
  contacts?: readonly string[];
}

/** True when a contact is there for this office and body (unknown office: every contact). */
export function contactFits(contact: GuideContact, office?: Office, body?: Body): boolean {
  if (contact.bodies && body && !contact.bodies.includes(body)) return false;
  if (contact.offices && office && !contact.offices.includes(office)) return false;
  return true;
}

/**
 * The steps that apply to the answers given so far, in the guide's order. A step with a
 * condition on an unanswered question is left out until that question is answered.
 */
export function resolveGuide<S extends GuideStep, C extends GuideContact>(
  steps: readonly S[],
  contacts: readonly C[],
  answers: Readonly<Record<string, string>>,
  office?: Office,
  body?: Body,
): Array<{ step: S; contacts: C[] }> {
  return steps
    .filter((step) =>
      Object.entries(step.when ?? {}).every(([question, options]) => {
        const answer = answers[question];
        return answer !== undefined && options.includes(answer);
      }),
    )
    .map((step) => ({
      step,
      contacts: (step.contacts ?? [])
        .map((id) => contacts.find((contact) => contact.id === id))
        .filter(
          (contact): contact is C => contact !== undefined && contactFits(contact, office, body),
        ),
    }));
}

/**
 * The entries an organisation overlay added or replaced first (in the overlay's order),
 * then the others in their own order; so a user sees the local people before the national.
 */
export function localFirst<T extends { id: string }>(
  entries: readonly T[],
  localIds: readonly string[],
): T[] {
  const local = new Set(localIds);
  const rank = (entry: T) => (local.has(entry.id) ? localIds.indexOf(entry.id) : localIds.length);
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}
