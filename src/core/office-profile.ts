/**
 * The office profile a user keeps: office, body and optionally the named area, with the
 * schema that guards it wherever it is stored or imported.
 */
// zod/mini keeps the browser bundle small; the API is functional but the checks are the same.
import { z } from 'zod/mini';
import { bodies, isOfficeInBody, offices, type Body } from './office.ts';

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
