/**
 * Offices and bodies of Dutch decentral government, and the office profile a user keeps.
 * Every block reads the profile to adapt its wording, items, legal references and contacts.
 */
// zod/mini keeps the browser bundle small; the API is functional but the checks are the same.
import { z } from 'zod/mini';

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

/** A named area: a gemeente (GM code), provincie (PV code) or waterschap (ws code). */
export const areaSchema = z.strictObject({
  code: z.string().check(z.regex(/^(GM\d{4}|PV\d{2}|ws\d{4})$/, 'unknown area code')),
  name: z.string().check(z.minLength(1), z.maxLength(120)),
});
export type Area = z.infer<typeof areaSchema>;

const areaPrefix: Record<Body, string> = { gemeente: 'GM', provincie: 'PV', waterschap: 'ws' };

/** True when an area code belongs to the given kind of body (GM for gemeente, and so on). */
export function isAreaOfBody(area: Area, body: Body): boolean {
  return area.code.startsWith(areaPrefix[body]);
}

/** The user's office profile: office, body and optionally the named area. */
export const officeProfileSchema = z
  .strictObject({
    office: z.enum(offices),
    body: z.enum(bodies),
    area: z.optional(areaSchema),
  })
  .check(
    z.refine((profile) => isOfficeInBody(profile.office, profile.body), {
      message: 'this office does not exist in this body',
      path: ['body'],
    }),
    z.refine((profile) => !profile.area || isAreaOfBody(profile.area, profile.body), {
      message: 'the area does not belong to this body',
      path: ['area'],
    }),
  );
export type OfficeProfile = z.infer<typeof officeProfileSchema>;
