/**
 * The schema version of the personal data and the migrations between versions. Kept free
 * of validation code, so that pages which only write data do not load it.
 */

/** The schema version of the personal data this build writes. */
export const personalDataVersion = 7;

/** A step that turns a document of version n into one of version n + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations keyed by the version they start from. A new version adds a step here and bumps
 * `personalDataVersion`, so that an older build refuses a newer file with a clear message.
 */
export const personalDataMigrations: Readonly<Record<number, Migration>> = {
  // Version 2 added the self-test section; a version-1 document is valid as it is.
  1: (data) => data,
  // Version 3 added block 2: starting point, register, portfolio and duty checklist.
  2: (data) => data,
  // Version 4 added block 4: risk scan, safety (exposure and plan), incident log, media notes.
  3: (data) => data,
  // Version 5 added block 3: influence map, unwritten rules, perspectives, culture scan.
  4: (data) => data,
  // Version 6 added block 5: the action plan and the dilemma trainer's choices.
  5: (data) => data,
  // Version 7 added the optional vault: a storage table beside the data; the data is unchanged.
  6: (data) => data,
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
