/**
 * The tools of block "Wat kom je tegen?" on its block page, each with how far the user is.
 */
import { rankRiskDomains } from '../../../core/risk-scan.ts';
import { scoreExposure } from '../../../core/safety.ts';
import { ToolList } from '../../components/tool-list.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';
import { useIncidents, useMediaNotes, useRiskScan, useSafety } from './use-risk.ts';

const tools = [
  { key: 'scan', page: 'wat-kom-je-tegen/scan' },
  { key: 'picture', page: 'wat-kom-je-tegen/risicobeeld' },
  { key: 'threats', page: 'wat-kom-je-tegen/dreiging' },
  { key: 'plan', page: 'wat-kom-je-tegen/veiligheidsplan' },
  { key: 'incidents', page: 'wat-kom-je-tegen/incidenten' },
  { key: 'media', page: 'wat-kom-je-tegen/media' },
] as const;

export function RiskPanel() {
  const t = useT();
  const profile = useOfficeProfile();
  const { status, value: scan } = useRiskScan();
  const { value: safety } = useSafety();
  const { value: incidents } = useIncidents();
  const { value: media } = useMediaNotes();

  const picture = scan && profile ? rankRiskDomains(scan, profile.office, profile.body) : undefined;
  const exposure = safety ? scoreExposure(safety.exposure, profile?.office) : undefined;
  const progress: Record<(typeof tools)[number]['key'], string | undefined> = {
    scan:
      scan &&
      t('risk.tool.scan.status', {
        features: scan.features.length,
        processes: scan.processes.length,
      }),
    picture:
      picture &&
      t('risk.tool.picture.status', {
        high: picture.filter((ranked) => ranked.level === 'high').length,
        total: picture.length,
      }),
    threats:
      exposure && exposure.answered > 0
        ? t('risk.tool.threats.status', { level: t(`risk.exposure.${exposure.level}`) })
        : undefined,
    plan:
      safety &&
      t('risk.tool.plan.status', {
        count: Object.values(safety.measures).filter((measure) => measure.done).length,
      }),
    incidents: incidents && t('risk.tool.incidents.status', { count: incidents.entries.length }),
    media: media && t('risk.tool.media.status', { count: Object.keys(media.notes).length }),
  };

  return (
    <ToolList
      id="risk-tools"
      heading={t('risk.panelHeading')}
      intro={t('risk.panelIntro')}
      status={status}
      tools={tools.map((tool) => ({
        page: tool.page,
        title: t(`risk.tool.${tool.key}.title` as MessageId),
        description: t(`risk.tool.${tool.key}.description` as MessageId),
        progress: progress[tool.key],
      }))}
    />
  );
}
