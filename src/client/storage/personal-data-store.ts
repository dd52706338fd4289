/**
 * Reads and writes the user's personal data in IndexedDB. Everything read back is parsed
 * against the schema; an import replaces all sections in one transaction, so it either
 * lands completely or not at all.
 */
import type { ImportResult } from '../../core/export-file.ts';
import { parseExportFile } from '../../core/import-file.ts';
import {
  parseStoredSections,
  sectionNames,
  type PersonalData,
  type SectionName,
} from '../../core/personal-data.ts';
import { openDatabase, type WeerbaarDatabase } from './database.ts';

export interface LoadedData {
  data: PersonalData;
  /** Sections that were stored but no longer fit their schema; they are ignored. */
  rejected: string[];
}

export class PersonalDataStore {
  constructor(private readonly db: WeerbaarDatabase) {}

  /** All sections, parsed. */
  async load(): Promise<LoadedData> {
    return parseStoredSections(await this.db.sections.toArray());
  }

  /** Writes one section; `undefined` removes it. */
  async save<K extends SectionName>(section: K, value: PersonalData[K] | undefined): Promise<void> {
    if (value === undefined) await this.db.sections.delete(section);
    else await this.db.sections.put({ key: section, value });
  }

  /** Replaces everything with already validated data, atomically. */
  async replaceAll(data: PersonalData): Promise<void> {
    await this.db.transaction('rw', this.db.sections, async () => {
      await this.db.sections.clear();
      const rows = sectionNames
        .filter((name) => data[name] !== undefined)
        .map((name) => ({ key: name, value: data[name] }));
      await this.db.sections.bulkPut(rows);
    });
  }

  /**
   * Checks an export file completely and only then replaces the stored data with it. A file
   * with any problem leaves the device exactly as it was.
   */
  async importFile(text: string, byteLength?: number): Promise<ImportResult> {
    const result = parseExportFile(text, byteLength);
    if (result.ok) await this.replaceAll(result.data);
    return result;
  }

  /** Removes everything Weerbaar stored on this device, including the database itself. */
  async eraseAll(): Promise<void> {
    await this.db.delete({ disableAutoOpen: false });
  }
}

/** The store on this device, or null when the browser refuses storage (private mode). */
export async function openPersonalDataStore(): Promise<PersonalDataStore | null> {
  try {
    const db = openDatabase();
    await db.open();
    return new PersonalDataStore(db);
  } catch {
    return null;
  }
}
