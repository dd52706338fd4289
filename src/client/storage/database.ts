/**
 * The IndexedDB database on this device (via Dexie). Personal data is kept as one row per
 * section (`profile`, and later one per block). The Dexie version equals the personal-data
 * schema version; a new version declares its stores and runs the pure migration from core.
 */
import { Dexie, type EntityTable } from 'dexie';

export interface SectionRow {
  key: string;
  value: unknown;
}

export type WeerbaarDatabase = Dexie & { sections: EntityTable<SectionRow, 'key'> };

export const databaseName = 'weerbaar';

/** Opens (and creates or upgrades) the database; `indexedDB` is injectable for tests. */
export function openDatabase(options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
  const db = new Dexie(databaseName, options) as WeerbaarDatabase;
  db.version(1).stores({ sections: 'key' });
  return db;
}
