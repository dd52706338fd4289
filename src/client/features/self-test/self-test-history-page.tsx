/**
 * Every completed attempt on this device, with its date and office: open its profile,
 * delete it, or compare any two factor by factor.
 */
import {
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { compareAttempts, type SelfTestAttempt } from '../../../core/self-test-record.ts';
import { AppLink } from '../../components/app-link.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContent, useContentFile, useLocale, useT } from '../../i18n/locale-context.tsx';
import { formatDate } from './labels.ts';
import { useSelfTest } from './use-self-test.ts';

export default function SelfTestHistoryPage() {
  const t = useT();
  const locale = useLocale();
  const content = useContent();
  const model = useContentFile('model');
  const { status, record, remove } = useSelfTest();
  const [deleting, setDeleting] = useState<string | null>(null);
  const [chosen, setChosen] = useState<{ a?: string; b?: string }>({});
  const heading = <PageHeading>{t('selfTest.historyTitle')}</PageHeading>;

  if (status !== 'ready' || !record) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }
  const attempts = record.attempts;
  const label = (attempt: SelfTestAttempt) =>
    `${formatDate(attempt.completedAt, locale)} · ${content.offices.offices.find((o) => o.id === attempt.office)?.name ?? attempt.office}`;
  const a = attempts.find((attempt) => attempt.id === chosen.a) ?? attempts[1];
  const b = attempts.find((attempt) => attempt.id === chosen.b) ?? attempts[0];
  const comparison = a && b && a.id !== b.id ? compareAttempts(a, b) : undefined;
  const factorName = (id: string) => model.factors.find((factor) => factor.id === id)?.name ?? id;

  return (
    <>
      {heading}
      <Paragraph lead>{t('selfTest.historyIntro')}</Paragraph>

      {attempts.length === 0 ? (
        <>
          <Paragraph>{t('selfTest.noProfile')}</Paragraph>
          <AppLink page="wie-ben-jij/test" variant="button">
            {t('selfTest.start')}
          </AppLink>
        </>
      ) : (
        <ol className="app-attempts">
          {attempts.map((attempt) => (
            <li key={attempt.id} className="app-card">
              <Paragraph>
                <strong>{label(attempt)}</strong>
              </Paragraph>
              <ButtonGroup>
                <AppLink page={`wie-ben-jij/profiel?poging=${attempt.id}`}>
                  {t('selfTest.viewProfile')}
                </AppLink>
                {deleting === attempt.id ? (
                  <span
                    role="group"
                    aria-label={t('selfTest.deleteConfirm')}
                    className="app-inline-confirm"
                  >
                    <span>{t('selfTest.deleteConfirm')}</span>
                    <Button
                      appearance="primary-action-button"
                      hint="danger"
                      onClick={() => void remove(attempt.id).then(() => setDeleting(null))}
                    >
                      {t('selfTest.deleteYes')}
                    </Button>
                    <Button appearance="secondary-action-button" onClick={() => setDeleting(null)}>
                      {t('selfTest.deleteNo')}
                    </Button>
                  </span>
                ) : (
                  <Button appearance="subtle-button" onClick={() => setDeleting(attempt.id)}>
                    {t('selfTest.delete', { date: formatDate(attempt.completedAt, locale) })}
                  </Button>
                )}
              </ButtonGroup>
            </li>
          ))}
        </ol>
      )}

      <section aria-labelledby="compare">
        <Heading2 id="compare">{t('selfTest.compareHeading')}</Heading2>
        {attempts.length < 2 ? (
          <Paragraph>{t('selfTest.compareNeedsTwo')}</Paragraph>
        ) : (
          <>
            <div className="app-compare-pickers">
              {(['a', 'b'] as const).map((side) => (
                <FormField key={side}>
                  <FormLabel htmlFor={`compare-${side}`}>
                    {t(side === 'a' ? 'selfTest.compareFirst' : 'selfTest.compareSecond')}
                  </FormLabel>
                  <Select
                    id={`compare-${side}`}
                    value={(side === 'a' ? a : b)?.id ?? ''}
                    onChange={(event) =>
                      setChosen((current) => ({ ...current, [side]: event.target.value }))
                    }
                  >
                    {attempts.map((attempt) => (
                      <SelectOption key={attempt.id} value={attempt.id}>
                        {label(attempt)}
                      </SelectOption>
                    ))}
                  </Select>
                </FormField>
              ))}
            </div>
            {comparison ? (
              <DataTable
                caption={t('selfTest.compareCaption', {
                  earlier: formatDate(comparison.earlier.completedAt, locale),
                  later: formatDate(comparison.later.completedAt, locale),
                })}
                headers={[
                  t('selfTest.colFactor'),
                  t('selfTest.colEarlier'),
                  t('selfTest.colLater'),
                  t('selfTest.colChange'),
                ]}
              >
                {comparison.factors.map((row) => (
                  <tr key={row.factor}>
                    <th scope="row">{factorName(row.factor)}</th>
                    <td>{row.earlier ?? t('common.insufficientShort')}</td>
                    <td>{row.later ?? t('common.insufficientShort')}</td>
                    <td>
                      {row.change === null
                        ? '–'
                        : t('selfTest.change', {
                            change: row.change,
                            sign: row.change > 0 ? '+' : '',
                          })}
                    </td>
                  </tr>
                ))}
              </DataTable>
            ) : (
              <Paragraph>{t('selfTest.compareSame')}</Paragraph>
            )}
          </>
        )}
      </section>
    </>
  );
}
