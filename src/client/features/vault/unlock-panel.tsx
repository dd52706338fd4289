/**
 * Shown instead of a page while the vault is locked: the passphrase field, an honest word on
 * what a lost passphrase means, and the way out (erase everything and start again).
 */
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { ConfirmedAction } from '../../components/confirmed-action.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import { usePersonalData } from '../../storage/personal-data-context.tsx';
import { PassphraseField, passphraseOf } from './passphrase-field.tsx';

type Problem = 'empty' | 'wrong' | null;

export default function UnlockPanel() {
  const t = useT();
  const { unlock, eraseAll } = usePersonalData();
  const [problem, setProblem] = useState<Problem>(null);
  const [checking, setChecking] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const passphrase = passphraseOf(form, 'unlock');
    if (!passphrase) return show('empty');
    setChecking(true);
    const opened = await unlock(passphrase);
    setChecking(false);
    if (!opened) {
      form.reset();
      show('wrong');
    }
  }

  function show(next: Problem) {
    setProblem(next);
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  return (
    <>
      <PageHeading>{t('vault.title')}</PageHeading>
      <Paragraph lead>{t('vault.intro')}</Paragraph>
      <div ref={statusRef} tabIndex={-1} className="app-status">
        {checking && <Paragraph>{t('vault.checking')}</Paragraph>}
        {problem === 'wrong' && (
          <Alert type="error">
            <Paragraph>{t('vault.wrong')}</Paragraph>
          </Alert>
        )}
      </div>
      <form onSubmit={submit} noValidate className="app-form">
        <PassphraseField
          name="unlock"
          label={t('vault.passphrase')}
          autoComplete="current-password"
          error={problem === 'empty' ? t('vault.empty') : undefined}
        />
        <Button type="submit" appearance="primary-action-button" disabled={checking}>
          {t('vault.unlock')}
        </Button>
      </form>
      <Paragraph>{t('vault.readable')}</Paragraph>

      <section aria-labelledby="vault-lost">
        <Heading2 id="vault-lost">{t('vault.lostHeading')}</Heading2>
        <Paragraph>{t('vault.lostText')}</Paragraph>
        <ConfirmedAction
          label={t('vault.erase')}
          question={t('vault.eraseConfirm')}
          yes={t('vault.eraseYes')}
          no={t('vault.eraseNo')}
          onConfirm={eraseAll}
        />
      </section>
    </>
  );
}
