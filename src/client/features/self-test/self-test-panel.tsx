/**
 * The self-test's place on the "Wie ben jij?" block page: start, continue or restart the
 * test, open the latest profile and earlier attempts, and see how the score works.
 */
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useLocation } from 'wouter';
import { pathFor } from '../../../core/locale-paths.ts';
import { AppLink } from '../../components/app-link.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useLocale, useT } from '../../i18n/locale-context.tsx';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';
import { formatDate } from './labels.ts';
import { useSelfTest } from './use-self-test.ts';

export function SelfTestPanel() {
  const t = useT();
  const locale = useLocale();
  const selfTest = useContentFile('selftest');
  const profile = useOfficeProfile();
  const { status, record, start, score } = useSelfTest();
  const [, navigate] = useLocation();
  const draft = record?.draft;
  const latest = record?.attempts[0];
  const progress = draft ? score(draft.answers, draft.office) : undefined;

  async function begin() {
    if (!profile) return;
    await start(profile.office);
    navigate(pathFor(locale, 'wie-ben-jij/test'));
  }

  return (
    <section aria-labelledby="self-test" className="app-callout">
      <Heading2 id="self-test">{t('selfTest.panelHeading')}</Heading2>
      <Paragraph>{selfTest.intro.lead}</Paragraph>
      {selfTest.intro.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
      {status === 'unavailable' && <StorageNotice status={status} />}
      {status === 'ready' && progress && (
        <>
          <Paragraph>
            <strong>
              {t('selfTest.inProgress', {
                responded: progress.responded,
                shown: progress.shown,
              })}
            </strong>
          </Paragraph>
          <AppLink page="wie-ben-jij/test" variant="button">
            {t('selfTest.continue')}
          </AppLink>
        </>
      )}
      {status === 'ready' && !draft && profile && (
        <Button appearance="primary-action-button" onClick={() => void begin()}>
          {t(latest ? 'selfTest.startAgain' : 'selfTest.start')}
        </Button>
      )}
      {status === 'ready' && !draft && !profile && (
        <>
          <Paragraph>{t('selfTest.needOffice')}</Paragraph>
          <AppLink page="ambt" variant="button">
            {t('office.choose')}
          </AppLink>
        </>
      )}
      {latest && (
        <Paragraph>
          {t('selfTest.latest', { date: formatDate(latest.completedAt, locale) })}
        </Paragraph>
      )}
      <ButtonGroup>
        {latest && <AppLink page="wie-ben-jij/profiel">{t('selfTest.viewLatest')}</AppLink>}
        {latest && <AppLink page="wie-ben-jij/geschiedenis">{t('selfTest.historyLink')}</AppLink>}
        <AppLink page="wie-ben-jij/hoe-werkt-de-score">{t('selfTest.methodLink')}</AppLink>
      </ButtonGroup>
    </section>
  );
}
