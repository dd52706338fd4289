/**
 * Shares the user's personal data with every page. Loads it once from this device (after
 * the first page shows), keeps React state and IndexedDB in step, and offers `update`,
 * `save`, `importFile`, `eraseAll` and the vault's operations (unlock, lock, turn on and off,
 * change passphrase; an open vault locks itself after the chosen idle time). State changes at once; writes to IndexedDB run one
 * after the other in the order they were made, so quick answers never overwrite each other.
 */
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { ImportResult } from '../../core/export-file.ts';
import type { PersonalData, SectionName } from '../../core/personal-data.ts';
import { forgetAllStoredSessions } from '../features/session/stored-sessions-key.ts';
import { firstPageShown } from '../first-page.ts';
import type { IdleMinutes } from '../../core/vault-settings.ts';
import type { PersonalDataStore, VaultStatus } from './personal-data-store.ts';

export type PersonalDataState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  /** The vault is on and waits for its passphrase; no answers are in memory. */
  | { status: 'locked' }
  | { status: 'ready'; data: PersonalData; rejected: string[] };

type Section<K extends SectionName> = PersonalData[K] | undefined;

export interface VaultInfo {
  status: VaultStatus;
  idleMinutes?: IdleMinutes;
}

export interface PersonalDataApi {
  state: PersonalDataState;
  vault: VaultInfo;
  /** Changes one section based on its latest value; `undefined` removes it. */
  update<K extends SectionName>(
    section: K,
    change: (current: Section<K>) => Section<K>,
  ): Promise<void>;
  save<K extends SectionName>(section: K, value: Section<K>): Promise<void>;
  importFile(text: string, byteLength: number, passphrase?: string): Promise<ImportResult>;
  /** The text of an export file: sealed when the vault is on. */
  exportText(now: Date): Promise<string>;
  eraseAll(): Promise<void>;
  unlock(passphrase: string): Promise<boolean>;
  lock(): void;
  enableVault(passphrase: string, idleMinutes: IdleMinutes): Promise<void>;
  /** False when `current` is not the vault's passphrase; nothing changes then. */
  changePassphrase(current: string, passphrase: string): Promise<boolean>;
  disableVault(current: string): Promise<boolean>;
  setIdleMinutes(idleMinutes: IdleMinutes): Promise<void>;
}

const PersonalDataContext = createContext<PersonalDataApi | null>(null);

export function PersonalDataProvider({ children }: { children: ReactNode }) {
  const [store, setStore] = useState<PersonalDataStore | null>(null);
  const [state, setState] = useState<PersonalDataState>({ status: 'loading' });
  const [vault, setVault] = useState<VaultInfo>({ status: 'off' });
  const latest = useRef<PersonalData>({});
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  /** Shows what the store holds now: its data, or the locked state. */
  const refresh = useCallback(async (opened: PersonalDataStore) => {
    const loaded = await opened.load();
    setVault({ status: opened.vaultStatus, idleMinutes: opened.idleMinutes });
    if (loaded === 'locked') {
      latest.current = {};
      setState({ status: 'locked' });
    } else {
      latest.current = loaded.data;
      setState({ status: 'ready', ...loaded });
    }
  }, []);

  useEffect(() => {
    let active = true;
    void (async () => {
      // Storage (Dexie and the schemas) loads after the first page shows: none needs it to render.
      await firstPageShown;
      const { openPersonalDataStore } = await import('./personal-data-store.ts');
      const opened = await openPersonalDataStore();
      if (!active) return;
      if (!opened) {
        setState({ status: 'unavailable' });
        return;
      }
      setStore(opened);
      await refresh(opened);
    })();
    return () => {
      active = false;
    };
  }, [refresh]);

  /** Runs storage work after every earlier write has finished. */
  const enqueue = useCallback(
    <T,>(work: (store: PersonalDataStore) => Promise<T>): Promise<T> => {
      if (!store) return Promise.reject(new Error('Storage is not available on this device'));
      const next = writes.current.then(() => work(store));
      writes.current = next.catch(() => undefined);
      return next;
    },
    [store],
  );

  // The operations depend only on the store, so pages that keep them in effects or callbacks
  // see the same functions from one render to the next.
  const actions = useMemo(() => {
    const update = <K extends SectionName>(
      section: K,
      change: (current: Section<K>) => Section<K>,
    ) => {
      const value = change(latest.current[section]);
      const data = { ...latest.current };
      if (value === undefined) delete data[section];
      else data[section] = value;
      latest.current = data;
      setState((current) => (current.status === 'ready' ? { ...current, data } : current));
      return enqueue((opened) => opened.save(section, value));
    };
    /** Runs a storage operation in the write queue, then shows the store's new state. */
    const andRefresh = <T,>(work: (opened: PersonalDataStore) => Promise<T>) =>
      enqueue(async (opened) => {
        const result = await work(opened);
        await refresh(opened);
        return result;
      });
    return {
      update,
      save: <K extends SectionName>(section: K, value: Section<K>) => update(section, () => value),
      importFile: (text: string, byteLength: number, passphrase?: string) =>
        andRefresh((opened) => opened.importFile(text, byteLength, passphrase)),
      exportText: (now: Date) => enqueue((opened) => opened.exportText(latest.current, now)),
      eraseAll: () =>
        andRefresh((opened) => {
          // Group sessions joined on this device are forgotten too: "everything" is everything.
          forgetAllStoredSessions();
          return opened.eraseAll();
        }),
      unlock: (passphrase: string) => andRefresh((opened) => opened.unlock(passphrase)),
      lock: () => {
        if (!store || store.vaultStatus !== 'open') return;
        store.lock();
        void refresh(store);
      },
      enableVault: (passphrase: string, idleMinutes: IdleMinutes) =>
        andRefresh((opened) => opened.enableVault(passphrase, latest.current, idleMinutes)),
      changePassphrase: (current: string, passphrase: string) =>
        andRefresh((opened) => opened.changePassphrase(current, passphrase, latest.current)),
      disableVault: (current: string) =>
        andRefresh((opened) => opened.disableVault(current, latest.current)),
      setIdleMinutes: (idleMinutes: IdleMinutes) =>
        andRefresh((opened) => opened.setIdleMinutes(idleMinutes)),
    };
  }, [store, enqueue, refresh]);

  useIdleLock(vault.status === 'open' ? vault.idleMinutes : undefined, actions.lock);

  const api = useMemo(() => ({ state, vault, ...actions }), [state, vault, actions]);
  return <PersonalDataContext value={api}>{children}</PersonalDataContext>;
}

/** Input that counts as the user being there. */
const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls `lock` after `minutes` without input; does nothing while `minutes` is undefined. */
function useIdleLock(minutes: number | undefined, lock: () => void) {
  useEffect(() => {
    if (minutes === undefined) return;
    let timer = setTimeout(lock, minutes * 60_000);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    for (const event of activityEvents) window.addEventListener(event, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const event of activityEvents) window.removeEventListener(event, restart);
    };
  }, [minutes, lock]);
}

/** The personal data API; only inside `PersonalDataProvider`. */
export function usePersonalData(): PersonalDataApi {
  const api = use(PersonalDataContext);
  if (!api) throw new Error('usePersonalData must be used inside PersonalDataProvider');
  return api;
}

/** The stored office profile, or undefined while loading or when none is chosen. */
export function useOfficeProfile() {
  const { state } = usePersonalData();
  return state.status === 'ready' ? state.data.profile : undefined;
}

/**
 * One section of the personal data with a value to show while it is empty, and a function
 * that changes it based on its latest value. `value` is undefined until the data is loaded.
 */
export function useSection<K extends SectionName>(section: K, empty: NonNullable<PersonalData[K]>) {
  const { state, update } = usePersonalData();
  const value: NonNullable<PersonalData[K]> | undefined =
    state.status === 'ready' ? (state.data[section] ?? empty) : undefined;
  const change = useCallback(
    (next: (current: NonNullable<PersonalData[K]>) => NonNullable<PersonalData[K]>) =>
      update(section, (current) => next(current ?? empty)),
    [update, section, empty],
  );
  return { status: state.status, value, change };
}
