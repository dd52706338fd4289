/**
 * Where a phone keeps the group sessions it joined (see participant-store.ts). Apart from
 * that module so that "Alles wissen" can forget them without loading any session code.
 */
export const storageKey = 'weerbaar-group-sessions';

/** Forgets every session joined on this device. */
export function forgetAllStoredSessions(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Storage that cannot be read holds nothing to forget.
  }
}
