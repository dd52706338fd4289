/**
 * Mijn gegevens: what is stored on this device, download it, restore it from a file, or
 * erase everything. A file is checked completely before anything on the device changes.
 */
import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { maxImportBytes, type ImportProblem } from '../../core/export-file.ts';
import { AppLink } from '../components/app-link.tsx';
import { ConfirmedAction } from '../components/confirmed-action.tsx';
import { downloadFile } from '../components/download-file.ts';
import { PassphraseField, passphraseOf } from '../features/vault/passphrase-field.tsx';
import { VaultSettings } from '../features/vault/vault-settings.tsx';
import { describeOffice } from '../components/office-description.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { StorageNotice } from '../components/storage-notice.tsx';
import { useContent, useT } from '../i18n/locale-context.tsx';
import { usePersonalData } from '../storage/personal-data-context.tsx';

type Notice =
  | { kind: 'exported'; file: string; sealed: boolean }
  | { kind: 'imported' }
  | { kind: 'import-failed'; problem: ImportProblem | { kind: 'no-file' } }
  | { kind: 'cleared' };

export default function MyDataPage() {
  const t = useT();
  const content = useContent();
  const { state, vault, importFile, exportText, eraseAll } = usePersonalData();
  // Set once a chosen file turns out to be sealed: the form then asks for its passphrase.
  const [askPassphrase, setAskPassphrase] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  function announce(next: Notice) {
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  async function exportData() {
    if (state.status !== 'ready') return;
    const now = new Date();
    const file = `weerbaar-gegevens-${now.toISOString().slice(0, 10)}.json`;
    downloadFile(await exportText(now), file, 'application/json');
    announce({ kind: 'exported', file, sealed: vault.status === 'open' });
  }

  async function importData(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = fileRef.current?.files?.[0];
    if (!file) return announce({ kind: 'import-failed', problem: { kind: 'no-file' } });
    const passphrase = askPassphrase ? passphraseOf(form, 'import') : undefined;
    // Refuse by size before reading, so a huge file never reaches memory.
    const text = file.size > maxImportBytes ? '' : await file.text();
    const result = await importFile(text, file.size, passphrase || undefined);
    if (!result.ok) {
      if (['needs-passphrase', 'wrong-passphrase'].includes(result.problem.kind)) {
        setAskPassphrase(true);
      }
      return announce({ kind: 'import-failed', problem: result.problem });
    }
    form.reset();
    setAskPassphrase(false);
    announce({ kind: 'imported' });
  }

  async function erase() {
    await eraseAll();
    announce({ kind: 'cleared' });
  }

  const ready = state.status === 'ready';
  const data = ready ? state.data : {};
  const { profile, selfTest, startingPoint, register, portfolio, duties } = data;
  const { riskScan, safety, incidents, media } = data;
  const { influence, unwrittenRules, perspectives, culture, actionPlan, dilemmas } = data;
  // One line per stored section, in the order of the blocks.
  const stored = [
    profile && t('data.section.profile', { value: describeOffice(profile, content) }),
    selfTest &&
      t('data.section.selfTest', {
        attempts: selfTest.attempts.length,
        inProgress: selfTest.draft ? 'yes' : 'no',
      }),
    startingPoint &&
      t('data.section.startingPoint', { count: Object.keys(startingPoint.marked).length }),
    register &&
      t('data.section.register', {
        sideJobs: register.sideJobs.length,
        interests: register.financialInterests.length,
        ties: register.closeTies.length,
        gifts: register.gifts.length,
      }),
    portfolio &&
      t('data.section.portfolio', {
        areas: portfolio.areas.length,
        decisions: portfolio.decisions.length,
      }),
    duties && t('data.section.duties', { count: duties.done.length }),
    influence && t('data.section.influence', { count: influence.entries.length }),
    unwrittenRules &&
      t('data.section.unwrittenRules', { count: Object.keys(unwrittenRules.answers).length }),
    perspectives && t('data.section.perspectives', { count: perspectives.exercises.length }),
    culture && t('data.section.culture', { count: Object.keys(culture.answers).length }),
    riskScan &&
      t('data.section.riskScan', {
        features: riskScan.features.length,
        processes: riskScan.processes.length,
      }),
    safety &&
      t('data.section.safety', {
        answers: Object.keys(safety.exposure).length,
        measures: Object.keys(safety.measures).length,
      }),
    incidents && t('data.section.incidents', { count: incidents.entries.length }),
    media && t('data.section.media', { count: Object.keys(media.notes).length }),
    actionPlan && t('data.section.actionPlan', { count: actionPlan.actions.length }),
    dilemmas && t('data.section.dilemmas', { count: Object.keys(dilemmas.answers).length }),
  ].filter((line): line is string => Boolean(line));

  return (
    <>
      <PageHeading>{t('data.title')}</PageHeading>
      <Paragraph lead>{t('data.intro')}</Paragraph>

      <div ref={noticeRef} tabIndex={-1} className="app-status">
        {notice && <NoticeView notice={notice} />}
      </div>

      {state.status === 'unavailable' && <StorageNotice status={state.status} />}

      <section aria-labelledby="stored">
        <Heading2 id="stored">{t('data.storedHeading')}</Heading2>
        {ready && state.rejected.length > 0 && (
          <Alert type="warning">
            <Paragraph>{t('data.rejected', { sections: state.rejected.join(', ') })}</Paragraph>
          </Alert>
        )}
        {stored.length > 0 ? (
          <UnorderedList>
            {stored.map((line) => (
              <UnorderedListItem key={line}>{line}</UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph>{t('data.storedNothing')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="report">
        <Heading2 id="report">{t('data.reportHeading')}</Heading2>
        <Paragraph>{t('data.reportText')}</Paragraph>
        <AppLink page="rapport">{t('data.reportLink')}</AppLink>
      </section>

      <section aria-labelledby="export">
        <Heading2 id="export">{t('data.exportHeading')}</Heading2>
        <Paragraph>{t('data.exportText')}</Paragraph>
        <Button
          appearance="primary-action-button"
          onClick={() => void exportData()}
          disabled={!ready}
        >
          {t('data.exportButton')}
        </Button>
      </section>

      <section aria-labelledby="import">
        <Heading2 id="import">{t('data.importHeading')}</Heading2>
        <Paragraph>{t('data.importText')}</Paragraph>
        <form onSubmit={importData} noValidate className="app-form">
          <FormField>
            <FormLabel htmlFor="import-file">{t('data.importLabel')}</FormLabel>
            <input
              ref={fileRef}
              id="import-file"
              type="file"
              accept="application/json,.json"
              className="app-file-input"
            />
          </FormField>
          {askPassphrase && (
            <PassphraseField
              name="import"
              label={t('data.importPassphrase')}
              description={t('data.importPassphraseHint')}
              autoComplete="current-password"
            />
          )}
          <Button type="submit" appearance="secondary-action-button" disabled={!ready}>
            {t('data.importButton')}
          </Button>
        </form>
      </section>

      <VaultSettings />

      <section aria-labelledby="erase">
        <Heading2 id="erase">{t('data.clearHeading')}</Heading2>
        <Paragraph>{t('data.clearText')}</Paragraph>
        <ConfirmedAction
          label={t('data.clearButton')}
          question={t('data.clearConfirm')}
          yes={t('data.clearYes')}
          no={t('data.clearNo')}
          disabled={!ready}
          onConfirm={erase}
        />
      </section>
    </>
  );
}

function NoticeView({ notice }: { notice: Notice }) {
  const t = useT();
  switch (notice.kind) {
    case 'exported':
      return (
        <Alert type="ok">
          <Paragraph>
            {t(notice.sealed ? 'data.exportedSealed' : 'data.exported', { file: notice.file })}
          </Paragraph>
        </Alert>
      );
    case 'imported':
      return (
        <Alert type="ok">
          <Paragraph>{t('data.imported')}</Paragraph>
        </Alert>
      );
    case 'cleared':
      return (
        <Alert type="ok">
          <Paragraph>{t('data.cleared')}</Paragraph>
        </Alert>
      );
    case 'import-failed':
      return (
        <Alert type="error">
          <Heading2 className="app-alert-heading">{t('data.importErrorHeading')}</Heading2>
          <Paragraph>{describeImportProblem(notice.problem, t)}</Paragraph>
          <Paragraph>{t('data.importUnchanged')}</Paragraph>
        </Alert>
      );
  }
}

function describeImportProblem(
  problem: ImportProblem | { kind: 'no-file' },
  t: ReturnType<typeof useT>,
): string {
  switch (problem.kind) {
    case 'no-file':
      return t('data.importNoFile');
    case 'too-large':
      return t('data.importError.too-large', {
        size: (problem.bytes / 1024 / 1024).toFixed(1),
        max: problem.maxBytes / 1024 / 1024,
      });
    case 'newer-version':
      return t('data.importError.newer-version', { version: problem.version });
    case 'invalid-data':
      return t('data.importError.invalid-data', { path: problem.path });
    default:
      return t(`data.importError.${problem.kind}`);
  }
}
