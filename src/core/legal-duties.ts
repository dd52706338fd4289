/**
 * The legal duties of each office: which rules of the Gemeentewet, Provinciewet or
 * Waterschapswet (and the local gedragscode) an office holder has to act on. Which duty
 * applies to which office is decided here; the wording and the articles are content.
 */
import { offices, type Office } from './office.ts';

export const dutyIds = [
  'eed-of-belofte',
  'onverenigbare-functies',
  'nevenfuncties-openbaar',
  'inkomsten-melden',
  'verboden-handelingen',
  'gedragscode',
  'niet-stemmen-bij-eigen-belang',
  'geschenken-melden',
  'vog',
  'integriteit-bewaken',
  'integriteitstoetsing',
] as const;
export type DutyId = (typeof dutyIds)[number];

const executives: readonly Office[] = [
  'wethouder',
  'burgemeester',
  'gedeputeerde',
  'commissaris',
  'db-lid',
  'dijkgraaf',
];
const holders = offices.filter((office) => office !== 'kandidaat');

/**
 * Who each duty applies to. The VOG is required for wethouders, gedeputeerden and members of
 * a waterschap's executive board since 2023; burgemeesters, commissarissen and dijkgraven are
 * appointed by the Crown and guard the integrity of their body.
 */
const dutyOffices: Record<DutyId, readonly Office[]> = {
  'eed-of-belofte': holders,
  'onverenigbare-functies': offices,
  'nevenfuncties-openbaar': offices,
  'inkomsten-melden': executives,
  'verboden-handelingen': holders,
  gedragscode: offices,
  'niet-stemmen-bij-eigen-belang': holders,
  'geschenken-melden': holders,
  vog: ['wethouder', 'gedeputeerde', 'db-lid'],
  'integriteit-bewaken': ['burgemeester', 'commissaris', 'dijkgraaf'],
  integriteitstoetsing: ['kandidaat'],
};

/** The duties of an office, in the order of the checklist. */
export function dutiesFor(office: Office): DutyId[] {
  return dutyIds.filter((duty) => dutyOffices[duty].includes(office));
}

/** The offices a duty applies to, for checking that the content covers each of them. */
export function officesWithDuty(duty: DutyId): readonly Office[] {
  return dutyOffices[duty];
}
