/**
 * The tools of block "Wat draag je mee?" on its block page: starting point, register,
 * conflict check, legal duties and the draft statement, each with how far the user is.
 */
import { countBySeverity, findConflicts } from '../../../core/conflict-check.ts';
import { dutiesFor } from '../../../core/legal-duties.ts';
import { ToolList } from '../../components/tool-list.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';
import { useDutyChecklist, usePortfolio, useRegister, useStartingPoint } from './use-carry.ts';

const tools = [
  { key: 'startingPoint', page: 'wat-draag-je-mee/startpunt' },
  { key: 'register', page: 'wat-draag-je-mee/register' },
  { key: 'check', page: 'wat-draag-je-mee/belangencheck' },
  { key: 'duties', page: 'wat-draag-je-mee/plichten' },
  { key: 'statement', page: 'wat-draag-je-mee/verklaring' },
] as const;

export function CarryPanel() {
  const t = useT();
  const profile = useOfficeProfile();
  const { status, value: startingPoint } = useStartingPoint();
  const { value: register } = useRegister();
  const { value: portfolio } = usePortfolio();
  const { value: checklist } = useDutyChecklist();

  const progress: Record<(typeof tools)[number]['key'], string | undefined> = {
    startingPoint:
      startingPoint &&
      t('carry.tool.startingPoint.status', { count: Object.keys(startingPoint.marked).length }),
    register:
      register &&
      t('carry.tool.register.status', {
        count:
          register.sideJobs.length +
          register.financialInterests.length +
          register.closeTies.length +
          register.gifts.length,
      }),
    check:
      register && portfolio
        ? t('carry.tool.check.status', {
            ...countBySeverity(findConflicts(register, portfolio)),
          })
        : undefined,
    duties:
      checklist && profile
        ? t('carry.tool.duties.status', {
            done: dutiesFor(profile.office).filter((duty) => checklist.done.includes(duty)).length,
            total: dutiesFor(profile.office).length,
          })
        : undefined,
    statement: register && t('carry.tool.statement.status', { count: register.sideJobs.length }),
  };

  return (
    <ToolList
      id="carry-tools"
      heading={t('carry.panelHeading')}
      intro={t('carry.panelIntro')}
      status={status}
      tools={tools.map((tool) => ({
        page: tool.page,
        title: t(`carry.tool.${tool.key}.title` as MessageId),
        description: t(`carry.tool.${tool.key}.description` as MessageId),
        progress: progress[tool.key],
      }))}
    />
  );
}
