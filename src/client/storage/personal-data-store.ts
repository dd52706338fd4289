/**
 * Reads and writes the user's personal data in IndexedDB. Everything read back is parsed
 * against the schema; an import replaces all sections in one transaction, so it either
 * lands completely or not at all.
 *
 * With the vault on, every section is stored sealed (see crypto/vault.ts) and the key lives only
 * in this object's memory: after a reload the store is locked until the passphrase is given.
 * Encryption always happens before a transaction starts, because IndexedDB transactions end as
 * soon as they wait for anything else.
 */
import { z } from 'zod/mini';
import { createExportFile, type ImportResult } from '../../core/export-file.ts';
import {
  parseStoredSections,
  sectionNames,
  type PersonalData,
  type SectionName,
} from '../../core/personal-data.ts';
import { migratePersonalData, personalDataVersion } from '../../core/personal-data-version.ts';
import { readImportFile, sealExportFile } from '../crypto/sealed-export.ts';
import {
  createVault,
  sealedSchema,
  seal,
  unlockVault,
  unseal,
  vaultParamsSchema,
  type VaultKey,
} from '../crypto/vault.ts';
import { idleChoices, type IdleMinutes } from '../../core/vault-settings.ts';
import { openDatabase, type SectionRow, type WeerbaarDatabase } from './database.ts';

export interface LoadedData {
  data: PersonalData;
  /** Sections that were stored but no longer fit their schema; they are ignored. */
  rejected: string[];
}

const vaultMetaSchema = z.strictObject({
  params: vaultParamsSchema,
  /** The personal-data version the sealed sections were written in. */
  dataVersion: z.int().check(z.positive()),
  idleMinutes: z.union(idleChoices.map((minutes) => z.literal(minutes))),
});
type VaultMeta = z.infer<typeof vaultMetaSchema>;

export type VaultStatus = 'off' | 'locked' | 'open';

/** Thrown when data is written while the vault is locked. */
export class VaultLockedError extends Error {
  constructor() {
    super('The vault is locked');
    this.name = 'VaultLockedError';
  }
}

export class PersonalDataStore {
  private key: VaultKey | null = null;

  constructor(
    private readonly db: WeerbaarDatabase,
    private vault: VaultMeta | null = null,
  ) {}

  get vaultStatus(): VaultStatus {
    if (!this.vault) return 'off';
    return this.key ? 'open' : 'locked';
  }

  get idleMinutes(): IdleMinutes | undefined {
    return this.vault?.idleMinutes;
  }

  /** All sections, parsed; 'locked' while the vault waits for its passphrase. */
  async load(): Promise<LoadedData | 'locked'> {
    const rows = await this.db.sections.toArray();
    if (!this.vault) return parseStoredSections(rows);
    if (!this.key) return 'locked';
    const { rows: opened, damaged } = await this.openRows(rows, this.key);
    if (this.vault.dataVersion < personalDataVersion) return this.migrateSealed(opened);
    const loaded = parseStoredSections(opened);
    return { ...loaded, rejected: [...damaged, ...loaded.rejected] };
  }

  /** Opens the vault with its passphrase; false (and still locked) when it is wrong. */
  async unlock(passphrase: string): Promise<boolean> {
    if (!this.vault) return true;
    this.key = await unlockVault(passphrase, this.vault.params);
    return this.key !== null;
  }

  /** Forgets the key: the data stays sealed on the device until the next unlock. */
  lock(): void {
    this.key = null;
  }

  /** Writes one section; `undefined` removes it. */
  async save<K extends SectionName>(section: K, value: PersonalData[K] | undefined): Promise<void> {
    if (value === undefined) await this.db.sections.delete(section);
    else await this.db.sections.put(await this.rowFor(section, value));
  }

  /** Replaces everything with already validated data, atomically. */
  async replaceAll(data: PersonalData): Promise<void> {
    const rows = await this.rowsFor(data);
    await this.db.transaction('rw', this.db.sections, async () => {
      await this.db.sections.clear();
      await this.db.sections.bulkPut(rows);
    });
  }

  /**
   * Checks an export file completely (opening it with `passphrase` when it is sealed) and only
   * then replaces the stored data with it. A file with any problem changes nothing.
   */
  async importFile(text: string, byteLength?: number, passphrase?: string): Promise<ImportResult> {
    if (this.vaultStatus === 'locked') throw new VaultLockedError();
    const result = await readImportFile(text, byteLength, passphrase);
    if (result.ok) await this.replaceAll(result.data);
    return result;
  }

  /** The text of an export file of `data`: sealed under the vault when it is on. */
  async exportText(data: PersonalData, now: Date): Promise<string> {
    const text = JSON.stringify(createExportFile(data, now), null, 2);
    if (!this.vault) return text;
    if (!this.key) throw new VaultLockedError();
    return JSON.stringify(await sealExportFile(text, this.key, this.vault.params), null, 2);
  }

  /** Turns the vault on: seals every stored section under a new passphrase, atomically. */
  async enableVault(passphrase: string, data: PersonalData, idleMinutes: IdleMinutes) {
    const { params, key } = await createVault(passphrase);
    await this.reseal(data, key, { params, dataVersion: personalDataVersion, idleMinutes });
  }

  /**
   * Re-encrypts everything under a new passphrase (with a new salt), atomically; false, and
   * nothing changed, when `current` is not the vault's passphrase.
   */
  async changePassphrase(current: string, passphrase: string, data: PersonalData) {
    const vault = await this.confirmedVault(current);
    if (!vault) return false;
    const { params, key } = await createVault(passphrase);
    await this.reseal(data, key, { ...vault, params, dataVersion: personalDataVersion });
    return true;
  }

  /**
   * Turns the vault off: stores every section readable again, atomically; false, and nothing
   * changed, when `current` is not the vault's passphrase.
   */
  async disableVault(current: string, data: PersonalData) {
    if (!(await this.confirmedVault(current))) return false;
    const rows = rowsOf(data);
    await this.db.transaction('rw', this.db.sections, this.db.meta, async () => {
      await this.db.sections.clear();
      await this.db.sections.bulkPut(rows);
      await this.db.meta.delete('vault');
    });
    this.vault = null;
    this.key = null;
    return true;
  }

  async setIdleMinutes(idleMinutes: IdleMinutes) {
    if (!this.vault) return;
    this.vault = { ...this.vault, idleMinutes };
    await this.db.meta.put({ key: 'vault', value: this.vault });
  }

  /** Removes everything Weerbaar stored on this device, including the database itself. */
  async eraseAll(): Promise<void> {
    this.vault = null;
    this.key = null;
    await this.db.delete({ disableAutoOpen: false });
  }

  /** The open vault, if `passphrase` is its passphrase (asked again before big changes). */
  private async confirmedVault(passphrase: string): Promise<VaultMeta | null> {
    if (!this.vault || !this.key) throw new VaultLockedError();
    return (await unlockVault(passphrase, this.vault.params)) ? this.vault : null;
  }

  private async reseal(data: PersonalData, key: VaultKey, meta: VaultMeta) {
    const rows = await sealRows(rowsOf(data), key);
    await this.db.transaction('rw', this.db.sections, this.db.meta, async () => {
      await this.db.sections.clear();
      await this.db.sections.bulkPut(rows);
      await this.db.meta.put({ key: 'vault', value: meta });
    });
    this.vault = meta;
    this.key = key;
  }

  private async rowFor(section: string, value: unknown): Promise<SectionRow> {
    if (!this.vault) return { key: section, value };
    if (!this.key) throw new VaultLockedError();
    return sealRow({ key: section, value }, this.key);
  }

  private rowsFor(data: PersonalData): Promise<SectionRow[]> {
    return Promise.all(rowsOf(data).map((row) => this.rowFor(row.key, row.value)));
  }

  private async openRows(rows: SectionRow[], key: VaultKey) {
    const opened: SectionRow[] = [];
    const damaged: string[] = [];
    for (const row of rows) {
      const sealed = sealedSchema.safeParse(row.value);
      try {
        if (!sealed.success) throw new Error('not sealed');
        opened.push({ key: row.key, value: JSON.parse(await unseal(key, sealed.data, row.key)) });
      } catch {
        damaged.push(row.key);
      }
    }
    return { rows: opened, damaged };
  }

  /** Sealed sections from an older version: migrate them now that they can be read. */
  private async migrateSealed(rows: SectionRow[]): Promise<LoadedData> {
    const document = Object.fromEntries(rows.map((row) => [row.key, row.value]));
    const migrated = migratePersonalData(this.vault!.dataVersion, document);
    if (!migrated.ok) throw new Error(`Cannot migrate sealed data: ${migrated.failure.kind}`);
    const loaded = parseStoredSections(
      Object.entries(migrated.data).map(([key, value]) => ({ key, value })),
    );
    await this.reseal(loaded.data, this.key!, { ...this.vault!, dataVersion: personalDataVersion });
    return loaded;
  }
}

function rowsOf(data: PersonalData): SectionRow[] {
  return sectionNames
    .filter((name) => data[name] !== undefined)
    .map((name) => ({ key: name, value: data[name] }));
}

/** A section sealed under `key`, bound to its own name. */
async function sealRow(row: SectionRow, key: VaultKey): Promise<SectionRow> {
  return { key: row.key, value: await seal(key, JSON.stringify(row.value), row.key) };
}

function sealRows(rows: SectionRow[], key: VaultKey): Promise<SectionRow[]> {
  return Promise.all(rows.map((row) => sealRow(row, key)));
}

/** The store on this device, or null when the browser refuses storage (private mode). */
export async function openPersonalDataStore(
  db: WeerbaarDatabase = openDatabase(),
): Promise<PersonalDataStore | null> {
  try {
    await db.open();
    const meta = await db.meta.get('vault');
    return new PersonalDataStore(db, meta ? vaultMetaSchema.parse(meta.value) : null);
  } catch {
    return null;
  }
}
