/** A notice at the top of every page when a newer version of the toolkit is ready. */
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/locale-context.tsx';
import { applyUpdate, isUpdateWaiting, subscribeToUpdate } from './service-worker.ts';

export function UpdateNotice() {
  const t = useT();
  const waiting = useSyncExternalStore(subscribeToUpdate, isUpdateWaiting, () => false);
  return (
    // A polite live region that is always there, so the notice is announced when it appears;
    // no status role, so it is not mistaken for the page's own status messages.
    <div aria-live="polite" className="app-update">
      {waiting && (
        <Alert type="info">
          <Paragraph>{t('app.update.text')}</Paragraph>
          <Button appearance="secondary-action-button" onClick={applyUpdate}>
            {t('app.update.reload')}
          </Button>
        </Alert>
      )}
    </div>
  );
}
