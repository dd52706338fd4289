/**
 * The facilitator's dashboard, reached by the secret link: the join code, counts, the
 * dilemma votes to open and close one at a time, the combined results, the projector screen,
 * the session report (PDF, aggregates only) and ending the session, which deletes every answer.
 */
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import type { SessionState } from '../../../core/group-session/contract.ts';
import { facilitatorFragment, type FacilitatorKey } from '../../../core/group-session/links.ts';
import { pathFor } from '../../../core/locale-paths.ts';
import { ConfirmedAction } from '../../components/confirmed-action.tsx';
import { downloadFile } from '../../components/download-file.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useLocale, useT } from '../../i18n/locale-context.tsx';
import { VoteResult } from './group-results.tsx';
import { JoinDetails } from './join-details.tsx';
import { endSession, SessionApiError, setVoteOpen, type SessionFailure } from './session-api.ts';
import { useSessionContent, type SessionContent } from './session-content.ts';
import { failureMessage } from './session-messages.ts';
import { buildSessionReport } from './session-report.ts';
import { SessionCounts, SessionResults } from './session-results.tsx';
import { SessionGone } from './session-gone.tsx';
import { useFacilitatorKey } from './use-facilitator-key.ts';
import { useLiveState } from './use-live-state.ts';

export default function DashboardPage() {
  const t = useT();
  const key = useFacilitatorKey();
  const heading = <PageHeading>{t('session.dashboard.title')}</PageHeading>;
  if (key === undefined) return heading;
  if (key === 'missing') {
    return (
      <>
        {heading}
        <SessionGone failure="unauthorized" situation="facilitator" />
      </>
    );
  }
  return <Dashboard key={key.sessionId} facilitatorKey={key} heading={heading} />;
}

function Dashboard({
  facilitatorKey,
  heading,
}: {
  facilitatorKey: FacilitatorKey;
  heading: React.ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const content = useSessionContent();
  const { sessionId, token } = facilitatorKey;
  const [ended, setEnded] = useState(false);
  const live = useLiveState(ended ? undefined : sessionId, token);
  const [actionFailure, setActionFailure] = useState<SessionFailure>();
  const [report, setReport] = useState<'making' | 'made' | 'failed'>();
  const endedRef = useRef<HTMLDivElement>(null);

  if (ended || live.failure) {
    return (
      <>
        {heading}
        <div ref={endedRef} tabIndex={-1} className="app-status">
          <SessionGone
            failure={ended ? 'not-found' : live.failure!}
            situation="facilitator"
            justEnded={ended}
          />
        </div>
      </>
    );
  }
  const state = live.state;
  if (!state) {
    return (
      <>
        {heading}
        <Paragraph aria-busy="true">{t('session.connecting')}</Paragraph>
      </>
    );
  }

  async function act(action: () => Promise<void>) {
    setActionFailure(undefined);
    try {
      await action();
    } catch (error) {
      setActionFailure(error instanceof SessionApiError ? error.failure : 'network');
    }
  }

  const screenHref = `${pathFor(locale, 'sessie/scherm')}#${facilitatorFragment(facilitatorKey)}`;

  async function downloadReport(current: SessionState) {
    setReport('making');
    try {
      const { makePdf } = await import('../../pdf/make-pdf.ts');
      const now = new Date();
      const blob = await makePdf(buildSessionReport(current, content, t, locale, now));
      downloadFile(
        blob,
        `${t('session.report.fileName')}-${now.toISOString().slice(0, 10)}.pdf`,
        'application/pdf',
      );
      setReport('made');
    } catch (error) {
      console.warn('The session report could not be made', error);
      setReport('failed');
    }
  }

  return (
    <>
      {heading}
      <Paragraph lead>{state.session.title}</Paragraph>
      <Paragraph>
        {t('session.dashboard.expires', {
          date: new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
            dateStyle: 'long',
          }).format(new Date(state.session.expiresAt)),
          k: state.session.k,
        })}
      </Paragraph>
      <ConnectionNotice connection={live.connection} />

      <section aria-labelledby="dashboard-counts" className="app-section">
        <Heading2 id="dashboard-counts">{t('session.dashboard.countsHeading')}</Heading2>
        <SessionCounts state={state} />
        <Paragraph>
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            href={screenHref}
            target="_blank"
            rel="noopener"
          >
            {t('session.dashboard.openScreen')}
            <span className="app-visually-hidden"> {t('session.newWindow')}</span>
          </a>
        </Paragraph>
      </section>

      {state.session.joinCode && (
        <JoinDetails code={state.session.joinCode} locale={state.session.locale} />
      )}

      <div className="app-status" aria-live="polite">
        {actionFailure && (
          <Alert type="error">
            <Paragraph>{t(failureMessage(actionFailure, 'facilitator'))}</Paragraph>
          </Alert>
        )}
      </div>

      {state.session.activities.includes('dilemmas') && (
        <DilemmaControls
          state={state}
          content={content}
          onToggle={(dilemmaId, open) =>
            act(async () => live.accept(await setVoteOpen(sessionId, token, dilemmaId, open)))
          }
        />
      )}

      <SessionResults state={state} content={content} idPrefix="dashboard" />

      <section aria-labelledby="dashboard-report" className="app-section">
        <Heading2 id="dashboard-report">{t('session.report.heading')}</Heading2>
        <Paragraph>{t('session.report.text')}</Paragraph>
        <Button
          appearance="secondary-action-button"
          busy={report === 'making'}
          onClick={() => void downloadReport(state)}
        >
          {t('session.report.download')}
        </Button>
        <div className="app-status" aria-live="polite">
          {report === 'made' && <Paragraph>{t('session.report.made')}</Paragraph>}
          {report === 'failed' && (
            <Alert type="error">
              <Paragraph>{t('session.report.failed')}</Paragraph>
            </Alert>
          )}
        </div>
      </section>

      <section aria-labelledby="dashboard-end" className="app-section">
        <Heading2 id="dashboard-end">{t('session.end.heading')}</Heading2>
        <Paragraph>{t('session.end.text')}</Paragraph>
        <ConfirmedAction
          label={t('session.end.button')}
          question={t('session.end.question')}
          yes={t('session.end.yes')}
          no={t('session.end.no')}
          onConfirm={() =>
            act(async () => {
              await endSession(sessionId, token);
              setEnded(true);
              requestAnimationFrame(() => endedRef.current?.focus());
            })
          }
        />
      </section>
    </>
  );
}

/** Says when live updates are interrupted (they resume by themselves). */
export function ConnectionNotice({ connection }: { connection: string }) {
  const t = useT();
  return (
    <div className="app-status" aria-live="polite">
      {connection === 'reconnecting' && (
        <Alert type="warning">
          <Paragraph>{t('session.reconnecting')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

function DilemmaControls({
  state,
  content,
  onToggle,
}: {
  state: SessionState;
  content: SessionContent;
  onToggle: (dilemmaId: string, open: boolean) => Promise<void>;
}) {
  const t = useT();
  const openId = state.currentVote?.status === 'open' ? state.currentVote.dilemmaId : undefined;
  return (
    <section aria-labelledby="dashboard-dilemmas" className="app-section">
      <Heading2 id="dashboard-dilemmas">{t('session.dashboard.dilemmasHeading')}</Heading2>
      <Paragraph>{t('session.dashboard.dilemmasText')}</Paragraph>
      <ol className="app-session-dilemmas">
        {state.session.dilemmaIds.map((dilemmaId) => {
          const title = content.dilemmas.get(dilemmaId)?.title ?? dilemmaId;
          const vote =
            state.currentVote?.dilemmaId === dilemmaId
              ? state.currentVote
              : state.votes.find((candidate) => candidate.dilemmaId === dilemmaId);
          return (
            <li key={dilemmaId} className="app-entry">
              <Heading3 className="app-small-heading">{title}</Heading3>
              {vote && <VoteResult vote={vote} content={content} showTitle={false} />}
              <ButtonGroup>
                {openId === dilemmaId ? (
                  <Button
                    appearance="primary-action-button"
                    onClick={() => void onToggle(dilemmaId, false)}
                  >
                    {t('session.dashboard.closeVote')}
                    <span className="app-visually-hidden">: {title}</span>
                  </Button>
                ) : (
                  <Button
                    appearance="secondary-action-button"
                    disabled={openId !== undefined}
                    onClick={() => void onToggle(dilemmaId, true)}
                  >
                    {vote ? t('session.dashboard.reopenVote') : t('session.dashboard.openVote')}
                    <span className="app-visually-hidden">: {title}</span>
                  </Button>
                )}
              </ButtonGroup>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
