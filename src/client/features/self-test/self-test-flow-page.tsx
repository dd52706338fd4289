/**
 * The self-test itself: one theme per screen, each statement a group of radio buttons on
 * the 5-point scale plus "niet van toepassing". Every answer is saved at once, so closing
 * the browser loses nothing; the test resumes on the screen where it was left.
 */
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { pathFor } from '../../../core/locale-paths.ts';
import { itemsForOffice, type AnswerValue } from '../../../core/self-test.ts';
import { AppLink } from '../../components/app-link.tsx';
import { LikertStatement } from '../../components/likert-statement.tsx';
import { describeOffice } from '../../components/office-description.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContent, useContentFile, useLocale, useT } from '../../i18n/locale-context.tsx';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';
import { useSelfTest } from './use-self-test.ts';

export default function SelfTestFlowPage() {
  const t = useT();
  const locale = useLocale();
  const content = useContent();
  const selfTest = useContentFile('selftest');
  const profile = useOfficeProfile();
  const { status, record, start, answer, goToStep, discardDraft, complete } = useSelfTest();
  const [, navigate] = useLocation();
  const [confirmRestart, setConfirmRestart] = useState(false);
  const themeHeading = useRef<HTMLHeadingElement>(null);
  const draft = record?.draft;
  const items = draft ? itemsForOffice(selfTest.items, draft.office) : [];
  const themes = selfTest.themes.filter((theme) => items.some((item) => item.theme === theme.id));
  const step = draft ? Math.min(draft.step, themes.length - 1) : 0;
  const shownStep = useRef(step);

  useEffect(() => {
    // A new screen: start reading and tabbing at its heading.
    if (shownStep.current !== step) {
      shownStep.current = step;
      window.scrollTo(0, 0);
      themeHeading.current?.focus();
    }
  }, [step]);

  const heading = <PageHeading>{t('selfTest.flowTitle')}</PageHeading>;

  if (status !== 'ready' || !record) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }

  if (!draft) {
    return (
      <>
        {heading}
        <Paragraph lead>{selfTest.intro.lead}</Paragraph>
        {profile ? (
          <>
            <Paragraph>
              {t('selfTest.startFor', { office: describeOffice(profile, content) })}
            </Paragraph>
            <Button appearance="primary-action-button" onClick={() => void start(profile.office)}>
              {t('selfTest.start')}
            </Button>
          </>
        ) : (
          <>
            <Paragraph>{t('selfTest.needOffice')}</Paragraph>
            <AppLink page="ambt" variant="button">
              {t('office.choose')}
            </AppLink>
          </>
        )}
      </>
    );
  }

  const theme = themes[step]!;
  const screenItems = items.filter((item) => item.theme === theme.id);
  const responded = items.filter((item) => draft.answers[item.id] !== undefined).length;
  const isLast = step === themes.length - 1;
  const options: Array<{ value: AnswerValue; label: string }> = [
    ...selfTest.scale.map((point) => ({ value: point.value as AnswerValue, label: point.label })),
    { value: 'na', label: selfTest.notApplicable },
  ];

  async function finish() {
    const attempt = await complete();
    if (attempt) navigate(`${pathFor(locale, 'wie-ben-jij/profiel')}?poging=${attempt.id}`);
  }

  return (
    <>
      {heading}
      <Paragraph className="app-progress-text">
        {t('selfTest.progress', {
          step: step + 1,
          steps: themes.length,
          responded,
          shown: items.length,
        })}
      </Paragraph>
      <progress
        className="app-progress"
        max={items.length}
        value={responded}
        aria-label={t('selfTest.progressLabel')}
      />

      <Heading2 ref={themeHeading} tabIndex={-1} className="app-focus-target">
        {theme.title}
      </Heading2>
      <Paragraph>{theme.intro}</Paragraph>

      <form className="app-form" onSubmit={(event) => event.preventDefault()}>
        {screenItems.map((item, index) => (
          <LikertStatement
            key={item.id}
            id={`answer-${item.id}`}
            numberLabel={t('common.statementNumber', { number: index + 1 })}
            text={item.text}
            options={options}
            value={draft.answers[item.id]}
            onAnswer={(value) => void answer(item.id, value, step)}
          />
        ))}

        {isLast && responded < items.length && (
          <Alert type="info">
            <Paragraph>{t('selfTest.unanswered', { count: items.length - responded })}</Paragraph>
          </Alert>
        )}

        <ButtonGroup>
          {step > 0 && (
            <Button appearance="secondary-action-button" onClick={() => void goToStep(step - 1)}>
              {t('selfTest.previous')}
            </Button>
          )}
          {isLast ? (
            <Button appearance="primary-action-button" onClick={() => void finish()}>
              {t('selfTest.finish')}
            </Button>
          ) : (
            <Button appearance="primary-action-button" onClick={() => void goToStep(step + 1)}>
              {t('selfTest.next')}
            </Button>
          )}
        </ButtonGroup>
      </form>

      <section aria-labelledby="restart" className="app-section app-restart">
        <Heading2 id="restart" className="app-small-heading">
          {t('selfTest.restartHeading')}
        </Heading2>
        {confirmRestart ? (
          <div className="app-confirm" role="group" aria-labelledby="restart-confirm">
            <Paragraph id="restart-confirm">{t('selfTest.restartConfirm')}</Paragraph>
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                hint="danger"
                onClick={() => {
                  setConfirmRestart(false);
                  // A new draft replaces the old one; without an office there is only discarding.
                  void (profile ? start(profile.office) : discardDraft());
                }}
              >
                {t('selfTest.restartYes')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setConfirmRestart(false)}>
                {t('selfTest.restartNo')}
              </Button>
            </ButtonGroup>
          </div>
        ) : (
          <Button appearance="subtle-button" onClick={() => setConfirmRestart(true)}>
            {t('selfTest.restart')}
          </Button>
        )}
      </section>
    </>
  );
}
