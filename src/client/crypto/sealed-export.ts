/**
 * Export files when the vault is on: the ordinary export file, sealed whole under the vault's
 * passphrase. The envelope shows only that it is a Weerbaar file and how to derive the key; the
 * data inside is useless without the passphrase. Opening checks the passphrase first (against
 * the sealed check value), so a wrong passphrase and a changed file get different messages.
 */
import { z } from 'zod/mini';
import { maxImportBytes, type ImportResult } from '../../core/export-file.ts';
import { parseExportFile } from '../../core/import-file.ts';
import {
  sealedSchema,
  seal,
  unlockVault,
  unseal,
  vaultParamsSchema,
  VaultOpenError,
  type VaultKey,
  type VaultParams,
} from './vault.ts';

/** The `format` of a sealed export file. */
export const sealedExportMarker = 'weerbaar-personal-data-sealed';
const payloadContext = 'export';

const sealedExportSchema = z.strictObject({
  format: z.literal(sealedExportMarker),
  vault: vaultParamsSchema,
  payload: sealedSchema,
});
export type SealedExportFile = z.infer<typeof sealedExportSchema>;

/** Seals the text of an ordinary export file under the unlocked vault. */
export async function sealExportFile(
  exportText: string,
  key: VaultKey,
  params: VaultParams,
): Promise<SealedExportFile> {
  return {
    format: sealedExportMarker,
    vault: params,
    payload: await seal(key, exportText, payloadContext),
  };
}

/** A sealed export file recognised in the text, or null for anything else. */
export function readSealedExport(text: string): SealedExportFile | null | 'damaged' {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || !('format' in json)) return null;
  if (json.format !== sealedExportMarker) return null;
  const parsed = sealedExportSchema.safeParse(json);
  return parsed.success ? parsed.data : 'damaged';
}

/**
 * Reads any export file offered for import: an ordinary one directly, a sealed one with its
 * passphrase. Never throws; only a file that opens and is valid throughout yields data.
 */
export async function readImportFile(
  text: string,
  byteLength: number = new TextEncoder().encode(text).length,
  passphrase?: string,
): Promise<ImportResult> {
  if (byteLength > maxImportBytes) return parseExportFile(text, byteLength);
  const sealed = readSealedExport(text);
  if (sealed === null) return parseExportFile(text, byteLength);
  if (sealed === 'damaged') return { ok: false, problem: { kind: 'sealed-damaged' } };
  if (passphrase === undefined) return { ok: false, problem: { kind: 'needs-passphrase' } };
  const key = await unlockVault(passphrase, sealed.vault);
  if (!key) return { ok: false, problem: { kind: 'wrong-passphrase' } };
  try {
    const inner = await unseal(key, sealed.payload, payloadContext);
    return parseExportFile(inner);
  } catch (error) {
    if (error instanceof VaultOpenError) return { ok: false, problem: { kind: 'sealed-damaged' } };
    throw error;
  }
}
