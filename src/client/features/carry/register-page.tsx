/**
 * The private register: side positions, financial interests, close ties, and gifts and
 * invitations. Every list is kept on this device only and feeds the conflict check and the
 * draft statement of side positions.
 */
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { putEntry, removeEntry } from '../../../core/entry-list.ts';
import {
  registerEntrySchemas,
  type Register,
  type RegisterListName,
} from '../../../core/register.ts';
import { AppLink } from '../../components/app-link.tsx';
import { EntryEditor } from '../../components/entry-editor.tsx';
import { useDayFormat, useEuroFormat } from '../../i18n/formats.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';
import { useAreaNames } from './labels.ts';
import { useRegisterFields } from './register-fields.ts';
import { useRegister } from './use-carry.ts';

type Entry<L extends RegisterListName> = Register[L][number];

export default function RegisterPage() {
  const t = useT();
  const { status, value: register, change } = useRegister();
  const fields = useRegisterFields();
  const { nameOf: areaName } = useAreaNames();
  const day = useDayFormat();
  const euro = useEuroFormat();

  const heading = <PageHeading>{t('carry.register.title')}</PageHeading>;
  if (!register) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }

  function listEditor<L extends RegisterListName>(
    list: L,
    nameOf: (entry: Entry<L>) => string,
    details: (entry: Entry<L>) => string[],
  ) {
    const prefix = `carry.register.${list}` as const;
    return (
      <section aria-labelledby={`${list}-heading`} className="app-section">
        <Heading2 id={`${list}-heading`}>{t(`${prefix}.heading` as MessageId)}</Heading2>
        <Paragraph>{t(`${prefix}.intro` as MessageId)}</Paragraph>
        <EntryEditor
          idPrefix={list}
          entries={register![list] as Array<Entry<L>>}
          fields={fields[list]}
          schema={registerEntrySchemas[list]}
          nameOf={nameOf}
          details={(entry) => <Paragraph>{details(entry).filter(Boolean).join(' · ')}</Paragraph>}
          texts={{
            add: t(`${prefix}.add` as MessageId),
            addHeading: t(`${prefix}.addHeading` as MessageId),
            editHeading: t(`${prefix}.editHeading` as MessageId),
            empty: t(`${prefix}.empty` as MessageId),
          }}
          onSave={(entry) =>
            change((current) => ({
              ...current,
              [list]: putEntry(current[list] as Array<Entry<L>>, entry),
            }))
          }
          onRemove={(id) =>
            change((current) => ({
              ...current,
              [list]: removeEntry(current[list] as Array<Entry<L>>, id),
            }))
          }
        />
      </section>
    );
  }

  return (
    <>
      {heading}
      <Paragraph lead>{t('carry.register.lead')}</Paragraph>
      <Paragraph>{t('carry.register.privacy')}</Paragraph>

      {listEditor(
        'sideJobs',
        (job) =>
          t('carry.register.sideJobName', { role: job.role, organisation: job.organisation }),
        (job) => [
          areaName(job.sector),
          t(job.paid ? 'carry.paid' : 'carry.unpaid'),
          job.since ? t('carry.since', { date: day(job.since) }) : '',
        ],
      )}
      {listEditor(
        'financialInterests',
        (interest) => interest.description,
        (interest) => [
          t(`carry.financialKind.${interest.kind}`),
          interest.organisation ?? '',
          areaName(interest.sector),
        ],
      )}
      {listEditor(
        'closeTies',
        (tie) =>
          [tie.person, tie.organisation].filter(Boolean).join(', ') ||
          t(`carry.tieKind.${tie.kind}`),
        (tie) => [t(`carry.tieKind.${tie.kind}`), areaName(tie.sector), tie.description ?? ''],
      )}
      {listEditor(
        'gifts',
        (gift) => t('carry.register.giftName', { description: gift.description, from: gift.from }),
        (gift) => [
          t(`carry.giftKind.${gift.kind}`),
          day(gift.date),
          euro(gift.value),
          t(gift.accepted ? 'carry.accepted' : 'carry.declined'),
          t(gift.reported ? 'carry.reported' : 'carry.notReported'),
        ],
      )}

      <section aria-labelledby="register-next" className="app-section">
        <Heading2 id="register-next">{t('carry.register.next')}</Heading2>
        <Paragraph>
          <AppLink page="wat-draag-je-mee/belangencheck">{t('carry.tool.check.title')}</AppLink>
          {' · '}
          <AppLink page="wat-draag-je-mee/verklaring">{t('carry.tool.statement.title')}</AppLink>
        </Paragraph>
      </section>
    </>
  );
}
