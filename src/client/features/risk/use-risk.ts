/** The stored sections of block 4, each with its empty value. */
import { emptyIncidentLog } from '../../../core/incident-log.ts';
import { emptyMediaNotes } from '../../../core/media-notes.ts';
import { emptyRiskScan } from '../../../core/risk-scan.ts';
import { emptySafety } from '../../../core/safety.ts';
import { useSection } from '../../storage/personal-data-context.tsx';

export const useRiskScan = () => useSection('riskScan', emptyRiskScan);
export const useSafety = () => useSection('safety', emptySafety);
export const useIncidents = () => useSection('incidents', emptyIncidentLog);
export const useMediaNotes = () => useSection('media', emptyMediaNotes);
