/**
 * The dilemma the facilitator opened for a vote, on the participant's phone: the situation,
 * the options, and a button to vote. The vote is anonymous; it can be changed while the vote
 * is open. Nobody sees the distribution until the facilitator closes the vote.
 */
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import type { Content } from '../../../content/schema.ts';
import { ChoiceFieldset } from '../../components/choice-fieldset.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import { sendVote, SessionApiError, type SessionFailure } from './session-api.ts';
import { failureMessage } from './session-messages.ts';

type Dilemma = Content['dilemmas']['dilemmas'][number];

export function VoteCard({
  sessionId,
  token,
  dilemma,
  chosen,
  onVoted,
}: {
  sessionId: string;
  token: string;
  dilemma: Dilemma | undefined;
  chosen: string | undefined;
  onVoted: (optionId: string) => void;
}) {
  const t = useT();
  const [selected, setSelected] = useState(chosen);
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<SessionFailure>();
  const [busy, setBusy] = useState(false);
  if (!dilemma) return null;
  const votedFor = dilemma.options.find((option) => option.id === chosen);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!selected) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setFailure(undefined);
    setBusy(true);
    try {
      await sendVote(sessionId, token, dilemma!.id, selected);
      onVoted(selected);
    } catch (error) {
      setFailure(error instanceof SessionApiError ? error.failure : 'network');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="vote-heading" className="app-section app-callout">
      <Heading2 id="vote-heading">
        {t('session.vote.now')}: {dilemma.title}
      </Heading2>
      <Paragraph>{dilemma.situation}</Paragraph>
      <form className="app-form" onSubmit={(event) => void submit(event)} noValidate>
        <ChoiceFieldset
          name={`vote-${dilemma.id}`}
          legend={t('session.vote.question')}
          options={dilemma.options}
          selected={selected}
          onSelect={setSelected}
          missingMessage={missing ? t('session.vote.chooseFirst') : undefined}
        />
        <div className="app-status" aria-live="polite">
          {votedFor && !failure && (
            <Alert type="ok">
              <Paragraph>{t('session.vote.received', { option: votedFor.label })}</Paragraph>
            </Alert>
          )}
          {failure && (
            <Alert type="error">
              <Paragraph>
                {t(
                  failure === 'conflict'
                    ? 'session.vote.closedAlready'
                    : failureMessage(failure, 'send'),
                )}
              </Paragraph>
            </Alert>
          )}
        </div>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {votedFor ? t('session.vote.change') : t('session.vote.submit')}
        </Button>
      </form>
    </section>
  );
}
