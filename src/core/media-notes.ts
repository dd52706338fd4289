/**
 * Private reflections on the media practice scenarios (block "Wat kom je tegen?"), by
 * scenario id.
 */
import { z } from 'zod/mini';
import { contentIdKey, textField } from './form-fields.ts';

export const mediaNotesSchema = z.strictObject({
  notes: z.record(contentIdKey, textField(2000, { multiline: true })),
});
export type MediaNotes = z.infer<typeof mediaNotesSchema>;
export const emptyMediaNotes: MediaNotes = { notes: {} };
