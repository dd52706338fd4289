/** The schema of a stored answer on the 5-point scale (or n.v.t.), for every scan that keeps one. */
import { z } from 'zod/mini';

export const answerValueSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal('na'),
]);

/** Answers by statement id. */
export const answersSchema = z.record(z.string().check(z.maxLength(80)), answerValueSchema);
