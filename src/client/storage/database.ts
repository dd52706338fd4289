/**
 * The IndexedDB database on this device (via Dexie). Personal data is kept as one row per
 * section (`profile`, and later one per block). The Dexie version equals the personal-data
 * schema version: opening an older database runs the same pure migrations from core that
 * older export files go through, inside Dexie's upgrade transaction. With the vault on, the
 * sections are sealed; they migrate after unlocking instead (see vault-store.ts).
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import {
  personalDataMigrations,
  personalDataVersion,
  type Migration,
} from '../../core/personal-data-version.ts';

export interface SectionRow {
  key: string;
  value: unknown;
}

/** Facts about the storage itself, not the user's answers: for now only the vault's settings. */
export interface MetaRow {
  key: 'vault';
  value: unknown;
}

export type WeerbaarDatabase = Dexie & {
  sections: EntityTable<SectionRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/** The first version with the `meta` table (and so with a possible vault). */
const metaVersion = 7;

export const databaseName = 'weerbaar';

export interface DatabaseOptions {
  /** Injectable for tests (fake-indexeddb); the browser's own by default. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Overridable for tests of the upgrade path. */
  version?: number;
  migrations?: Readonly<Record<number, Migration>>;
}

/** Declares every schema version and its upgrade; the database opens on first use. */
export function openDatabase({
  version = personalDataVersion,
  migrations = personalDataMigrations,
  ...dexieOptions
}: DatabaseOptions = {}): WeerbaarDatabase {
  const db = new Dexie(databaseName, dexieOptions) as WeerbaarDatabase;
  db.version(1).stores({ sections: 'key' });
  for (let next = 2; next <= version; next++) {
    const step = migrations[next - 1];
    if (!step) throw new Error(`No migration from personal data version ${next - 1}`);
    db.version(next)
      .stores(next >= metaVersion ? { sections: 'key', meta: 'key' } : { sections: 'key' })
      .upgrade((tx) => migrateSections(tx, step, next > metaVersion));
  }
  return db;
}

async function migrateSections(
  tx: Transaction,
  step: Migration,
  mayHaveVault: boolean,
): Promise<void> {
  // Sealed sections cannot be read here: they migrate when the vault is next unlocked.
  if (mayHaveVault && (await tx.table('meta').get('vault'))) return;
  const table = tx.table<SectionRow, string>('sections');
  const rows = await table.toArray();
  const migrated = step(Object.fromEntries(rows.map((row) => [row.key, row.value])));
  await table.clear();
  await table.bulkPut(Object.entries(migrated).map(([key, value]) => ({ key, value })));
}
