/**
 * The IndexedDB database on this device (via Dexie). Personal data is kept as one row per
 * section (`profile`, and later one per block). The Dexie version equals the personal-data
 * schema version: opening an older database runs the same pure migrations from core that
 * older export files go through, inside Dexie's upgrade transaction.
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

export type WeerbaarDatabase = Dexie & { sections: EntityTable<SectionRow, 'key'> };

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
      .stores({ sections: 'key' })
      .upgrade((tx) => migrateSections(tx, step));
  }
  return db;
}

async function migrateSections(tx: Transaction, step: Migration): Promise<void> {
  const table = tx.table<SectionRow, string>('sections');
  const rows = await table.toArray();
  const migrated = step(Object.fromEntries(rows.map((row) => [row.key, row.value])));
  await table.clear();
  await table.bulkPut(Object.entries(migrated).map(([key, value]) => ({ key, value })));
}
