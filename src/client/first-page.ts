/**
 * Signals that the first page has been shown. Work that no page needs in order to appear
 * (loading the storage code) waits for it, so it does not compete with the first paint.
 */
let markShown: () => void = () => undefined;

export const firstPageShown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/** Name of the performance mark set when the first page shows (read by bench/web.ts). */
export const firstPageMark = 'weerbaar:first-page';

export function markFirstPageShown(): void {
  if (performance.getEntriesByName(firstPageMark).length === 0) performance.mark(firstPageMark);
  markShown();
}
