/**
 * Shares the user's personal data with every page. Loads it once from this device (after
 * the first page shows), keeps React state and IndexedDB in step, and offers `update`,
 * `save`, `importFile` and `eraseAll`. State changes at once; writes to IndexedDB run one
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
import { firstPageShown } from '../first-page.ts';
import type { PersonalDataStore } from './personal-data-store.ts';

export type PersonalDataState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; data: PersonalData; rejected: string[] };

type Section<K extends SectionName> = PersonalData[K] | undefined;

export interface PersonalDataApi {
  state: PersonalDataState;
  /** Changes one section based on its latest value; `undefined` removes it. */
  update<K extends SectionName>(
    section: K,
    change: (current: Section<K>) => Section<K>,
  ): Promise<void>;
  save<K extends SectionName>(section: K, value: Section<K>): Promise<void>;
  importFile(text: string, byteLength: number): Promise<ImportResult>;
  eraseAll(): Promise<void>;
}

const PersonalDataContext = createContext<PersonalDataApi | null>(null);

export function PersonalDataProvider({ children }: { children: ReactNode }) {
  const [store, setStore] = useState<PersonalDataStore | null>(null);
  const [state, setState] = useState<PersonalDataState>({ status: 'loading' });
  const latest = useRef<PersonalData>({});
  const writes = useRef<Promise<unknown>>(Promise.resolve());

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
      const loaded = await opened.load();
      if (!active) return;
      latest.current = loaded.data;
      setStore(opened);
      setState({ status: 'ready', ...loaded });
    })();
    return () => {
      active = false;
    };
  }, []);

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

  const show = useCallback((data: PersonalData) => {
    latest.current = data;
    setState({ status: 'ready', data, rejected: [] });
  }, []);

  const update = useCallback(
    <K extends SectionName>(section: K, change: (current: Section<K>) => Section<K>) => {
      const value = change(latest.current[section]);
      const data = { ...latest.current };
      if (value === undefined) delete data[section];
      else data[section] = value;
      latest.current = data;
      setState((current) => (current.status === 'ready' ? { ...current, data } : current));
      return enqueue((opened) => opened.save(section, value));
    },
    [enqueue],
  );

  const save = useCallback(
    <K extends SectionName>(section: K, value: Section<K>) => update(section, () => value),
    [update],
  );

  const importFile = useCallback(
    (text: string, byteLength: number) =>
      enqueue(async (opened) => {
        const result = await opened.importFile(text, byteLength);
        if (result.ok) show(result.data);
        return result;
      }),
    [enqueue, show],
  );

  const eraseAll = useCallback(
    () =>
      enqueue(async (opened) => {
        await opened.eraseAll();
        show({});
      }),
    [enqueue, show],
  );

  const api = useMemo(
    () => ({ state, update, save, importFile, eraseAll }),
    [state, update, save, importFile, eraseAll],
  );
  return <PersonalDataContext value={api}>{children}</PersonalDataContext>;
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
