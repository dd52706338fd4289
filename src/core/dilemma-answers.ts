/**
 * The user's own choices in the dilemma trainer, by dilemma id, so that a dilemma they
 * answered shows their choice and the considerations when they come back.
 */
import { z } from 'zod/mini';
import { contentIdKey } from './form-fields.ts';

export const dilemmaAnswersSchema = z.strictObject({
  answers: z.record(contentIdKey, contentIdKey),
});
export type DilemmaAnswers = z.infer<typeof dilemmaAnswersSchema>;
export const emptyDilemmaAnswers: DilemmaAnswers = { answers: {} };
