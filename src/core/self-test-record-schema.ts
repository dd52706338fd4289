/**
 * The schema of what the self-test keeps on the device (see self-test-record.ts), used
 * where data is stored, read back or imported. Kept apart so that pages that only show or
 * change a record do not load the validation code.
 */
import { z } from 'zod/mini';
import { answersSchema } from './likert-schema.ts';
import { factorIds } from './model.ts';
import { offices } from './office.ts';
import { maxAttempts } from './self-test-record.ts';

const isoDate = z.iso.datetime();

export const selfTestDraftSchema = z.strictObject({
  office: z.enum(offices),
  startedAt: isoDate,
  /** The screen (theme) the user was on, to resume there. */
  step: z.int().check(z.minimum(0), z.maximum(50)),
  answers: answersSchema,
});

export const selfTestAttemptSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  completedAt: isoDate,
  office: z.enum(offices),
  answers: answersSchema,
  scores: z.record(z.enum(factorIds), z.nullable(z.int().check(z.minimum(0), z.maximum(100)))),
});

export const selfTestRecordSchema = z.strictObject({
  draft: z.optional(selfTestDraftSchema),
  attempts: z.array(selfTestAttemptSchema).check(z.maxLength(maxAttempts)),
});

export type SelfTestDraft = z.infer<typeof selfTestDraftSchema>;
export type SelfTestAttempt = z.infer<typeof selfTestAttemptSchema>;
export type SelfTestRecord = z.infer<typeof selfTestRecordSchema>;
