/**
 * The export file: a JSON envelope around the personal data, written when the user
 * downloads their data. import-file.ts reads such a file back.
 */
import type { PersonalData } from './personal-data.ts';
import { personalDataVersion } from './personal-data-version.ts';

/** Larger files are refused before they are read: a real export is a few kilobytes. */
export const maxImportBytes = 5 * 1024 * 1024;

/** The `format` of every export file. */
export const exportMarker = 'weerbaar-personal-data';

/** The file written by "export": what it is, which version, when, and the data. */
export interface ExportFile {
  format: typeof exportMarker;
  schemaVersion: number;
  exportedAt: string;
  data: PersonalData;
}

/** Wraps personal data in an export envelope; `now` is a parameter to keep this pure. */
export function createExportFile(data: PersonalData, now: Date): ExportFile {
  return {
    format: exportMarker,
    schemaVersion: personalDataVersion,
    exportedAt: now.toISOString(),
    data,
  };
}

/** Everything that can be wrong with a file offered for import. */
export type ImportProblem =
  | { kind: 'too-large'; bytes: number; maxBytes: number }
  | { kind: 'not-json' }
  | { kind: 'not-an-export' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid-data'; path: string; message: string }
  /** A sealed file (vault on when exported) needs its passphrase. */
  | { kind: 'needs-passphrase' }
  | { kind: 'wrong-passphrase' }
  /** A sealed file whose envelope or contents were changed or damaged. */
  | { kind: 'sealed-damaged' };

export type ImportResult = { ok: true; data: PersonalData } | { ok: false; problem: ImportProblem };
