/**
 * The tools of block "Wie/wat beïnvloedt jou?" on its block page, each with how far the
 * user is.
 */
import { scoreCultureScan } from '../../../core/culture-scan.ts';
import { findInfluenceSignals } from '../../../core/influence-signals.ts';
import { ToolList } from '../../components/tool-list.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';
import {
  useCultureScan,
  useInfluenceMap,
  usePerspectives,
  useUnwrittenRules,
} from './use-influence.ts';

const tools = [
  { key: 'map', page: 'wie-wat-beinvloedt-jou/kaart' },
  { key: 'picture', page: 'wie-wat-beinvloedt-jou/beeld' },
  { key: 'rules', page: 'wie-wat-beinvloedt-jou/regels' },
  { key: 'perspectives', page: 'wie-wat-beinvloedt-jou/perspectieven' },
  { key: 'culture', page: 'wie-wat-beinvloedt-jou/cultuurscan' },
] as const;

export function InfluencePanel() {
  const t = useT();
  const culture = useContentFile('culture');
  const { status, value: map } = useInfluenceMap();
  const { value: rules } = useUnwrittenRules();
  const { value: perspectives } = usePerspectives();
  const { value: scan } = useCultureScan();

  const progress: Record<(typeof tools)[number]['key'], string | undefined> = {
    map: map && t('influence.tool.map.status', { count: map.entries.length }),
    picture:
      map && map.entries.length > 0
        ? t('influence.tool.picture.status', { count: findInfluenceSignals(map.entries).length })
        : undefined,
    rules: rules && t('influence.tool.rules.status', { count: Object.keys(rules.answers).length }),
    perspectives:
      perspectives &&
      t('influence.tool.perspectives.status', { count: perspectives.exercises.length }),
    culture:
      scan &&
      t('influence.tool.culture.status', {
        responded: scoreCultureScan(culture.items, scan.answers).responded,
        shown: culture.items.length,
      }),
  };

  return (
    <ToolList
      id="influence-tools"
      heading={t('influence.panelHeading')}
      intro={t('influence.panelIntro')}
      status={status}
      tools={tools.map((tool) => ({
        page: tool.page,
        title: t(`influence.tool.${tool.key}.title` as MessageId),
        description: t(`influence.tool.${tool.key}.description` as MessageId),
        progress: progress[tool.key],
      }))}
    />
  );
}
