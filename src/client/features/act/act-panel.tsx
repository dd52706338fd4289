/** The tools of block "Wat kun je doen?" on its block page, each with how far the user is. */
import { dueActions } from '../../../core/action-plan.ts';
import { dayOf } from '../../../core/form-fields.ts';
import { ToolList } from '../../components/tool-list.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';
import { useActionPlan, useDilemmaAnswers } from './use-act.ts';

const tools = [
  { key: 'recommendations', page: 'wat-kun-je-doen/aanbevelingen' },
  { key: 'plan', page: 'wat-kun-je-doen/actieplan' },
  { key: 'guides', page: 'wat-kun-je-doen/wat-te-doen-als' },
  { key: 'dilemmas', page: 'wat-kun-je-doen/dilemmas' },
  { key: 'tips', page: 'wat-kun-je-doen/tips' },
] as const;

export function ActPanel() {
  const t = useT();
  const { status, value: plan } = useActionPlan();
  const { value: dilemmas } = useDilemmaAnswers();
  const progress: Partial<Record<(typeof tools)[number]['key'], string>> = {
    ...(plan && {
      plan: t('act.tool.plan.status', {
        count: plan.actions.length,
        due: dueActions(plan.actions, dayOf(new Date())).length,
      }),
    }),
    ...(dilemmas && {
      dilemmas: t('act.tool.dilemmas.status', { count: Object.keys(dilemmas.answers).length }),
    }),
  };
  return (
    <ToolList
      id="act-tools"
      heading={t('act.panelHeading')}
      intro={t('act.panelIntro')}
      status={status}
      tools={tools.map((tool) => ({
        page: tool.page,
        title: t(`act.tool.${tool.key}.title` as MessageId),
        description: t(`act.tool.${tool.key}.description` as MessageId),
        progress: progress[tool.key],
      }))}
    />
  );
}
