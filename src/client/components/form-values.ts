/**
 * Turns a form's raw values (strings, as typed) into the entry a schema checks, and an entry
 * back into raw values for editing. Problems come back per field, with the typed values kept.
 */
import type { z } from 'zod/mini';
import {
  fieldProblemsOf,
  parseAmount,
  pastDateProblem,
  type FieldProblem,
} from '../../core/form-fields.ts';
import { splitParties } from '../../core/portfolio.ts';
import type { FieldSpec } from './form-fields.tsx';

export type RawValues = Record<string, string>;

function readField(spec: FieldSpec, raw: string): unknown {
  const text = raw.trim();
  if (spec.kind === 'lines') return splitParties(raw);
  if (spec.kind === 'multi') return raw.split('\n').filter(Boolean);
  if (text === '') return spec.optional ? undefined : spec.kind === 'amount' ? Number.NaN : '';
  if (spec.kind === 'yes-no') return text === 'yes';
  if (spec.kind === 'amount') return parseAmount(text) ?? Number.NaN;
  return text;
}

/** The values of an entry as a form shows them. */
export function toRawValues(
  specs: readonly FieldSpec[],
  entry: Record<string, unknown>,
): RawValues {
  const raw: RawValues = {};
  for (const spec of specs) {
    const value = entry[spec.name];
    if (value === undefined) raw[spec.name] = '';
    else if (spec.kind === 'yes-no') raw[spec.name] = value ? 'yes' : 'no';
    else if (spec.kind === 'lines' || spec.kind === 'multi') {
      raw[spec.name] = (value as string[]).join('\n');
    } else if (spec.kind === 'amount') raw[spec.name] = String(value).replace('.', ',');
    else raw[spec.name] = String(value);
  }
  return raw;
}

/**
 * Reads and checks a form. `today` (YYYY-MM-DD) bounds the dates that may not lie ahead.
 * Empty yes/no questions count as unanswered, not as "no".
 */
export function readForm<S extends z.ZodMiniType>(
  specs: readonly FieldSpec[],
  raw: RawValues,
  schema: S,
  id: string,
  today: string,
): { ok: true; entry: z.infer<S> } | { ok: false; problems: Record<string, FieldProblem> } {
  const candidate: Record<string, unknown> = { id };
  for (const spec of specs) {
    const value = readField(spec, raw[spec.name] ?? '');
    if (value !== undefined) candidate[spec.name] = value;
  }
  const parsed = schema.safeParse(candidate);
  const problems: Record<string, FieldProblem> = parsed.success
    ? {}
    : fieldProblemsOf(parsed.error);
  for (const spec of specs) {
    const text = (raw[spec.name] ?? '').trim();
    if (spec.kind === 'date' && spec.past && text !== '' && !problems[spec.name]) {
      const problem = pastDateProblem(text, today);
      if (problem) problems[spec.name] = problem;
    }
  }
  if (parsed.success && Object.keys(problems).length === 0) return { ok: true, entry: parsed.data };
  return { ok: false, problems };
}
