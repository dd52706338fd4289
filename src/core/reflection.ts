/**
 * The written reflections of block "Wie/wat beïnvloedt jou?": answers to the prompts about
 * unwritten rules, and three-perspective exercises on a real decision.
 */
import { z } from 'zod/mini';
import { contentIdKey, entryId, optionalTextField, textField } from './form-fields.ts';
import { maxEntries } from './register.ts';

export const unwrittenRulesSchema = z.strictObject({
  answers: z.record(contentIdKey, textField(2000, { multiline: true })),
});
export type UnwrittenRules = z.infer<typeof unwrittenRulesSchema>;
export const emptyUnwrittenRules: UnwrittenRules = { answers: {} };

/** The steps of a three-perspective exercise, in the order the user goes through them. */
export const perspectiveSteps = [
  'decision',
  'financial',
  'electoral',
  'ethical',
  'conclusion',
] as const;
export type PerspectiveStep = (typeof perspectiveSteps)[number];

const perspectiveText = optionalTextField(2000, { multiline: true });

export const perspectiveExerciseSchema = z.strictObject({
  id: entryId,
  title: textField(120),
  decision: textField(2000, { multiline: true }),
  financial: perspectiveText,
  electoral: perspectiveText,
  ethical: perspectiveText,
  conclusion: perspectiveText,
});
export type PerspectiveExercise = z.infer<typeof perspectiveExerciseSchema>;

export const perspectivesSchema = z.strictObject({
  exercises: z.array(perspectiveExerciseSchema).check(z.maxLength(maxEntries, 'too-many')),
});
export type Perspectives = z.infer<typeof perspectivesSchema>;
export const emptyPerspectives: Perspectives = { exercises: [] };
