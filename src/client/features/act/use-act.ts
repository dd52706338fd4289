/** The stored sections of block 5, each with its empty value. */
import { emptyActionPlan } from '../../../core/action-plan.ts';
import { emptyDilemmaAnswers } from '../../../core/dilemma-answers.ts';
import { useSection } from '../../storage/personal-data-context.tsx';

export const useActionPlan = () => useSection('actionPlan', emptyActionPlan);
export const useDilemmaAnswers = () => useSection('dilemmas', emptyDilemmaAnswers);
