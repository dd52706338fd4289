/**
 * The personal report: the user picks the sections (one per block; a block without stored
 * data cannot be picked) and gets a PDF made on this device. pdfmake loads only when the
 * button is pressed.
 */
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  Paragraph,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { version } from '../../../../package.json';
import type { Locale } from '../../../core/locale.ts';
import type { PersonalData } from '../../../core/personal-data.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CheckboxField } from '../../components/checkbox-field.tsx';
import { downloadFile } from '../../components/download-file.ts';
import { describeOffice } from '../../components/office-description.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContent, useContentFile, useLocale, useT } from '../../i18n/locale-context.tsx';
import type { ReportDocument } from '../../pdf/report-document.ts';
import { usePersonalData } from '../../storage/personal-data-context.tsx';
import { reportSections, type ReportContext, type ReportSectionSpec } from './report-sections.ts';

type Status =
  | { kind: 'idle' }
  | { kind: 'making' }
  | { kind: 'made'; fileName: string }
  | { kind: 'failed' | 'none-chosen' };

/** All the content the sections read, loaded with the page so making the PDF never waits. */
function useReportContext(): Omit<ReportContext, 't'> & { t: ReturnType<typeof useT> } {
  return {
    t: useT(),
    locale: useLocale(),
    frame: useContent(),
    content: {
      model: useContentFile('model'),
      selftest: useContentFile('selftest'),
      conditions: useContentFile('conditions'),
      portfolio: useContentFile('portfolio'),
      influence: useContentFile('influence'),
      risks: useContentFile('risks'),
      safety: useContentFile('safety'),
    },
  };
}

export function buildReport(
  data: PersonalData,
  chosen: readonly ReportSectionSpec[],
  context: ReportContext,
  now: Date,
): ReportDocument {
  const { t, locale, frame } = context;
  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
  }).format(now);
  return {
    language: locale,
    title: t('report.docTitle'),
    subtitle: [
      ...(data.profile
        ? [t('report.docFor', { office: describeOffice(data.profile, frame) })]
        : []),
      t('report.docMade', { date, version }),
    ],
    sections: chosen.map((spec) => ({
      id: spec.id,
      title: t(spec.title),
      blocks: spec.build(data, context),
    })),
    footer: t('report.footer'),
    pageLabel: (page, pages) => t('report.page', { page, pages }),
  };
}

export default function ReportPage() {
  const context = useReportContext();
  const { t } = context;
  const locale = useLocale();
  const { state } = usePersonalData();
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const statusRef = useRef<HTMLDivElement>(null);
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const heading = <PageHeading>{t('report.title')}</PageHeading>;

  if (state.status !== 'ready') {
    return (
      <>
        {heading}
        <StorageNotice status={state.status} />
      </>
    );
  }
  const data = state.data;
  const available = reportSections.filter((spec) => spec.hasData(data));
  const chosen = available.filter((spec) => !unchecked.has(spec.id));

  function show(next: Status) {
    setStatus(next);
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  async function make(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) return show({ kind: 'none-chosen' });
    setStatus({ kind: 'making' });
    try {
      const now = new Date();
      const { makePdf } = await import('../../pdf/make-pdf.ts');
      const blob = await makePdf(buildReport(data, chosen, context, now));
      const fileName = `${t('report.fileName')}-${now.toISOString().slice(0, 10)}.pdf`;
      downloadFile(blob, fileName, 'application/pdf');
      show({ kind: 'made', fileName });
    } catch (error) {
      console.warn('The report could not be made', error);
      show({ kind: 'failed' });
    }
  }

  return (
    <>
      {heading}
      <Paragraph lead>{t('report.lead')}</Paragraph>
      <Paragraph>{t('report.privacy')}</Paragraph>
      {available.length === 0 ? (
        <>
          <Paragraph>{t('report.nothingStored')}</Paragraph>
          <AppLink page="wie-ben-jij/test" variant="button">
            {t('selfTest.start')}
          </AppLink>
        </>
      ) : (
        <form onSubmit={make} noValidate>
          <Fieldset>
            <FieldsetLegend>{t('report.choose')}</FieldsetLegend>
            {reportSections.map((spec) => {
              const has = spec.hasData(data);
              return (
                <CheckboxField
                  key={spec.id}
                  id={`section-${spec.id}`}
                  label={t(spec.title)}
                  description={has ? t(spec.summary) : `${t(spec.summary)} ${t('report.empty')}.`}
                  checked={has && !unchecked.has(spec.id)}
                  disabled={!has}
                  onChange={(checked) =>
                    setUnchecked((current) => {
                      const next = new Set(current);
                      if (checked) next.delete(spec.id);
                      else next.add(spec.id);
                      return next;
                    })
                  }
                />
              );
            })}
          </Fieldset>
          <Button type="submit" appearance="primary-action-button" busy={status.kind === 'making'}>
            {t('report.make')}
          </Button>
        </form>
      )}
      <div ref={statusRef} tabIndex={-1} className="app-status" aria-live="polite">
        {status.kind === 'making' && <Paragraph>{t('report.making')}</Paragraph>}
        {status.kind === 'made' && (
          <Alert type="ok">
            <Paragraph>{t('report.made', { fileName: status.fileName })}</Paragraph>
          </Alert>
        )}
        {status.kind === 'failed' && (
          <Alert type="error">
            <Paragraph>{t('report.failed')}</Paragraph>
          </Alert>
        )}
        {status.kind === 'none-chosen' && (
          <Alert type="error">
            <Paragraph>{t('report.noneChosen')}</Paragraph>
          </Alert>
        )}
      </div>
      <Paragraph>
        <AppLink page="rapport" locale={other} hrefLang={other} lang={other}>
          {t('report.otherLanguage')}
        </AppLink>
      </Paragraph>
      <Paragraph>{t('report.printHint')}</Paragraph>
    </>
  );
}
