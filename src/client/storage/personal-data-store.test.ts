import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createExportFile } from '../../core/export-file.ts';
import { personalDataVersion } from '../../core/personal-data-version.ts';
import type { PersonalData } from '../../core/personal-data.ts';
import { openDatabase } from './database.ts';
import { openPersonalDataStore, PersonalDataStore } from './personal-data-store.ts';

const profile = {
  office: 'gedeputeerde',
  body: 'provincie',
  area: { code: 'PV26', name: 'Utrecht' },
} as const;
const now = new Date('2026-12-03T10:00:00Z');

let indexedDB: IDBFactory;
const open = () => new PersonalDataStore(openDatabase({ indexedDB, IDBKeyRange }));
/** The store as a fresh page load finds it: the vault (if on) locked. */
const reopen = async () => (await openPersonalDataStore(openDatabase({ indexedDB, IDBKeyRange })))!;

/** What a store holds, failing the test when it is locked. */
async function dataOf(store: PersonalDataStore): Promise<PersonalData> {
  const loaded = await store.load();
  if (loaded === 'locked') throw new Error('the store is locked');
  return loaded.data;
}

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
    expect(await dataOf(store)).toEqual({});
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
    expect(await dataOf(open())).toEqual({ profile });
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
    expect(await dataOf(open())).toEqual(existing);
  });

  it('erases everything, after which the store starts empty', async () => {
    const store = open();
    await store.save('profile', profile);
    await store.eraseAll();
    expect(await indexedDB.databases()).toEqual([]);
    expect(await dataOf(open())).toEqual({});
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

  it('opens a database of the previous version (before the vault) with its data intact', async () => {
    const old = openDatabase({ indexedDB, IDBKeyRange, version: personalDataVersion - 1 });
    await old.sections.put({ key: 'profile', value: profile });
    old.close();
    const store = (await reopen())!;
    expect(store.vaultStatus).toBe('off');
    expect(await dataOf(store)).toEqual({ profile });
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

describe('vault', () => {
  const passphrase = 'paarse fiets onder de brug';
  const register = {
    sideJobs: [
      {
        id: 'a',
        organisation: 'Woningcorporatie De Linde',
        role: 'Lid raad van commissarissen',
        sector: 'wonen',
        paid: true,
        since: '2022-01-01',
      },
    ],
    financialInterests: [],
    closeTies: [],
    gifts: [],
  } as unknown as PersonalData['register'];

  async function storeWithVault() {
    const store = (await reopen())!;
    await store.save('profile', profile);
    await store.save('register', register);
    await store.enableVault(passphrase, await dataOf(store), 15);
    return store;
  }

  it('keeps no readable answer on the device once the vault is on', async () => {
    await storeWithVault();
    const rows = await openDatabase({ indexedDB, IDBKeyRange }).sections.toArray();
    expect(rows.map((row) => row.key).sort()).toEqual(['profile', 'register']);
    const stored = JSON.stringify(rows);
    for (const answer of ['Linde', 'commissarissen', 'gedeputeerde', 'Utrecht']) {
      expect(stored).not.toContain(answer);
    }
  });

  it('is locked after reopening, stays locked for a wrong passphrase, opens for the right one', async () => {
    await storeWithVault();
    const store = await reopen();
    expect(store.vaultStatus).toBe('locked');
    expect(await store.load()).toBe('locked');
    await expect(store.save('profile', profile)).rejects.toThrow('locked');
    expect(await store.unlock('verkeerde wachtwoordzin')).toBe(false);
    expect(await store.load()).toBe('locked');
    expect(await store.unlock(passphrase)).toBe(true);
    expect(await dataOf(store)).toEqual({ profile, register });
  });

  it('keeps sealing what is saved while open, and locks on request', async () => {
    const store = await storeWithVault();
    await store.save('profile', { office: 'wethouder', body: 'gemeente' });
    store.lock();
    expect(await store.load()).toBe('locked');
    const rows = await openDatabase({ indexedDB, IDBKeyRange }).sections.toArray();
    expect(JSON.stringify(rows)).not.toContain('wethouder');
    await store.unlock(passphrase);
    expect((await dataOf(store)).profile).toEqual({ office: 'wethouder', body: 'gemeente' });
  });

  it('re-encrypts everything when the passphrase changes', async () => {
    const store = await storeWithVault();
    const data = await dataOf(store);
    expect(await store.changePassphrase('niet de huidige', 'een nieuwe wachtwoordzin', data)).toBe(
      false,
    );
    expect(await (await reopen()).unlock(passphrase)).toBe(true);
    expect(await store.changePassphrase(passphrase, 'een nieuwe wachtwoordzin', data)).toBe(true);
    const later = await reopen();
    expect(await later.unlock(passphrase)).toBe(false);
    expect(await later.unlock('een nieuwe wachtwoordzin')).toBe(true);
    expect(await dataOf(later)).toEqual({ profile, register });
  });

  it('stores everything readable again when turned off', async () => {
    const store = await storeWithVault();
    expect(await store.disableVault('niet de huidige', await dataOf(store))).toBe(false);
    expect((await reopen()).vaultStatus).toBe('locked');
    expect(await store.disableVault(passphrase, await dataOf(store))).toBe(true);
    const later = await reopen();
    expect(later.vaultStatus).toBe('off');
    expect(await dataOf(later)).toEqual({ profile, register });
  });

  it('names a sealed section that was changed on the device and keeps the rest', async () => {
    await storeWithVault();
    const db = openDatabase({ indexedDB, IDBKeyRange });
    const row = (await db.sections.get('register'))!;
    const sealed = row.value as { data: string };
    await db.sections.put({ key: 'register', value: { ...sealed, data: btoa('changed') } });
    db.close();
    const store = await reopen();
    await store.unlock(passphrase);
    expect(await store.load()).toEqual({ data: { profile }, rejected: ['register'] });
  });

  it('exports a sealed file that imports elsewhere only with the passphrase', async () => {
    const store = await storeWithVault();
    const text = await store.exportText(await dataOf(store), now);
    expect(text).not.toContain('Linde');
    indexedDB = new IDBFactory();
    const elsewhere = await reopen();
    await elsewhere.save('profile', { office: 'raadslid', body: 'gemeente' });
    expect(await elsewhere.importFile(text)).toEqual({
      ok: false,
      problem: { kind: 'needs-passphrase' },
    });
    const tampered = text.replace(
      /"data": "(.)/,
      (_, first: string) => `"data": "${first === 'A' ? 'B' : 'A'}`,
    );
    expect((await elsewhere.importFile(tampered, undefined, passphrase)).ok).toBe(false);
    expect(await dataOf(elsewhere)).toEqual({ profile: { office: 'raadslid', body: 'gemeente' } });
    expect((await elsewhere.importFile(text, undefined, passphrase)).ok).toBe(true);
    expect(await dataOf(elsewhere)).toEqual({ profile, register });
  });

  it('migrates sealed sections written by the previous version once unlocked', async () => {
    await storeWithVault();
    const db = openDatabase({ indexedDB, IDBKeyRange });
    const meta = (await db.meta.get('vault'))!;
    await db.meta.put({
      key: 'vault',
      value: { ...(meta.value as object), dataVersion: personalDataVersion - 1 },
    });
    db.close();
    const store = await reopen();
    await store.unlock(passphrase);
    expect(await dataOf(store)).toEqual({ profile, register });
    const after = await openDatabase({ indexedDB, IDBKeyRange }).meta.get('vault');
    expect(after?.value).toMatchObject({ dataVersion: personalDataVersion });
  });
});
