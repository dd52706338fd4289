/** The stored sections of block 3, each with its empty value. */
import { emptyCultureScan } from '../../../core/culture-scan.ts';
import { emptyInfluenceMap } from '../../../core/influence-map.ts';
import { emptyPerspectives, emptyUnwrittenRules } from '../../../core/reflection.ts';
import { useSection } from '../../storage/personal-data-context.tsx';

export const useInfluenceMap = () => useSection('influence', emptyInfluenceMap);
export const useUnwrittenRules = () => useSection('unwrittenRules', emptyUnwrittenRules);
export const usePerspectives = () => useSection('perspectives', emptyPerspectives);
export const useCultureScan = () => useSection('culture', emptyCultureScan);
