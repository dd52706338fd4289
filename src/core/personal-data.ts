/**
 * The user's personal data as one document with a section per block, and its schema.
 * Storage (IndexedDB) and the import of a file both parse with it, so a file and a stored
 * record are held to the same rules. Versions and migrations: personal-data-version.ts.
 */
import { z } from 'zod/mini';
import { actionPlanSchema } from './action-plan.ts';
import { cultureScanSchema } from './culture-scan.ts';
import { dilemmaAnswersSchema } from './dilemma-answers.ts';
import { dutyChecklistSchema } from './duty-checklist.ts';
import { incidentLogSchema } from './incident-log.ts';
import { influenceMapSchema } from './influence-map.ts';
import { mediaNotesSchema } from './media-notes.ts';
import { officeProfileSchema } from './office-profile.ts';
import { portfolioSchema } from './portfolio.ts';
import { perspectivesSchema, unwrittenRulesSchema } from './reflection.ts';
import { registerSchema } from './register.ts';
import { riskScanSchema } from './risk-scan.ts';
import { safetySchema } from './safety.ts';
import { selfTestRecordSchema } from './self-test-record-schema.ts';
import { startingPointSchema } from './starting-point.ts';

/**
 * One schema per section. Each block adds its own section here; every section is optional
 * so that a user who filled in one block has a valid document.
 */
export const personalDataSchema = z.strictObject({
  profile: z.optional(officeProfileSchema),
  selfTest: z.optional(selfTestRecordSchema),
  startingPoint: z.optional(startingPointSchema),
  register: z.optional(registerSchema),
  portfolio: z.optional(portfolioSchema),
  duties: z.optional(dutyChecklistSchema),
  influence: z.optional(influenceMapSchema),
  unwrittenRules: z.optional(unwrittenRulesSchema),
  perspectives: z.optional(perspectivesSchema),
  culture: z.optional(cultureScanSchema),
  riskScan: z.optional(riskScanSchema),
  safety: z.optional(safetySchema),
  incidents: z.optional(incidentLogSchema),
  media: z.optional(mediaNotesSchema),
  actionPlan: z.optional(actionPlanSchema),
  dilemmas: z.optional(dilemmaAnswersSchema),
});
export type PersonalData = z.infer<typeof personalDataSchema>;
export type SectionName = keyof PersonalData;

/** The names of all sections, for storage that keeps one row per section. */
export const sectionNames = Object.keys(personalDataSchema.shape) as SectionName[];

/**
 * Reads sections back from storage one by one: a section that no longer fits its schema is
 * left out and named, so one damaged record never hides the others.
 */
export function parseStoredSections(rows: ReadonlyArray<{ key: string; value: unknown }>): {
  data: PersonalData;
  rejected: string[];
} {
  const data: Record<string, unknown> = {};
  const rejected: string[] = [];
  for (const { key, value } of rows) {
    const schema = (personalDataSchema.shape as Record<string, z.ZodMiniType>)[key];
    const parsed = schema?.safeParse(value);
    if (parsed?.success) data[key] = parsed.data;
    else rejected.push(key);
  }
  return { data: data as PersonalData, rejected };
}
