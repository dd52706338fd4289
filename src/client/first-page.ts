/**
 * Signals that the first page has been shown. Work that no page needs in order to appear
 * (loading the storage code) waits for it, so it does not compete with the first paint.
 */
let markShown: () => void = () => undefined;
let shown = false;

export const firstPageShown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/** Name of the performance mark set when the first page shows (read by bench/web.ts). */
export const firstPageMark = 'weerbaar:first-page';

/** Marks a page as shown; true only for the first page since the app started. */
export function markFirstPageShown(): boolean {
  if (shown) return false;
  shown = true;
  performance.mark(firstPageMark);
  markShown();
  return true;
}
