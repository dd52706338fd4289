/** The stored sections of block 2, each with its empty value. */
import { emptyDutyChecklist } from '../../../core/duty-checklist.ts';
import { emptyPortfolio } from '../../../core/portfolio.ts';
import { emptyRegister } from '../../../core/register.ts';
import { emptyStartingPoint } from '../../../core/starting-point.ts';
import { useSection } from '../../storage/personal-data-context.tsx';

export const useRegister = () => useSection('register', emptyRegister);
export const usePortfolio = () => useSection('portfolio', emptyPortfolio);
export const useStartingPoint = () => useSection('startingPoint', emptyStartingPoint);
export const useDutyChecklist = () => useSection('duties', emptyDutyChecklist);
