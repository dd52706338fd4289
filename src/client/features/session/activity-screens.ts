/**
 * How a participant's phone splits the statements of an activity into screens: the
 * self-test by its themes (five statements each), the culture scan in screens of seven, so
 * each screen fits a phone and is sent when the participant moves on.
 */

export interface Screen<T> {
  /** The theme's id, or the screen's number for the culture scan. */
  id: string;
  items: T[];
}

/** Groups items by a key, keeping the order in which keys first appear. */
export function screensByKey<T>(items: readonly T[], keyOf: (item: T) => string): Screen<T>[] {
  const screens = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    screens.set(key, [...(screens.get(key) ?? []), item]);
  }
  return [...screens].map(([id, grouped]) => ({ id, items: grouped }));
}

/** Cuts items into screens of at most `size`. */
export function screensOfSize<T>(items: readonly T[], size: number): Screen<T>[] {
  const screens: Screen<T>[] = [];
  for (let start = 0; start < items.length; start += size) {
    screens.push({ id: String(screens.length + 1), items: items.slice(start, start + size) });
  }
  return screens;
}

/** The first screen with an unanswered item (to resume there), or the last screen. */
export function firstOpenScreen<T extends { id: string }>(
  screens: readonly Screen<T>[],
  answered: (id: string) => boolean,
): number {
  const open = screens.findIndex((screen) => screen.items.some((item) => !answered(item.id)));
  return open === -1 ? Math.max(0, screens.length - 1) : open;
}
