/**
 * Shares the user's personal data with every page. Loads it once from this device and keeps
 * React state and IndexedDB in step; pages call `save`, `replaceAll` or `eraseAll`.
 */
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { ImportResult } from '../../core/export-file.ts';
import type { PersonalData, SectionName } from '../../core/personal-data.ts';
import type { PersonalDataStore } from './personal-data-store.ts';

export type PersonalDataState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; data: PersonalData; rejected: string[] };

export interface PersonalDataApi {
  state: PersonalDataState;
  save<K extends SectionName>(section: K, value: PersonalData[K] | undefined): Promise<void>;
  importFile(text: string, byteLength: number): Promise<ImportResult>;
  eraseAll(): Promise<void>;
}

const PersonalDataContext = createContext<PersonalDataApi | null>(null);

export function PersonalDataProvider({ children }: { children: ReactNode }) {
  const [store, setStore] = useState<PersonalDataStore | null>(null);
  const [state, setState] = useState<PersonalDataState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    void (async () => {
      // Storage (Dexie and the schemas) loads after the first paint: no page needs it to render.
      const { openPersonalDataStore } = await import('./personal-data-store.ts');
      const opened = await openPersonalDataStore();
      if (!active) return;
      if (!opened) {
        setState({ status: 'unavailable' });
        return;
      }
      const loaded = await opened.load();
      if (!active) return;
      setStore(opened);
      setState({ status: 'ready', ...loaded });
    })();
    return () => {
      active = false;
    };
  }, []);

  const requireStore = useCallback(() => {
    if (!store) throw new Error('Storage is not available on this device');
    return store;
  }, [store]);

  const save = useCallback(
    async <K extends SectionName>(section: K, value: PersonalData[K] | undefined) => {
      await requireStore().save(section, value);
      setState((current) =>
        current.status === 'ready'
          ? { ...current, data: { ...current.data, [section]: value } }
          : current,
      );
    },
    [requireStore],
  );

  const importFile = useCallback(
    async (text: string, byteLength: number) => {
      const result = await requireStore().importFile(text, byteLength);
      if (result.ok) setState({ status: 'ready', data: result.data, rejected: [] });
      return result;
    },
    [requireStore],
  );

  const eraseAll = useCallback(async () => {
    await requireStore().eraseAll();
    setState({ status: 'ready', data: {}, rejected: [] });
  }, [requireStore]);

  const api = useMemo(
    () => ({ state, save, importFile, eraseAll }),
    [state, save, importFile, eraseAll],
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
