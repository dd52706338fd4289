/**
 * Reads an export file offered for import. Parsing never throws: every problem becomes an
 * `ImportProblem` the screen can explain in the user's language, and only a completely
 * valid file yields data.
 */
import { z } from 'zod/mini';
import { exportMarker, maxImportBytes, type ImportResult } from './export-file.ts';
import { migratePersonalData } from './personal-data-version.ts';
import { personalDataSchema, sectionNames } from './personal-data.ts';

/** Keys that could reach object prototypes; no real export contains them. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

const envelopeSchema = z.object({
  format: z.literal(exportMarker),
  schemaVersion: z.int().check(z.positive()),
  exportedAt: z.iso.datetime(),
  data: z.record(z.string(), z.unknown()),
});

/**
 * Checks an export file's text completely: size, JSON, envelope, version (migrating older
 * files), and every section against its schema. Only a fully valid file yields data.
 */
export function parseExportFile(
  text: string,
  byteLength: number = byteLengthOf(text),
): ImportResult {
  if (byteLength > maxImportBytes) {
    return {
      ok: false,
      problem: { kind: 'too-large', bytes: byteLength, maxBytes: maxImportBytes },
    };
  }
  let json: unknown;
  let forbiddenKey: string | undefined;
  try {
    json = JSON.parse(text, (key, value: unknown) => {
      if (forbiddenKeys.has(key)) forbiddenKey = key;
      return value;
    });
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (forbiddenKey !== undefined) {
    return {
      ok: false,
      problem: { kind: 'invalid-data', path: forbiddenKey, message: 'forbidden key' },
    };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, problem: { kind: 'not-an-export' } };

  const migrated = migratePersonalData(envelope.data.schemaVersion, envelope.data.data);
  if (!migrated.ok) {
    return { ok: false, problem: { kind: 'newer-version', version: envelope.data.schemaVersion } };
  }
  const unknownSection = Object.keys(migrated.data).find(
    (key) => !(sectionNames as string[]).includes(key),
  );
  if (unknownSection !== undefined) {
    return {
      ok: false,
      problem: { kind: 'invalid-data', path: unknownSection, message: 'unknown section' },
    };
  }
  const data = personalDataSchema.safeParse(migrated.data);
  if (!data.success) {
    const issue = data.error.issues[0];
    return {
      ok: false,
      problem: {
        kind: 'invalid-data',
        path: issue ? issue.path.join('.') : '',
        message: issue ? issue.message : 'invalid',
      },
    };
  }
  return { ok: true, data: data.data };
}

function byteLengthOf(text: string): number {
  return new TextEncoder().encode(text).length;
}
