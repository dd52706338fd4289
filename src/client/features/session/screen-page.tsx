/**
 * The presentation screen for the projector, opened from the dashboard with the same secret
 * link: the join code and QR code while people join, the counts, the dilemma being voted on
 * (its distribution only after closing), and the combined profiles once at least k finished.
 * It follows the session live and never reloads.
 */
import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect } from 'react';
import type { SessionState } from '../../../core/group-session/contract.ts';
import { formatJoinCode } from '../../../core/group-session/links.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import { ConnectionNotice } from './dashboard-page.tsx';
import { VoteResult } from './group-results.tsx';
import { JoinDetails } from './join-details.tsx';
import { useSessionContent, type SessionContent } from './session-content.ts';
import { SessionGone } from './session-gone.tsx';
import { SessionCounts, SessionResults } from './session-results.tsx';
import { useFacilitatorKey } from './use-facilitator-key.ts';
import { useLiveState } from './use-live-state.ts';

export default function ScreenPage() {
  const t = useT();
  const key = useFacilitatorKey();
  useEffect(() => {
    // Larger type and no site navigation: this page is read from the back of a room.
    document.documentElement.classList.add('app-presenting');
    return () => document.documentElement.classList.remove('app-presenting');
  }, []);
  if (key === undefined) return <PageHeading>{t('session.screen.title')}</PageHeading>;
  if (key === 'missing') {
    return (
      <>
        <PageHeading>{t('session.screen.title')}</PageHeading>
        <SessionGone failure="unauthorized" situation="facilitator" />
      </>
    );
  }
  return <Screen sessionId={key.sessionId} token={key.token} />;
}

function Screen({ sessionId, token }: { sessionId: string; token: string }) {
  const t = useT();
  const content = useSessionContent();
  const live = useLiveState(sessionId, token);
  if (live.failure) {
    return (
      <>
        <PageHeading>{t('session.screen.title')}</PageHeading>
        <SessionGone failure={live.failure} situation="facilitator" />
      </>
    );
  }
  const state = live.state;
  if (!state) {
    return (
      <>
        <PageHeading>{t('session.screen.title')}</PageHeading>
        <Paragraph aria-busy="true">{t('session.connecting')}</Paragraph>
      </>
    );
  }
  const anyShown = Object.values(state.results).some((result) => result?.status === 'shown');
  const joining = !anyShown && !state.currentVote;
  const code = state.session.joinCode;
  return (
    <>
      <PageHeading>{state.session.title}</PageHeading>
      <ConnectionNotice connection={live.connection} />
      {code && joining && <JoinDetails code={code} locale={state.session.locale} large />}
      {code && !joining && (
        <Paragraph className="app-screen-code">
          {t('session.screen.codeLine')} <strong>{formatJoinCode(code)}</strong>
        </Paragraph>
      )}
      <div aria-live="polite">
        <SessionCounts state={state} />
      </div>
      {state.currentVote && <CurrentVote state={state} content={content} />}
      <SessionResults state={state} content={content} idPrefix="screen" />
    </>
  );
}

function CurrentVote({ state, content }: { state: SessionState; content: SessionContent }) {
  const t = useT();
  const vote = state.currentVote!;
  const dilemma = content.dilemmas.get(vote.dilemmaId);
  return (
    <section aria-labelledby="screen-vote" className="app-section app-callout app-screen-vote">
      <Heading2 id="screen-vote">
        {vote.status === 'open' ? t('session.screen.voteOpen') : t('session.screen.voteClosed')}:{' '}
        {dilemma?.title ?? vote.dilemmaId}
      </Heading2>
      {dilemma && <Paragraph>{dilemma.situation}</Paragraph>}
      {vote.status === 'open' && dilemma && (
        <UnorderedList>
          {dilemma.options.map((option) => (
            <UnorderedListItem key={option.id}>{option.label}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <div aria-live="polite">
        <VoteResult vote={vote} content={content} showTitle={false} />
      </div>
    </section>
  );
}
