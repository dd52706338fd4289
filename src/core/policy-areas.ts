/**
 * The policy areas an office holder's portfolio or committee work covers. The same list names
 * the sector of a side position or interest, so that the conflict check can compare the two.
 */

export const policyAreas = [
  'ruimtelijke-ordening',
  'wonen',
  'vastgoed-grondzaken',
  'vergunningen',
  'handhaving',
  'aanbestedingen',
  'subsidies',
  'zorg-sociaal-domein',
  'horeca-evenementen',
  'buitengebied-landbouw',
  'economie-bedrijventerreinen',
  'havens-logistiek',
  'water-dijken',
  'financien',
  'veiligheid',
  'onderwijs-jeugd',
  'cultuur-sport',
  'verkeer-vervoer',
  'milieu-energie',
  'natuur-recreatie',
] as const;
export type PolicyArea = (typeof policyAreas)[number];

/** A sector is a policy area, or "other" when none fits; "other" never matches anything. */
export const sectors = [...policyAreas, 'anders'] as const;
export type Sector = (typeof sectors)[number];

/**
 * Areas whose decisions often touch each other's interests: land is zoned, built on and
 * sold; permits are enforced; the countryside, nature and water share the same land.
 */
const relatedAreaGroups: ReadonlyArray<readonly PolicyArea[]> = [
  ['ruimtelijke-ordening', 'wonen', 'vastgoed-grondzaken'],
  ['vergunningen', 'handhaving', 'horeca-evenementen'],
  ['buitengebied-landbouw', 'natuur-recreatie', 'water-dijken'],
  ['economie-bedrijventerreinen', 'havens-logistiek', 'vastgoed-grondzaken'],
  ['aanbestedingen', 'financien'],
  ['subsidies', 'cultuur-sport'],
  ['zorg-sociaal-domein', 'onderwijs-jeugd'],
  ['verkeer-vervoer', 'milieu-energie'],
];

/** True when two different areas are related (see the groups above). */
export function areRelatedAreas(first: PolicyArea, second: PolicyArea): boolean {
  return (
    first !== second &&
    relatedAreaGroups.some((group) => group.includes(first) && group.includes(second))
  );
}
