/**
 * The team culture scan (block "Wie/wat beïnvloedt jou?"): statements about the user's
 * fractie or college on the seven dimensions of ethical culture (after Kaptein's Corporate
 * Ethical Virtues), scored with the shared Likert engine. Group sessions run the same scan.
 */
import { z } from 'zod/mini';
import { answersSchema } from './likert-schema.ts';
import { scoreDimensions, type Answers, type DimensionResult, type Keying } from './likert.ts';

export const cultureDimensions = [
  'helderheid',
  'voorbeeldgedrag',
  'haalbaarheid',
  'steun',
  'transparantie',
  'bespreekbaarheid',
  'aanspreekbaarheid',
] as const;
export type CultureDimension = (typeof cultureDimensions)[number];

/** With 16–24 statements over seven dimensions, two answers make a dimension's score. */
export const minimumAnswersPerDimension = 2;

export interface CultureItem {
  id: string;
  dimension: CultureDimension;
  keying: Keying;
}

export const cultureScanSchema = z.strictObject({ answers: answersSchema });
export type CultureScan = z.infer<typeof cultureScanSchema>;

export const emptyCultureScan: CultureScan = { answers: {} };

export interface CultureProfile {
  dimensions: DimensionResult<CultureDimension>[];
  shown: number;
  responded: number;
}

/** The team's profile per dimension, from the answers so far. */
export function scoreCultureScan(items: readonly CultureItem[], answers: Answers): CultureProfile {
  return {
    dimensions: scoreDimensions(
      items,
      (item) => item.dimension,
      answers,
      cultureDimensions,
      minimumAnswersPerDimension,
    ),
    shown: items.length,
    responded: items.filter((item) => answers[item.id] !== undefined).length,
  };
}
