/**
 * What a group session can be answered with: the statements of the self-test and the culture
 * scan, and the option ids of each dilemma. Built from content by the server, so ids in
 * requests are checked against the same items the screens show.
 */
import type { CultureDimension } from '../culture-scan.ts';
import type { Keying } from '../likert.ts';
import type { FactorId } from '../model.ts';

export interface LikertItem<D extends string> {
  id: string;
  dimension: D;
  keying: Keying;
}

export interface SessionCatalog {
  /** The self-test statements every office sees (those without `roles`), in content order. */
  selfTestItems: readonly LikertItem<FactorId>[];
  cultureItems: readonly LikertItem<CultureDimension>[];
  /** Option ids per dilemma id. */
  dilemmaOptions: ReadonlyMap<string, readonly string[]>;
}

export interface CatalogSource {
  selfTest: readonly { id: string; factor: FactorId; keying: Keying; roles?: readonly string[] }[];
  culture: readonly { id: string; dimension: CultureDimension; keying: Keying }[];
  dilemmas: readonly { id: string; options: readonly { id: string }[] }[];
}

/**
 * Builds the catalog. A group has members in different offices, so the session uses only the
 * statements that every role sees: then every participant answers the same set.
 */
export function buildSessionCatalog(source: CatalogSource): SessionCatalog {
  return {
    selfTestItems: source.selfTest
      .filter((item) => !item.roles)
      .map((item) => ({ id: item.id, dimension: item.factor, keying: item.keying })),
    cultureItems: source.culture.map((item) => ({
      id: item.id,
      dimension: item.dimension,
      keying: item.keying,
    })),
    dilemmaOptions: new Map(
      source.dilemmas.map((dilemma) => [dilemma.id, dilemma.options.map((option) => option.id)]),
    ),
  };
}

/** The ids among `ids` that are not statements of the list; empty when all are known. */
export function unknownItemIds(items: readonly { id: string }[], ids: readonly string[]): string[] {
  const known = new Set(items.map((item) => item.id));
  return ids.filter((id) => !known.has(id));
}
