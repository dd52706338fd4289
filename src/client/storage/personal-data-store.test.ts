import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createExportFile } from '../../core/export-file.ts';
import { personalDataVersion } from '../../core/personal-data-version.ts';
import type { PersonalData } from '../../core/personal-data.ts';
import { openDatabase } from './database.ts';
import { PersonalDataStore } from './personal-data-store.ts';

const profile = {
  office: 'gedeputeerde',
  body: 'provincie',
  area: { code: 'PV26', name: 'Utrecht' },
} as const;
const now = new Date('2026-12-03T10:00:00Z');

let indexedDB: IDBFactory;
const open = () => new PersonalDataStore(openDatabase({ indexedDB, IDBKeyRange }));

beforeEach(() => {
  indexedDB = new IDBFactory();
});

describe('PersonalDataStore', () => {
  it('keeps a saved section across reopening the database', async () => {
    await open().save('profile', profile);
    expect(await open().load()).toEqual({ data: { profile }, rejected: [] });
  });

  it('removes a section saved as undefined', async () => {
    const store = open();
    await store.save('profile', profile);
    await store.save('profile', undefined);
    expect((await store.load()).data).toEqual({});
  });

  it('ignores and names a stored record that no longer fits its schema', async () => {
    const db = openDatabase({ indexedDB, IDBKeyRange });
    await db.sections.put({ key: 'profile', value: { office: 'wethouder', body: 'waterschap' } });
    expect(await new PersonalDataStore(db).load()).toEqual({ data: {}, rejected: ['profile'] });
  });

  it('imports a valid export file, replacing what was there', async () => {
    const store = open();
    await store.save('profile', { office: 'raadslid', body: 'gemeente' });
    const text = JSON.stringify(createExportFile({ profile }, now));
    expect(await store.importFile(text)).toEqual({ ok: true, data: { profile } });
    expect((await open().load()).data).toEqual({ profile });
  });

  it('leaves existing data untouched when an import is refused', async () => {
    const store = open();
    const existing: PersonalData = { profile: { office: 'raadslid', body: 'gemeente' } };
    await store.save('profile', existing.profile);
    const valid = createExportFile({ profile }, now);
    const refused = [
      'not json at all',
      JSON.stringify({ ...valid, schemaVersion: 99 }),
      JSON.stringify({ ...valid, data: { profile: { ...profile, body: 'gemeente' } } }),
      JSON.stringify({ ...valid, data: { profile, evil: '<script>alert(1)</script>' } }),
    ];
    for (const text of refused) {
      expect((await store.importFile(text)).ok).toBe(false);
    }
    expect((await store.importFile('', 50 * 1024 * 1024)).ok).toBe(false);
    expect((await open().load()).data).toEqual(existing);
  });

  it('erases everything, after which the store starts empty', async () => {
    const store = open();
    await store.save('profile', profile);
    await store.eraseAll();
    expect(await indexedDB.databases()).toEqual([]);
    expect((await open().load()).data).toEqual({});
  });
});

describe('database upgrade', () => {
  it('migrates records stored by an older version when the database opens', async () => {
    // Fixture: version 1 stored the office as "body/office"; a version 2 splits it.
    const old = openDatabase({ indexedDB, IDBKeyRange, version: 1 });
    await old.sections.put({ key: 'profile', value: 'gemeente/wethouder' });
    old.close();

    const upgraded = openDatabase({
      indexedDB,
      IDBKeyRange,
      version: 2,
      migrations: {
        1: (data) => {
          const [body, office] = String(data.profile).split('/');
          return { ...data, profile: { body, office } };
        },
      },
    });
    expect(await new PersonalDataStore(upgraded).load()).toEqual({
      data: { profile: { body: 'gemeente', office: 'wethouder' } },
      rejected: [],
    });
    expect(upgraded.verno).toBe(2);
  });

  it('opens a database written by version 1 of this app with its data intact', async () => {
    const old = openDatabase({ indexedDB, IDBKeyRange, version: 1 });
    await old.sections.put({ key: 'profile', value: profile });
    old.close();
    const current = openDatabase({ indexedDB, IDBKeyRange });
    expect(await new PersonalDataStore(current).load()).toEqual({
      data: { profile },
      rejected: [],
    });
    expect(current.verno).toBe(personalDataVersion);
  });
});
