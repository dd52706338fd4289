/**
 * Offices and bodies of Dutch decentral government and the role each office plays. Every
 * block reads the user's office (see office-profile.ts) to adapt wording, items, legal
 * references and contacts.
 */

/** The three kinds of decentral body the toolkit serves. */
export const bodies = ['gemeente', 'provincie', 'waterschap'] as const;
export type Body = (typeof bodies)[number];

/** Every office a user can hold, in the order the picker shows them. */
export const offices = [
  'raadslid',
  'commissielid',
  'wethouder',
  'burgemeester',
  'statenlid',
  'gedeputeerde',
  'commissaris',
  'ab-lid',
  'db-lid',
  'dijkgraaf',
  'kandidaat',
] as const;
export type Office = (typeof offices)[number];

/**
 * What kind of position an office is. Executives govern (portfolio, officials, permits),
 * representatives control and decide (fractie, votes, constituents), candidates campaign.
 */
export const officeRoles = ['representative', 'executive', 'candidate'] as const;
export type OfficeRole = (typeof officeRoles)[number];

interface OfficeDefinition {
  role: OfficeRole;
  /** The bodies in which this office exists. */
  bodies: readonly Body[];
}

const officeDefinitions: Record<Office, OfficeDefinition> = {
  raadslid: { role: 'representative', bodies: ['gemeente'] },
  commissielid: { role: 'representative', bodies: ['gemeente'] },
  wethouder: { role: 'executive', bodies: ['gemeente'] },
  burgemeester: { role: 'executive', bodies: ['gemeente'] },
  statenlid: { role: 'representative', bodies: ['provincie'] },
  gedeputeerde: { role: 'executive', bodies: ['provincie'] },
  commissaris: { role: 'executive', bodies: ['provincie'] },
  'ab-lid': { role: 'representative', bodies: ['waterschap'] },
  'db-lid': { role: 'executive', bodies: ['waterschap'] },
  dijkgraaf: { role: 'executive', bodies: ['waterschap'] },
  kandidaat: { role: 'candidate', bodies: ['gemeente', 'provincie', 'waterschap'] },
};

/** The role (representative, executive, candidate) of an office. */
export function roleOf(office: Office): OfficeRole {
  return officeDefinitions[office].role;
}

/** The bodies an office can belong to; a candidate can stand for any of them. */
export function bodiesFor(office: Office): readonly Body[] {
  return officeDefinitions[office].bodies;
}

/** The offices that exist within a body, in picker order. */
export function officesIn(body: Body): Office[] {
  return offices.filter((office) => officeDefinitions[office].bodies.includes(body));
}

/** True when the office exists in the body. */
export function isOfficeInBody(office: Office, body: Body): boolean {
  return officeDefinitions[office].bodies.includes(body);
}
