/**
 * Threats and intimidation (block "Wat kom je tegen?"): the exposure check, which areas of a
 * personal safety plan to start with, and the measures the user has taken. Pure.
 */
import { z } from 'zod/mini';
import { contentIdKey, optionalTextField } from './form-fields.ts';
import { roleOf, type Office } from './office.ts';

export const exposureQuestions = [
  'zichtbaarheid',
  'adres-vindbaar',
  'omstreden-dossiers',
  'online-aanwezigheid',
  'familie-zichtbaar',
  'eerdere-incidenten',
] as const;
export type ExposureQuestion = (typeof exposureQuestions)[number];

export const exposureAnswers = ['no', 'somewhat', 'yes'] as const;
export type ExposureAnswer = (typeof exposureAnswers)[number];

/** The areas of a personal safety plan, as in the national security advice for office holders. */
export const safetyAreas = ['thuis', 'werk', 'onderweg', 'online', 'familie'] as const;
export type SafetyArea = (typeof safetyAreas)[number];

const answerPoints: Record<ExposureAnswer, number> = { no: 0, somewhat: 1, yes: 2 };

/** Which part of the safety plan each question points to when the answer is not "no". */
const questionArea: Record<ExposureQuestion, SafetyArea> = {
  zichtbaarheid: 'onderweg',
  'adres-vindbaar': 'thuis',
  'omstreden-dossiers': 'werk',
  'online-aanwezigheid': 'online',
  'familie-zichtbaar': 'familie',
  'eerdere-incidenten': 'werk',
};

export const exposureLevels = ['high', 'medium', 'low'] as const;
export type ExposureLevel = (typeof exposureLevels)[number];

/** Scores from which exposure counts as high or medium (out of 12, plus 2 for executives). */
export const exposureFloors = { high: 7, medium: 4 } as const;

/**
 * Executives meet more threats than representatives (Monitor Integriteit en Veiligheid), so
 * their office adds points on its own.
 */
const officePoints = { executive: 2, representative: 0, candidate: 0 } as const;

export interface ExposureResult {
  answered: number;
  score: number;
  level: ExposureLevel;
  /** Plan areas to start with, most pressing first (by the points that point to them). */
  priorityAreas: SafetyArea[];
}

export const safetySchema = z.strictObject({
  exposure: z.partialRecord(z.enum(exposureQuestions), z.enum(exposureAnswers)),
  /** Safety-plan measures by content id: done or not, with a private note. */
  measures: z.record(
    contentIdKey,
    z.strictObject({ done: z.boolean(), note: optionalTextField(500, { multiline: true }) }),
  ),
});
export type Safety = z.infer<typeof safetySchema>;

export const emptySafety: Safety = { exposure: {}, measures: {} };

/** The exposure level from the answers so far and the office. */
export function scoreExposure(
  exposure: Safety['exposure'],
  office: Office | undefined,
): ExposureResult {
  const areaPoints = new Map<SafetyArea, number>();
  let score = office ? officePoints[roleOf(office)] : 0;
  let answered = 0;
  for (const question of exposureQuestions) {
    const answer = exposure[question];
    if (!answer) continue;
    answered += 1;
    const points = answerPoints[answer];
    score += points;
    if (points > 0) {
      const area = questionArea[question];
      areaPoints.set(area, (areaPoints.get(area) ?? 0) + points);
    }
  }
  const priorityAreas = safetyAreas
    .filter((area) => areaPoints.has(area))
    .sort((a, b) => areaPoints.get(b)! - areaPoints.get(a)!);
  const level =
    score >= exposureFloors.high ? 'high' : score >= exposureFloors.medium ? 'medium' : 'low';
  return { answered, score, level, priorityAreas };
}
