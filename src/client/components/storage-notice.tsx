/**
 * What a page shows while personal data is not ready: a short "loading" line, or the notice
 * that this browser does not let the toolkit store anything (for example a private window).
 */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../i18n/locale-context.tsx';
import type { PersonalDataState } from '../storage/personal-data-context.tsx';

export function StorageNotice({ status }: { status: PersonalDataState['status'] }) {
  const t = useT();
  if (status === 'unavailable') {
    return (
      <Alert type="warning">
        <Paragraph>{t('common.storageUnavailable')}</Paragraph>
      </Alert>
    );
  }
  return status === 'loading' ? <Paragraph>{t('app.loading')}</Paragraph> : null;
}
