/**
 * A participant inside a session: the open dilemma vote (live), the list of activities with
 * how far the participant is, and the activity being answered. Every change is kept on this
 * phone first and then sent; what could not be sent is marked and sent again.
 */
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerActivity, AnswersRequest } from '../../../core/group-session/contract.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import { activityName, answerActivitiesOf } from './activity-names.ts';
import { LikertActivity, RiskActivity } from './participant-activities.tsx';
import {
  forgetStoredSession,
  mergeOwnAnswers,
  writeStoredSession,
  type StoredSession,
} from './participant-store.ts';
import {
  fetchOwnAnswers,
  sendAnswers,
  SessionApiError,
  type SessionFailure,
} from './session-api.ts';
import { useSessionContent } from './session-content.ts';
import { failureMessage } from './session-messages.ts';
import { SessionGone } from './session-gone.tsx';
import { useLiveState } from './use-live-state.ts';
import { VoteCard } from './vote-card.tsx';
import { ConnectionNotice } from './dashboard-page.tsx';

type Answers = StoredSession['answers'];

/** The body that sends an activity's answers as this phone has them. */
function requestFor(activity: AnswerActivity, answers: Answers): AnswersRequest {
  if (activity === 'risk-scan') {
    const risk = answers['risk-scan'] ?? { features: [], processes: [], finished: false };
    return {
      features: risk.features as AnswersRequest['features'],
      processes: risk.processes as AnswersRequest['processes'],
      finished: risk.finished,
    };
  }
  const likert = answers[activity] ?? { answers: {}, finished: false };
  return { answers: likert.answers, finished: likert.finished };
}

export function Participation({
  code,
  stored,
  onForget,
}: {
  code: string;
  stored: StoredSession;
  onForget: () => void;
}) {
  const t = useT();
  const content = useSessionContent();
  const live = useLiveState(stored.sessionId, stored.token);
  const [session, setSession] = useState(stored);
  const [sendFailure, setSendFailure] = useState<SessionFailure>();
  const [activity, setActivity] = useState<AnswerActivity>();
  const overviewHeading = useRef<HTMLHeadingElement>(null);
  const latest = useRef(session);

  /** Keeps a change on this phone at once; the server hears of it with `send`. */
  const keep = useCallback(
    (next: StoredSession) => {
      latest.current = next;
      setSession(next);
      writeStoredSession(code, next);
    },
    [code],
  );

  /** Sends what this phone has for an activity; resolves to whether the server has it. */
  const send = useCallback(
    async (which: AnswerActivity): Promise<boolean> => {
      const current = latest.current;
      try {
        await sendAnswers(
          current.sessionId,
          current.token,
          which,
          requestFor(which, current.answers),
        );
        keep({ ...latest.current, unsent: latest.current.unsent.filter((name) => name !== which) });
        setSendFailure(undefined);
        return true;
      } catch (error) {
        setSendFailure(error instanceof SessionApiError ? error.failure : 'network');
        return false;
      }
    },
    [keep],
  );

  // Back on this phone: the server's copy of own answers, with what was not sent yet on top.
  useEffect(() => {
    let current = true;
    fetchOwnAnswers(stored.sessionId, stored.token).then(
      (server) => {
        if (!current) return;
        keep({ ...latest.current, answers: mergeOwnAnswers(server, latest.current) });
        for (const which of latest.current.unsent) void send(which);
      },
      () => {
        // The live connection reports an ended session; offline, the phone's copy stays in use.
      },
    );
    return () => {
      current = false;
    };
  }, [stored.sessionId, stored.token, keep, send]);

  const gone = live.failure === 'not-found' || live.failure === 'unauthorized';
  useEffect(() => {
    if (gone) forgetStoredSession(code);
  }, [gone, code]);

  if (live.failure) {
    return (
      <>
        <PageHeading>{t('session.participant.title')}</PageHeading>
        <SessionGone failure={live.failure} situation="participant" />
        {live.failure === 'unauthorized' && (
          <Button appearance="secondary-action-button" onClick={onForget}>
            {t('session.participant.joinAgain')}
          </Button>
        )}
      </>
    );
  }
  const state = live.state;
  const title = state?.session.title ?? t('session.participant.title');

  const changeAnswers = (which: AnswerActivity, update: (answers: Answers) => Answers) => {
    const current = latest.current;
    keep({
      ...current,
      answers: update(current.answers),
      unsent: current.unsent.includes(which) ? current.unsent : [...current.unsent, which],
    });
  };

  const backToOverview = () => {
    setActivity(undefined);
    requestAnimationFrame(() => overviewHeading.current?.focus());
  };

  const sendNotice = (
    <div className="app-status" aria-live="polite">
      {sendFailure && (
        <Alert type="error">
          <Paragraph>{t(failureMessage(sendFailure, 'send'))}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => void Promise.all(latest.current.unsent.map((which) => send(which)))}
          >
            {t('session.participant.retry')}
          </Button>
        </Alert>
      )}
    </div>
  );

  const vote = state?.currentVote?.status === 'open' ? state.currentVote : undefined;
  const voteCard = vote && (
    <VoteCard
      key={vote.dilemmaId}
      sessionId={session.sessionId}
      token={session.token}
      dilemma={content.dilemmas.get(vote.dilemmaId)}
      chosen={session.answers.votes[vote.dilemmaId]}
      onVoted={(optionId) =>
        keep({
          ...latest.current,
          answers: {
            ...latest.current.answers,
            votes: { ...latest.current.answers.votes, [vote.dilemmaId]: optionId },
          },
        })
      }
    />
  );

  if (activity && state) {
    const common = {
      answers: session.answers,
      onChange: (update: (answers: Answers) => Answers) => changeAnswers(activity, update),
      onSend: () => send(activity),
      onDone: backToOverview,
      notice: sendNotice,
    };
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <ConnectionNotice connection={live.connection} />
        {voteCard}
        {activity === 'risk-scan' ? (
          <RiskActivity {...common} content={content} />
        ) : (
          <LikertActivity {...common} activity={activity} content={content} />
        )}
      </>
    );
  }

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <ConnectionNotice connection={live.connection} />
      <Paragraph lead>{t('session.participant.joined')}</Paragraph>
      {sendNotice}
      {voteCard}
      {state && !vote && state.session.activities.includes('dilemmas') && (
        <Paragraph>{t('session.participant.waitForVote')}</Paragraph>
      )}
      <section aria-labelledby="activities" className="app-section">
        <Heading2 id="activities" ref={overviewHeading} tabIndex={-1} className="app-focus-target">
          {t('session.participant.activitiesHeading')}
        </Heading2>
        {!state ? (
          <Paragraph aria-busy="true">{t('session.connecting')}</Paragraph>
        ) : (
          <ul className="app-tools">
            {answerActivitiesOf(state).map((which) => {
              const status = statusOf(which, session);
              return (
                <li key={which} className="app-tool">
                  <Heading3 className="app-small-heading">{t(activityName[which])}</Heading3>
                  <Paragraph>{t(`session.participant.status.${status}`)}</Paragraph>
                  <ButtonGroup>
                    <Button
                      appearance={
                        status === 'finished' ? 'secondary-action-button' : 'primary-action-button'
                      }
                      onClick={() => setActivity(which)}
                    >
                      {t(`session.participant.action.${status}`)}
                      <span className="app-visually-hidden">: {t(activityName[which])}</span>
                    </Button>
                  </ButtonGroup>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <Paragraph small>{t('session.participant.privacyShort')}</Paragraph>
    </>
  );
}

function statusOf(
  activity: AnswerActivity,
  session: StoredSession,
): 'new' | 'started' | 'finished' {
  const answers = session.answers[activity];
  if (!answers) return 'new';
  if (answers.finished) return 'finished';
  const started =
    'answers' in answers
      ? Object.keys(answers.answers).length > 0
      : answers.features.length + answers.processes.length > 0;
  return started ? 'started' : 'new';
}
