/**
 * The vault on "Mijn gegevens": turn it on with a passphrase and an idle time; while it is on,
 * lock now, change the idle time or the passphrase, or turn it off. Every change that touches
 * the encryption asks for the passphrase, and a refused change leaves everything as it was.
 */
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { idleChoices, passphraseProblem, type IdleMinutes } from '../../../core/vault-settings.ts';
import { useT } from '../../i18n/locale-context.tsx';
import { usePersonalData } from '../../storage/personal-data-context.tsx';
import { PassphraseField, passphraseOf } from './passphrase-field.tsx';

type Outcome =
  | { kind: 'enabled' | 'changed' | 'disabled' | 'wrongCurrent' }
  | { kind: 'idleSaved'; minutes: number };
type FieldProblem = { field: string; message: string } | null;

export function VaultSettings() {
  const t = useT();
  const api = usePersonalData();
  const { vault, state } = api;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<FieldProblem>(null);
  const [working, setWorking] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  function announce(next: Outcome | null, fieldProblem: FieldProblem = null) {
    setOutcome(next);
    setProblem(fieldProblem);
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  /** The new passphrase of a form, or null after showing why it is refused. */
  function newPassphrase(form: HTMLFormElement, field: string): string | null {
    const passphrase = passphraseOf(form, field);
    const refused = passphraseProblem(passphrase, passphraseOf(form, `${field}-repeat`));
    if (!refused) return passphrase;
    const message = t(refused === 'too-short' ? 'data.vault.tooShort' : 'data.vault.notEqual');
    announce(null, { field: refused === 'too-short' ? field : `${field}-repeat`, message });
    return null;
  }

  async function run(form: HTMLFormElement, work: () => Promise<Outcome>) {
    setWorking(true);
    try {
      const result = await work();
      form.reset();
      announce(result);
    } finally {
      setWorking(false);
    }
  }

  function enable(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const passphrase = newPassphrase(form, 'new');
    if (passphrase === null) return;
    const idle = Number(new FormData(form).get('idle')) as IdleMinutes;
    void run(form, async () => {
      await api.enableVault(passphrase, idle);
      return { kind: 'enabled' };
    });
  }

  function change(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const passphrase = newPassphrase(form, 'changed');
    if (passphrase === null) return;
    void run(form, async () => {
      const changed = await api.changePassphrase(passphraseOf(form, 'current'), passphrase);
      return { kind: changed ? 'changed' : 'wrongCurrent' };
    });
  }

  function disable(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    void run(form, async () => {
      const disabled = await api.disableVault(passphraseOf(form, 'off'));
      return { kind: disabled ? 'disabled' : 'wrongCurrent' };
    });
  }

  function saveIdle(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const minutes = Number(new FormData(event.currentTarget).get('idle')) as IdleMinutes;
    void api.setIdleMinutes(minutes).then(() => announce({ kind: 'idleSaved', minutes }));
  }

  const errorOf = (field: string) => (problem?.field === field ? problem.message : undefined);
  const newFields = (field: string, label: string) => (
    <>
      <PassphraseField
        name={field}
        label={label}
        description={t('data.vault.passphraseHint')}
        autoComplete="new-password"
        error={errorOf(field)}
      />
      <PassphraseField
        name={`${field}-repeat`}
        label={t('data.vault.repeat')}
        autoComplete="new-password"
        error={errorOf(`${field}-repeat`)}
      />
    </>
  );
  const idleSelect = (
    <FormField>
      <FormLabel htmlFor="vault-idle">{t('data.vault.idle')}</FormLabel>
      <Select id="vault-idle" name="idle" defaultValue={String(vault.idleMinutes ?? 15)}>
        {idleChoices.map((minutes) => (
          <SelectOption key={minutes} value={String(minutes)}>
            {t('data.vault.idleOption', { minutes })}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );

  return (
    <section aria-labelledby="vault">
      <Heading2 id="vault">{t('data.vault.heading')}</Heading2>
      <Paragraph>{t('data.vault.intro')}</Paragraph>
      <Paragraph>{t('data.vault.how')}</Paragraph>
      <div className="app-callout">
        <Paragraph>
          <strong>{t('data.vault.warning')}</strong>
        </Paragraph>
      </div>
      <Paragraph>
        <strong>{t(vault.status === 'off' ? 'data.vault.off' : 'data.vault.on')}</strong>
      </Paragraph>

      <div ref={statusRef} tabIndex={-1} className="app-status">
        {working && <Paragraph>{t('data.vault.working')}</Paragraph>}
        {outcome && <OutcomeView outcome={outcome} />}
      </div>

      {vault.status === 'off' ? (
        <form onSubmit={enable} noValidate className="app-form">
          {newFields('new', t('data.vault.passphrase'))}
          {idleSelect}
          <Button
            type="submit"
            appearance="primary-action-button"
            disabled={working || state.status !== 'ready'}
          >
            {t('data.vault.enable')}
          </Button>
        </form>
      ) : (
        <>
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={api.lock}>
              {t('data.vault.lockNow')}
            </Button>
          </ButtonGroup>
          <form onSubmit={saveIdle} noValidate className="app-form">
            {idleSelect}
            <Button type="submit" appearance="secondary-action-button">
              {t('data.vault.idleSave')}
            </Button>
          </form>

          <Heading3>{t('data.vault.changeHeading')}</Heading3>
          <form onSubmit={change} noValidate className="app-form">
            <PassphraseField
              name="current"
              label={t('data.vault.current')}
              autoComplete="current-password"
            />
            {newFields('changed', t('data.vault.new'))}
            <Button type="submit" appearance="secondary-action-button" disabled={working}>
              {t('data.vault.change')}
            </Button>
          </form>

          <Heading3>{t('data.vault.disableHeading')}</Heading3>
          <Paragraph>{t('data.vault.disableText')}</Paragraph>
          <form onSubmit={disable} noValidate className="app-form">
            <PassphraseField
              name="off"
              label={t('data.vault.passphrase')}
              autoComplete="current-password"
            />
            <Button
              type="submit"
              appearance="secondary-action-button"
              hint="danger"
              disabled={working}
            >
              {t('data.vault.disable')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  const t = useT();
  if (outcome.kind === 'wrongCurrent') {
    return (
      <Alert type="error">
        <Paragraph>{t('data.vault.wrongCurrent')}</Paragraph>
      </Alert>
    );
  }
  const text =
    outcome.kind === 'idleSaved'
      ? t('data.vault.idleSaved', { minutes: outcome.minutes })
      : t(`data.vault.${outcome.kind}`);
  return (
    <Alert type="ok">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}
