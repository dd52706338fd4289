/** What a session page says when the session cannot be shown: ended, expired, or a link that is not valid. */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/app-link.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import type { SessionFailure } from './session-api.ts';
import { failureMessage } from './session-messages.ts';

export function SessionGone({
  failure,
  situation,
  justEnded = false,
}: {
  failure: SessionFailure;
  situation: 'facilitator' | 'participant';
  justEnded?: boolean;
}) {
  const t = useT();
  return (
    <>
      <Alert type={justEnded ? 'ok' : 'info'}>
        <Paragraph>
          {t(justEnded ? 'session.end.done' : failureMessage(failure, situation))}
        </Paragraph>
      </Alert>
      <Paragraph>
        <AppLink page="sessie">{t('session.backToSessions')}</AppLink>
      </Paragraph>
    </>
  );
}
