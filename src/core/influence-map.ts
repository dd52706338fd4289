/**
 * The influence map (block "Wie/wat beïnvloedt jou?"): the people and organisations around
 * an office holder, with category, closeness (three rings), influence, the kinds of tie and
 * flags. Labels can be pseudonyms; everything stays on the device.
 */
import { z } from 'zod/mini';
import { entryId, optionalTextField, textField } from './form-fields.ts';

export const influenceCategories = [
  'partner-en-familie',
  'vrienden',
  'partij-en-fractie',
  'college-en-collega-bestuurders',
  'ambtenaren',
  'inwoners-en-achterban',
  'ondernemers',
  'belangengroepen-en-lobby',
  'media',
  'online-en-sociale-media',
  'anders',
] as const;
export type InfluenceCategory = (typeof influenceCategories)[number];

/** Closeness: 1 is the inner ring (closest), 3 the outer. */
export const rings = ['1', '2', '3'] as const;
export type Ring = (typeof rings)[number];

export const influenceLevels = ['low', 'medium', 'high'] as const;
export type InfluenceLevel = (typeof influenceLevels)[number];

export const tieKinds = ['support', 'advice', 'pressure', 'dependency', 'interest'] as const;
export type TieKind = (typeof tieKinds)[number];

export const tieFlags = ['financial', 'gift', 'pending-decision', 'intermediary'] as const;
export type TieFlag = (typeof tieFlags)[number];

/** The most entries a map holds; far more than a person can weigh. */
export const maxInfluenceEntries = 200;

export const influenceEntrySchema = z.strictObject({
  id: entryId,
  label: textField(80),
  category: z.enum(influenceCategories, 'required'),
  ring: z.enum(rings, 'required'),
  influence: z.enum(influenceLevels, 'required'),
  ties: z
    .array(z.enum(tieKinds))
    .check(z.minLength(1, 'required'), z.maxLength(tieKinds.length, 'too-many')),
  flags: z.array(z.enum(tieFlags)).check(z.maxLength(tieFlags.length, 'too-many')),
  note: optionalTextField(500, { multiline: true }),
});
export type InfluenceEntry = z.infer<typeof influenceEntrySchema>;

export const influenceMapSchema = z.strictObject({
  entries: z.array(influenceEntrySchema).check(z.maxLength(maxInfluenceEntries, 'too-many')),
});
export type InfluenceMap = z.infer<typeof influenceMapSchema>;

export const emptyInfluenceMap: InfluenceMap = { entries: [] };

/** Moves an entry one place up (-1) or down (+1); at either end nothing changes. */
export function moveEntry<T extends { id: string }>(
  entries: readonly T[],
  id: string,
  step: -1 | 1,
): T[] {
  const from = entries.findIndex((entry) => entry.id === id);
  const to = from + step;
  if (from === -1 || to < 0 || to >= entries.length) return [...entries];
  const moved = [...entries];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}
