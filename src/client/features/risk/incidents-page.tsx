/**
 * The private incident log: what happened, when, the evidence kept, to whom it was
 * reported and whether charges were filed. The overview downloads as a text file to hand
 * to the griffier or the police; nothing is sent from here.
 */
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { putEntry, removeEntry } from '../../../core/entry-list.ts';
import { dayOf } from '../../../core/form-fields.ts';
import {
  formatIncidentOverview,
  incidentKinds,
  incidentsByDate,
  incidentSchema,
} from '../../../core/incident-log.ts';
import { describeOffice } from '../../components/office-description.ts';
import { downloadFile } from '../../components/download-file.ts';
import { EntryEditor } from '../../components/entry-editor.tsx';
import type { FieldSpec } from '../../components/form-fields.tsx';
import { useOptions, useDayFormat } from '../../i18n/formats.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContent, useT } from '../../i18n/locale-context.tsx';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';

import { useIncidents } from './use-risk.ts';

function useIncidentFields(): FieldSpec[] {
  const t = useT();
  const kinds = useOptions(incidentKinds, 'risk.incidentKind');
  return useMemo(
    () => [
      { name: 'date', kind: 'date', label: t('risk.incidents.field.date'), past: true },
      { name: 'kind', kind: 'select', label: t('risk.incidents.field.kind'), options: kinds },
      { name: 'description', kind: 'textarea', label: t('risk.incidents.field.description') },
      {
        name: 'evidence',
        kind: 'textarea',
        label: t('risk.incidents.field.evidence'),
        description: t('risk.incidents.field.evidenceHint'),
        optional: true,
      },
      {
        name: 'reportedTo',
        kind: 'text',
        label: t('risk.incidents.field.reportedTo'),
        optional: true,
      },
      {
        name: 'aangifte',
        kind: 'yes-no',
        label: t('risk.incidents.field.aangifte'),
        options: [
          { value: 'yes', label: t('form.yes') },
          { value: 'no', label: t('form.no') },
        ],
      },
    ],
    [t, kinds],
  );
}

export default function IncidentsPage() {
  const t = useT();
  const content = useContent();
  const profile = useOfficeProfile();
  const { status, value: log, change } = useIncidents();
  const fields = useIncidentFields();
  const day = useDayFormat();
  const [notice, setNotice] = useState('');

  const heading = <PageHeading>{t('risk.incidents.title')}</PageHeading>;
  if (!log) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }

  function exportOverview() {
    const today = dayOf(new Date());
    const text = formatIncidentOverview(
      log!.entries,
      {
        title: t('risk.incidents.overviewTitle'),
        subtitle: profile
          ? t('common.draftSubtitle', {
              office: describeOffice(profile, content),
              date: day(today),
            })
          : t('common.draftSubtitleNoOffice', { date: day(today) }),
        kind: (kind) => t(`risk.incidentKind.${kind}`),
        labels: {
          description: t('risk.incidents.field.description'),
          evidence: t('risk.incidents.field.evidence'),
          reportedTo: t('risk.incidents.field.reportedTo'),
          aangifte: t('risk.incidents.field.aangifte'),
        },
        yes: t('form.yes'),
        no: t('form.no'),
        none: t('risk.incidents.none'),
        empty: t('risk.incidents.empty'),
      },
      day,
    );
    const fileName = t('risk.incidents.fileName', { date: today });
    downloadFile(text, fileName, 'text/plain;charset=utf-8');
    setNotice(t('risk.incidents.exported', { file: fileName }));
  }

  return (
    <>
      {heading}
      <Paragraph lead>{t('risk.incidents.lead')}</Paragraph>
      <Paragraph>{t('risk.incidents.privacy')}</Paragraph>

      <section aria-labelledby="incidents-heading" className="app-section">
        <Heading2 id="incidents-heading">{t('risk.incidents.listHeading')}</Heading2>
        <EntryEditor
          idPrefix="incident"
          entries={incidentsByDate(log.entries)}
          fields={fields}
          schema={incidentSchema}
          nameOf={(incident) =>
            t('risk.incidents.name', {
              date: day(incident.date),
              kind: t(`risk.incidentKind.${incident.kind}`),
            })
          }
          details={(incident) => (
            <>
              <Paragraph className="app-multiline">{incident.description}</Paragraph>
              <Paragraph small>
                {[
                  incident.reportedTo &&
                    t('risk.incidents.reportedTo', { to: incident.reportedTo }),
                  t(incident.aangifte ? 'risk.incidents.aangifteYes' : 'risk.incidents.aangifteNo'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Paragraph>
            </>
          )}
          texts={{
            add: t('risk.incidents.add'),
            addHeading: t('risk.incidents.addHeading'),
            editHeading: t('risk.incidents.editHeading'),
            empty: t('risk.incidents.empty'),
          }}
          onSave={(incident) =>
            change((current) => ({ entries: putEntry(current.entries, incident) }))
          }
          onRemove={(id) => change((current) => ({ entries: removeEntry(current.entries, id) }))}
        />
      </section>

      <section aria-labelledby="export-heading" className="app-section">
        <Heading2 id="export-heading">{t('risk.incidents.exportHeading')}</Heading2>
        <Paragraph>{t('risk.incidents.exportText')}</Paragraph>
        <Button
          appearance="primary-action-button"
          onClick={exportOverview}
          disabled={log.entries.length === 0}
        >
          {t('risk.incidents.export')}
        </Button>
        <p role="status" className="app-status">
          {notice}
        </p>
      </section>
    </>
  );
}
