/**
 * Checks for the fields of the toolkit's forms, shared by the schemas that guard stored
 * entries. A failed check carries a code (`required`, `too-long`, ...) that the interface
 * turns into a message in the user's language; the user's input is never changed or lost.
 */
import { z } from 'zod/mini';

/** Why a field was refused; each has a message in the interface texts. */
export const fieldProblems = [
  'required',
  'too-long',
  'control-characters',
  'invalid-date',
  'future-date',
  'too-early',
  'invalid-amount',
  'invalid-choice',
  'too-many',
] as const;
export type FieldProblem = (typeof fieldProblems)[number];

/**
 * Characters that have no place in a text field (line breaks excepted in long texts):
 * control characters, and direction overrides that can make text read differently.
 */
const controlCharacters =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u;
const lineBreaks = /[\n\r]/u;

/** Length as the user counts it: an emoji is one character, not two UTF-16 units. */
export function visibleLength(text: string): number {
  return [...text].length;
}

/** A text of at most `max` characters; `multiline` allows line breaks (notes). */
export function textField(max: number, options: { multiline?: boolean } = {}) {
  return z.string().check(
    z.refine((value) => value.trim().length > 0, 'required'),
    z.refine((value) => visibleLength(value) <= max, 'too-long'),
    z.refine(
      (value) => !controlCharacters.test(value) && (options.multiline || !lineBreaks.test(value)),
      'control-characters',
    ),
  );
}

/** An optional text: absent, or a text as above. */
export function optionalTextField(max: number, options: { multiline?: boolean } = {}) {
  return z.optional(textField(max, options));
}

/** The earliest date the toolkit accepts; older dates are almost surely typing errors. */
export const earliestDate = '1900-01-01';

/** True for an existing calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date (YYYY-MM-DD) from 1900 on. Whether it may lie ahead is the form's rule. */
export const dateField = z.string().check(
  z.refine(isCalendarDate, 'invalid-date'),
  z.refine((value) => value >= earliestDate, 'too-early'),
);

/** The day in YYYY-MM-DD of a moment, in the user's own time zone offset (minutes). */
export function dayOf(moment: Date): string {
  const local = new Date(moment.getTime() - moment.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The problems of a date that must not lie after `today` (YYYY-MM-DD). */
export function pastDateProblem(value: string, today: string): FieldProblem | undefined {
  if (!isCalendarDate(value)) return 'invalid-date';
  if (value < earliestDate) return 'too-early';
  if (value > today) return 'future-date';
  return undefined;
}

/** An amount in euros with at most two decimals, up to ten million. */
export const amountField = z.number('invalid-amount').check(
  z.refine(
    (value) => Number.isFinite(value) && value >= 0 && value <= 10_000_000,
    'invalid-amount',
  ),
  z.refine((value) => Math.round(value * 100) === value * 100, 'invalid-amount'),
);

/**
 * Reads an amount as typed: "45", "45,50", "€ 1.250,-" or "1250.5". Returns undefined when
 * the text is not an amount.
 */
export function parseAmount(text: string): number | undefined {
  const cleaned = text.replace(/[€\s]/g, '').replace(/,-$/, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(cleaned)) return undefined;
  const normalised =
    /,\d{1,2}$/.test(cleaned) || /\.\d{3}/.test(cleaned)
      ? cleaned.replace(/\./g, '').replace(',', '.')
      : cleaned.replace(',', '.');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

/** The id of a content entry (a condition, a measure, a scenario) used as a key in stored data. */
export const contentIdKey = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(80));

/** An id given to an entry on this device. */
export const entryId = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));

/**
 * The first problem per field of a failed parse, keyed by the field's name. Problems that
 * are not one of the known codes (a wrong type, an unknown option) read as `invalid-choice`.
 */
export function fieldProblemsOf(error: z.core.$ZodError): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (problems[field]) continue;
    problems[field] = (fieldProblems as readonly string[]).includes(issue.message)
      ? (issue.message as FieldProblem)
      : issue.code === 'too_big'
        ? 'too-many'
        : 'invalid-choice';
  }
  return problems;
}
