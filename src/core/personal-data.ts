/**
 * The user's personal data as one document with a section per block, its schema version,
 * the migrations between versions, and the export file that carries it off the device.
 * Storage (IndexedDB) and the import screen both go through these functions, so a file and
 * a stored record are held to the same rules.
 */
import { z } from 'zod/mini';
import { officeProfileSchema } from './office-profile.ts';
import { selfTestRecordSchema } from './self-test-record-schema.ts';

/** The schema version of the personal data this build writes. */
export const personalDataVersion = 2;

/**
 * One schema per section. Each block adds its own section here; every section is optional
 * so that a user who filled in one block has a valid document.
 */
export const personalDataSchema = z.strictObject({
  profile: z.optional(officeProfileSchema),
  selfTest: z.optional(selfTestRecordSchema),
});
export type PersonalData = z.infer<typeof personalDataSchema>;
export type SectionName = keyof PersonalData;

/** The names of all sections, for storage that keeps one row per section. */
export const sectionNames = Object.keys(personalDataSchema.shape) as SectionName[];

/** A step that turns a document of version n into one of version n + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations keyed by the version they start from. A new version adds a step here and bumps
 * `personalDataVersion`, so that an older build refuses a newer file with a clear message.
 */
export const personalDataMigrations: Readonly<Record<number, Migration>> = {
  // Version 2 added the self-test section; a version-1 document is valid as it is.
  1: (data) => data,
};

/** Why a document could not be brought to the current version. */
export type MigrationFailure =
  { kind: 'newer-version'; version: number } | { kind: 'no-migration'; from: number };

/**
 * Brings a document from `version` up to `targetVersion` by running each step in order.
 * Pure: the input is not changed.
 */
export function migratePersonalData(
  version: number,
  data: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = personalDataMigrations,
  targetVersion: number = personalDataVersion,
): { ok: true; data: Record<string, unknown> } | { ok: false; failure: MigrationFailure } {
  if (version > targetVersion) return { ok: false, failure: { kind: 'newer-version', version } };
  let current = structuredClone(data);
  for (let from = version; from < targetVersion; from++) {
    const step = migrations[from];
    if (!step) return { ok: false, failure: { kind: 'no-migration', from } };
    current = step(current);
  }
  return { ok: true, data: current };
}

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
