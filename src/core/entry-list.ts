/**
 * Adding, changing and removing entries of a list by id, for every list a user keeps
 * (register entries, upcoming decisions, incidents). Pure: a new list is returned.
 */

/** Replaces the entry with the same id, or adds it at the end. */
export function putEntry<T extends { id: string }>(entries: readonly T[], entry: T): T[] {
  const index = entries.findIndex((existing) => existing.id === entry.id);
  if (index === -1) return [...entries, entry];
  return entries.map((existing, at) => (at === index ? entry : existing));
}

/** The list without the entry with this id. */
export function removeEntry<T extends { id: string }>(entries: readonly T[], id: string): T[] {
  return entries.filter((entry) => entry.id !== id);
}
