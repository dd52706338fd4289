/**
 * The private register of interests (block "Wat draag je mee?"): side positions, financial
 * interests, close ties, and gifts and invitations, each entry checked with the same schema
 * when it is entered in a form, stored, read back or imported.
 */
import { z } from 'zod/mini';
import { amountField, dateField, entryId, optionalTextField, textField } from './form-fields.ts';
import { sectors } from './policy-areas.ts';

/** The longest name of an organisation or person, and of a role or description. */
export const nameLength = 120;
export const descriptionLength = 300;
/** At most this many entries per list; far more than anyone holds. */
export const maxEntries = 100;

export const financialInterestKinds = ['shares', 'property', 'business', 'loan', 'other'] as const;
export const closeTieKinds = [
  'family-business',
  'partner-work',
  'former-employer',
  'other',
] as const;
export const giftKinds = ['gift', 'invitation'] as const;

const sector = z.enum(sectors, 'invalid-choice');

/** A side position (nevenfunctie): paid or not, and since when. */
export const sideJobSchema = z.strictObject({
  id: entryId,
  organisation: textField(nameLength),
  role: textField(nameLength),
  sector,
  paid: z.boolean('required'),
  since: z.optional(dateField),
});

/** A financial interest: shares, property, an own business, a loan or another. */
export const financialInterestSchema = z.strictObject({
  id: entryId,
  kind: z.enum(financialInterestKinds, 'required'),
  description: textField(descriptionLength),
  organisation: optionalTextField(nameLength),
  sector,
});

/** A close tie: a partner's or family member's business or work, a former employer. */
export const closeTieSchema = z.strictObject({
  id: entryId,
  kind: z.enum(closeTieKinds, 'required'),
  person: optionalTextField(nameLength),
  organisation: optionalTextField(nameLength),
  sector,
  description: optionalTextField(descriptionLength),
});

/** A gift or invitation received or offered: from whom, its worth, and what was done. */
export const giftSchema = z.strictObject({
  id: entryId,
  kind: z.enum(giftKinds, 'required'),
  date: dateField,
  from: textField(nameLength),
  description: textField(descriptionLength),
  value: amountField,
  accepted: z.boolean('required'),
  reported: z.boolean('required'),
});

const list = <T extends z.ZodMiniType>(entry: T) =>
  z.array(entry).check(z.maxLength(maxEntries, 'too-many'));

export const registerSchema = z.strictObject({
  sideJobs: list(sideJobSchema),
  financialInterests: list(financialInterestSchema),
  closeTies: list(closeTieSchema),
  gifts: list(giftSchema),
});

export type SideJob = z.infer<typeof sideJobSchema>;
export type FinancialInterest = z.infer<typeof financialInterestSchema>;
export type CloseTie = z.infer<typeof closeTieSchema>;
export type Gift = z.infer<typeof giftSchema>;
export type Register = z.infer<typeof registerSchema>;
export type RegisterListName = keyof Register;

export const emptyRegister: Register = {
  sideJobs: [],
  financialInterests: [],
  closeTies: [],
  gifts: [],
};

/** The schema of one entry of each register list, for forms that add or change one. */
export const registerEntrySchemas = {
  sideJobs: sideJobSchema,
  financialInterests: financialInterestSchema,
  closeTies: closeTieSchema,
  gifts: giftSchema,
} as const;
