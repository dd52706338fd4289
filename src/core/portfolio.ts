/**
 * What an office holder works on: the policy areas of their portfolio or committees, and the
 * decisions coming up (title, area, the organisations or people involved). The conflict
 * check compares the register with it.
 */
import { z } from 'zod/mini';
import { entryId, textField } from './form-fields.ts';
import { policyAreas } from './policy-areas.ts';
import { maxEntries, nameLength } from './register.ts';

/** At most this many parties per decision. */
export const maxParties = 20;

export const decisionSchema = z.strictObject({
  id: entryId,
  title: textField(200),
  area: z.enum(policyAreas, 'required'),
  parties: z.array(textField(nameLength)).check(z.maxLength(maxParties, 'too-many')),
});

export const portfolioSchema = z.strictObject({
  areas: z.array(z.enum(policyAreas)).check(z.maxLength(policyAreas.length)),
  decisions: z.array(decisionSchema).check(z.maxLength(maxEntries, 'too-many')),
});

export type Decision = z.infer<typeof decisionSchema>;
export type Portfolio = z.infer<typeof portfolioSchema>;

export const emptyPortfolio: Portfolio = { areas: [], decisions: [] };

/** The parties of a decision as typed in one text, one per line (or separated by ";"). */
export function splitParties(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((party) => party.trim())
    .filter((party) => party.length > 0);
}
