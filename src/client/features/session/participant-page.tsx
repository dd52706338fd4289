/**
 * The participant's page on a phone: join with the code (only after reading what is shared),
 * then answer the session's activities screen by screen and vote on the dilemma the
 * facilitator opens. The token and the participant's own answers stay on this phone so that
 * returning resumes and a network failure loses nothing.
 */
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearch } from 'wouter';
import { readJoinCode } from '../../../core/group-session/links.ts';
import { AppLink } from '../../components/app-link.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import { JoinCodeForm } from './join-code-form.tsx';
import { Participation } from './participation.tsx';
import { readStoredSession, writeStoredSession, type StoredSession } from './participant-store.ts';
import { joinSession, SessionApiError, type SessionFailure } from './session-api.ts';
import { failureMessage } from './session-messages.ts';

export default function ParticipantPage() {
  const t = useT();
  const search = useSearch();
  const typed = new URLSearchParams(search).get('code') ?? '';
  const input = readJoinCode(typed);
  const heading = <PageHeading>{t('session.participant.title')}</PageHeading>;

  if (input.status !== 'valid') {
    return (
      <>
        {heading}
        <Paragraph lead>{t('session.home.joinText')}</Paragraph>
        <JoinCodeForm initial={typed} />
      </>
    );
  }
  return <JoinOrResume key={input.code} code={input.code} heading={heading} />;
}

function JoinOrResume({ code, heading }: { code: string; heading: React.ReactNode }) {
  const t = useT();
  const [stored, setStored] = useState<StoredSession | undefined>(() => readStoredSession(code));
  const [failure, setFailure] = useState<SessionFailure>();
  const [busy, setBusy] = useState(false);

  if (stored) {
    return <Participation code={code} stored={stored} onForget={() => setStored(undefined)} />;
  }

  async function join() {
    setBusy(true);
    setFailure(undefined);
    try {
      const { sessionId, participantToken } = await joinSession(code);
      const session: StoredSession = {
        sessionId,
        token: participantToken,
        answers: { votes: {} },
        unsent: [],
      };
      writeStoredSession(code, session);
      setStored(session);
    } catch (error) {
      setFailure(error instanceof SessionApiError ? error.failure : 'network');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {heading}
      <Paragraph lead>{t('session.participant.joinLead', { code })}</Paragraph>
      <section aria-labelledby="shared" className="app-section app-callout">
        <Heading2 id="shared">{t('session.privacy.heading')}</Heading2>
        <Paragraph>{t('session.privacy.text')}</Paragraph>
        <Paragraph>{t('session.privacy.nothingYet')}</Paragraph>
        <Paragraph>
          <AppLink page="privacy">{t('session.privacy.link')}</AppLink>
        </Paragraph>
      </section>
      <div className="app-status" aria-live="polite">
        {failure && (
          <Alert type="error">
            <Paragraph>{t(failureMessage(failure, 'join'))}</Paragraph>
          </Alert>
        )}
      </div>
      <Button
        appearance="primary-action-button"
        busy={busy}
        disabled={busy}
        onClick={() => void join()}
      >
        {t('session.participant.join')}
      </Button>
      {failure === 'not-found' && (
        <section aria-labelledby="other-code" className="app-section">
          <Heading2 id="other-code">{t('session.participant.otherCode')}</Heading2>
          <JoinCodeForm initial={code} />
        </section>
      )}
    </>
  );
}
