/**
 * Weerbaar's behaviour model: three nodes (preventie, monitoring, weerbaar reageren) and six
 * factors. The ids are fixed here because scoring and recommendations refer to them; their
 * names, descriptions and sources are content.
 */

/** The three nodes of integrity work, in their natural order. */
export const nodeIds = ['preventie', 'monitoring', 'weerbaar-reageren'] as const;
export type NodeId = (typeof nodeIds)[number];

/** Weerbaar's own six factors; each belongs to one node (declared in the content). */
export const factorIds = [
  'kompas',
  'grenzen',
  'draagkracht',
  'netwerk',
  'openheid',
  'standvastigheid',
] as const;
export type FactorId = (typeof factorIds)[number];
