/**
 * The action plan: actions from the recommendations or the user's own, with a date, a status
 * and a note; what is due now; re-check moments to add; the plan as calendar reminders (.ics)
 * and in print.
 */
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import {
  actionPlanToIcs,
  actionSchema,
  actionsInOrder,
  actionStatuses,
  dueActions,
} from '../../../core/action-plan.ts';
import { putEntry, removeEntry } from '../../../core/entry-list.ts';
import { dayOf } from '../../../core/form-fields.ts';
import { downloadFile } from '../../components/download-file.ts';
import { EntryEditor } from '../../components/entry-editor.tsx';
import type { FieldSpec } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useDayFormat, useOptions } from '../../i18n/formats.ts';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useActionPlan } from './use-act.ts';

export default function ActionPlanPage() {
  const t = useT();
  const tipsContent = useContentFile('tips');
  const { status, value: plan, change } = useActionPlan();
  const day = useDayFormat();
  const statuses = useOptions(actionStatuses, 'act.status');
  const [notice, setNotice] = useState('');

  const fields = useMemo<FieldSpec[]>(
    () => [
      { name: 'title', kind: 'text', label: t('act.plan.field.title') },
      { name: 'due', kind: 'date', label: t('act.plan.field.due'), optional: true },
      { name: 'status', kind: 'choice', label: t('act.plan.field.status'), options: statuses },
      { name: 'note', kind: 'textarea', label: t('act.plan.field.note'), optional: true },
    ],
    [t, statuses],
  );

  const heading = <PageHeading>{t('act.plan.title')}</PageHeading>;
  if (!plan) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }

  const today = dayOf(new Date());
  const due = dueActions(plan.actions, today);
  const dated = plan.actions.filter((action) => action.status !== 'done' && action.due).length;

  function exportCalendar() {
    const text = actionPlanToIcs(plan!.actions, new Date(), {
      calendarName: t('act.plan.calendarName'),
      description: (action) => action.note ?? t('act.plan.calendarDescription'),
    });
    const fileName = t('act.plan.fileName', { date: today });
    downloadFile(text, fileName, 'text/calendar;charset=utf-8');
    setNotice(t('act.plan.exported', { file: fileName, count: dated }));
  }

  function addMoment(id: string, title: string) {
    void change((current) => ({
      actions: [...current.actions, { id: crypto.randomUUID(), title, status: 'todo', source: id }],
    }));
    setNotice(t('act.plan.momentAdded', { title }));
  }

  return (
    <>
      {heading}
      <Paragraph lead>{t('act.plan.lead')}</Paragraph>

      <section aria-labelledby="due-heading" className="app-section app-callout">
        <Heading2 id="due-heading" className="app-small-heading">
          {t('act.plan.dueHeading')}
        </Heading2>
        {due.length === 0 ? (
          <Paragraph>{t('act.plan.nothingDue')}</Paragraph>
        ) : (
          <UnorderedList>
            {due.map((action) => (
              <UnorderedListItem key={action.id}>
                {action.title} ({day(action.due!)})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      <section aria-labelledby="actions-heading" className="app-section">
        <Heading2 id="actions-heading">{t('act.plan.actionsHeading')}</Heading2>
        <EntryEditor
          idPrefix="action"
          entries={actionsInOrder(plan.actions)}
          fields={fields}
          schema={actionSchema}
          nameOf={(action) => action.title}
          details={(action) => (
            <>
              <Paragraph>
                {[
                  t(`act.status.${action.status}`),
                  action.due && t('act.plan.dueOn', { date: day(action.due) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Paragraph>
              {action.note && <Paragraph className="app-multiline">{action.note}</Paragraph>}
            </>
          )}
          texts={{
            add: t('act.plan.add'),
            addHeading: t('act.plan.addHeading'),
            editHeading: t('act.plan.editHeading'),
            empty: t('act.plan.empty'),
          }}
          onSave={(action) =>
            change((current) => {
              // The form has no field for where an action came from: keep it when editing.
              const source = current.actions.find((existing) => existing.id === action.id)?.source;
              return {
                actions: putEntry(current.actions, source ? { ...action, source } : action),
              };
            })
          }
          onRemove={(id) => change((current) => ({ actions: removeEntry(current.actions, id) }))}
        />
      </section>

      <section aria-labelledby="export-heading" className="app-section">
        <Heading2 id="export-heading">{t('act.plan.exportHeading')}</Heading2>
        <Paragraph>{t('act.plan.exportText')}</Paragraph>
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            onClick={exportCalendar}
            disabled={dated === 0}
          >
            {t('act.plan.export')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => window.print()}>
            {t('act.plan.print')}
          </Button>
        </ButtonGroup>
        <p role="status" className="app-status">
          {notice}
        </p>
      </section>

      <section aria-labelledby="moments-heading" className="app-section">
        <Heading2 id="moments-heading">{t('act.plan.momentsHeading')}</Heading2>
        <Paragraph>{t('act.plan.momentsText')}</Paragraph>
        <ul className="app-entry-list">
          {tipsContent.moments.map((moment) => (
            <li key={moment.id} className="app-entry">
              <Heading3>{moment.title}</Heading3>
              <Paragraph>{moment.description}</Paragraph>
              <Button
                appearance="secondary-action-button"
                onClick={() => addMoment(moment.id, moment.title)}
              >
                {t('act.plan.addMoment')}
                <span className="app-visually-hidden">: {moment.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
