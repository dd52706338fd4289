/**
 * The draft public statement of side positions, made from the register on this device:
 * shown, copied to the clipboard or saved as a text file to send to the griffie.
 */
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { dayOf } from '../../../core/form-fields.ts';
import { draftSideJobStatement } from '../../../core/side-job-statement.ts';
import { AppLink } from '../../components/app-link.tsx';
import { downloadFile } from '../../components/download-file.ts';
import { describeOffice } from '../../components/office-description.ts';
import { useDayFormat } from '../../i18n/formats.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContent, useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';

import { useRegister } from './use-carry.ts';

export default function StatementPage() {
  const t = useT();
  const content = useContent();
  const portfolio = useContentFile('portfolio');
  const profile = useOfficeProfile();
  const { status, value: register } = useRegister();
  const day = useDayFormat();
  const [notice, setNotice] = useState('');

  const heading = <PageHeading>{t('carry.statement.title')}</PageHeading>;
  if (!register) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }

  const today = dayOf(new Date());
  const text = draftSideJobStatement(
    register.sideJobs,
    {
      title: t('carry.statement.documentTitle'),
      subtitle: profile
        ? t('common.draftSubtitle', {
            office: describeOffice(profile, content),
            date: day(today),
          })
        : t('common.draftSubtitleNoOffice', { date: day(today) }),
      paid: t('carry.paid'),
      unpaid: t('carry.unpaid'),
      since: (date) => t('carry.since', { date }),
      none: t('carry.statement.none'),
    },
    day,
  );

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setNotice(t('carry.statement.copied'));
    } catch {
      setNotice(t('carry.statement.copyFailed'));
    }
  }

  return (
    <>
      {heading}
      <Paragraph lead>{portfolio.statement.lead}</Paragraph>
      {portfolio.statement.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
      {register.sideJobs.length === 0 && (
        <Paragraph>
          {t('carry.statement.empty')}{' '}
          <AppLink page="wat-draag-je-mee/register">{t('carry.tool.register.title')}</AppLink>
        </Paragraph>
      )}
      <Heading2 id="draft-heading">{t('carry.statement.draftHeading')}</Heading2>
      <pre className="app-statement-text" aria-labelledby="draft-heading" tabIndex={0}>
        {text}
      </pre>
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={() => void copy()}>
          {t('carry.statement.copy')}
        </Button>
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            downloadFile(
              text,
              t('carry.statement.fileName', { date: today }),
              'text/plain;charset=utf-8',
            );
            setNotice(t('carry.statement.downloaded'));
          }}
        >
          {t('carry.statement.download')}
        </Button>
      </ButtonGroup>
      <p role="status" className="app-status">
        {notice}
      </p>
    </>
  );
}
