/**
 * Registers the service worker (built by build/service-worker.ts) that keeps the toolkit
 * working offline, and tells the page when a newer version is waiting. The new version takes
 * over only when the user chooses to reload, so nothing changes under someone mid-form.
 */
import { Workbox } from 'workbox-window';

type Listener = () => void;
const listeners = new Set<Listener>();
let workbox: Workbox | undefined;
let waiting = false;

export function registerServiceWorker(): void {
  if (workbox || !('serviceWorker' in navigator)) return;
  workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    waiting = true;
    for (const listener of listeners) listener();
  });
  // Without a worker the toolkit still works online; some private modes and test browsers
  // refuse the registration, which is no reason to disturb the page.
  workbox.register().catch(() => undefined);
}

/** For useSyncExternalStore: whether a newer version is ready. */
export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const isUpdateWaiting = () => waiting;

/** Lets the waiting version take over, then reloads the page with it. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
