/**
 * The team culture scan: statements about the user's fractie or college on the seven
 * dimensions of ethical culture, answered on the 5-point scale and saved per answer, with a
 * live profile (chart and table) and conversation starters for the weakest dimensions.
 */
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { scoreCultureScan } from '../../../core/culture-scan.ts';
import type { AnswerValue } from '../../../core/likert.ts';
import { DataTable } from '../../components/data-table.tsx';
import { LikertStatement } from '../../components/likert-statement.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { bandMessage, ScoreChart } from '../../components/score-chart.tsx';
import { SourceCitations } from '../../components/source-citations.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useCultureScan } from './use-influence.ts';

export default function CultureScanPage() {
  const t = useT();
  const culture = useContentFile('culture');
  useContentFile('sources');
  const { status, value, change } = useCultureScan();

  const heading = <PageHeading>{t('influence.culture.title')}</PageHeading>;
  const intro = (
    <>
      <Paragraph lead>{culture.intro.lead}</Paragraph>
      {culture.intro.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
    </>
  );
  if (!value) {
    return (
      <>
        {heading}
        {intro}
        <StorageNotice status={status} />
      </>
    );
  }

  const profile = scoreCultureScan(culture.items, value.answers);
  const name = (id: string) => culture.dimensions.find((dimension) => dimension.id === id)!.name;
  const options: Array<{ value: AnswerValue; label: string }> = [
    ...culture.scale.map((point) => ({ value: point.value as AnswerValue, label: point.label })),
    { value: 'na', label: culture.notApplicable },
  ];
  const weakest = profile.dimensions
    .filter((result) => result.band === 'kwetsbaarheid' || result.band === 'aandachtspunt')
    .sort((a, b) => a.score! - b.score!);

  return (
    <>
      {heading}
      {intro}
      <Paragraph role="status">
        <strong>
          {t('influence.culture.progress', { responded: profile.responded, shown: profile.shown })}
        </strong>
      </Paragraph>

      <form className="app-form" onSubmit={(event) => event.preventDefault()}>
        {culture.items.map((item, index) => (
          <LikertStatement
            key={item.id}
            id={`culture-${item.id}`}
            numberLabel={t('common.statementNumber', { number: index + 1 })}
            text={item.text}
            options={options}
            value={value.answers[item.id]}
            onAnswer={(answer) =>
              void change((current) => ({ answers: { ...current.answers, [item.id]: answer } }))
            }
          />
        ))}
      </form>

      <section aria-labelledby="culture-profile" className="app-section">
        <Heading2 id="culture-profile">{t('influence.culture.profileHeading')}</Heading2>
        <ScoreChart
          id="culture-chart"
          title={t('influence.culture.chartTitle')}
          description={t('influence.culture.chartDescription')}
          rows={profile.dimensions.map((result) => ({
            id: result.dimension,
            name: name(result.dimension),
            score: result.score,
            band: result.band,
          }))}
        />
        <DataTable
          caption={t('influence.culture.tableCaption')}
          headers={[
            t('influence.culture.dimension'),
            t('influence.culture.score'),
            t('influence.culture.band'),
            t('influence.culture.answered'),
          ]}
        >
          {profile.dimensions.map((result) => (
            <tr key={result.dimension}>
              <th scope="row">{name(result.dimension)}</th>
              <td>{result.score ?? '—'}</td>
              <td>{result.band ? t(bandMessage[result.band]) : t('common.insufficientShort')}</td>
              <td>
                {t('influence.culture.answeredOf', {
                  answered: result.answered,
                  shown: result.shown,
                })}
              </td>
            </tr>
          ))}
        </DataTable>

        <Heading3>{t('influence.culture.startersHeading')}</Heading3>
        {weakest.length === 0 ? (
          <Paragraph>{t('influence.culture.noStarters')}</Paragraph>
        ) : (
          weakest.map((result) => {
            const dimension = culture.dimensions.find(
              (candidate) => candidate.id === result.dimension,
            )!;
            return (
              <div key={dimension.id} className="app-tool">
                <Heading3 className="app-small-heading">
                  {dimension.name} ({t(bandMessage[result.band!])})
                </Heading3>
                <Paragraph>{dimension.description}</Paragraph>
                <UnorderedList>
                  {dimension.starters.map((starter) => (
                    <UnorderedListItem key={starter}>{starter}</UnorderedListItem>
                  ))}
                </UnorderedList>
              </div>
            );
          })
        )}
      </section>

      <section aria-labelledby="culture-method" className="app-section">
        <Heading2 id="culture-method">{t('influence.culture.methodHeading')}</Heading2>
        {culture.method.paragraphs.map((paragraph) => (
          <Paragraph key={paragraph}>{paragraph}</Paragraph>
        ))}
        <SourceCitations ids={culture.method.sources} />
      </section>
    </>
  );
}
