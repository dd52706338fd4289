/**
 * The profile of one completed attempt (the latest, or `?poging=<id>`): the three nodes,
 * a chart and an equal table of the six factors, and per factor what it means for this
 * office, questions to reflect on and a concrete next step. Prints as a clean page.
 */
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useSearch } from 'wouter';
import { roleOf } from '../../../core/office.ts';
import { minimumAnswersPerFactor } from '../../../core/self-test.ts';
import { AppLink } from '../../components/app-link.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContent, useContentFile, useLocale, useT } from '../../i18n/locale-context.tsx';
import { formatDate } from './labels.ts';
import { bandMessage, ScoreChart } from '../../components/score-chart.tsx';
import { useSelfTest } from './use-self-test.ts';

export default function SelfTestProfilePage() {
  const t = useT();
  const locale = useLocale();
  const content = useContent();
  const selfTest = useContentFile('selftest');
  const model = useContentFile('model');
  const { status, record, score } = useSelfTest();
  const wanted = new URLSearchParams(useSearch()).get('poging');
  const heading = <PageHeading>{t('selfTest.profileTitle')}</PageHeading>;

  if (status !== 'ready' || !record) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }
  const attempt =
    record.attempts.find((each) => each.id === wanted) ?? (wanted ? undefined : record.attempts[0]);
  if (!attempt) {
    return (
      <>
        {heading}
        <Paragraph>{wanted ? t('selfTest.attemptMissing') : t('selfTest.noProfile')}</Paragraph>
        <AppLink page="wie-ben-jij/test" variant="button">
          {t('selfTest.start')}
        </AppLink>
      </>
    );
  }

  const profile = score(attempt.answers, attempt.office);
  const role = roleOf(attempt.office);
  const factorName = Object.fromEntries(model.factors.map((factor) => [factor.id, factor.name]));
  const officeName =
    content.offices.offices.find((office) => office.id === attempt.office)?.name ?? attempt.office;

  return (
    <>
      {heading}
      <Paragraph lead>
        {t('selfTest.profileOf', {
          date: formatDate(attempt.completedAt, locale),
          office: officeName,
        })}
      </Paragraph>
      <Paragraph>{t('selfTest.profileMirror')}</Paragraph>

      <section aria-labelledby="nodes">
        <Heading2 id="nodes">{t('selfTest.nodesHeading')}</Heading2>
        <ul className="app-cards">
          {profile.nodes.map((node) => {
            const entry = model.nodes.find((each) => each.id === node.node)!;
            return (
              <li key={node.node} className="app-card">
                <Heading3>{entry.name}</Heading3>
                <Paragraph>
                  <strong>
                    {node.score === null
                      ? t('selfTest.insufficient')
                      : t('selfTest.scoreBand', {
                          score: node.score,
                          band: t(bandMessage[node.band!]),
                        })}
                  </strong>
                </Paragraph>
                <Paragraph small>
                  {t('selfTest.nodeFactors', {
                    factors: node.factors.map((factor) => factorName[factor]).join(', '),
                  })}
                </Paragraph>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="factors">
        <Heading2 id="factors">{t('selfTest.factorsHeading')}</Heading2>
        <ScoreChart
          id="profile-chart"
          title={t('selfTest.chartTitle')}
          description={t('selfTest.chartDescription')}
          rows={profile.factors.map((result) => ({
            id: result.factor,
            name: factorName[result.factor] ?? result.factor,
            score: result.score,
            band: result.band,
          }))}
        />
        <DataTable
          caption={t('selfTest.tableCaption')}
          headers={[
            t('selfTest.colFactor'),
            t('selfTest.colScore'),
            t('selfTest.colBand'),
            t('selfTest.colAnswered'),
          ]}
        >
          {profile.factors.map((result) => (
            <tr key={result.factor}>
              <th scope="row">{factorName[result.factor]}</th>
              <td>{result.score ?? '–'}</td>
              <td>{result.band ? t(bandMessage[result.band]) : t('selfTest.insufficient')}</td>
              <td>
                {t('selfTest.answeredOf', { answered: result.answered, shown: result.shown })}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      {profile.factors.map((result) => {
        const texts = selfTest.factors.find((factor) => factor.id === result.factor)!;
        return (
          <section
            key={result.factor}
            aria-labelledby={`factor-${result.factor}`}
            className="app-section app-factor"
          >
            <Heading2 id={`factor-${result.factor}`}>{factorName[result.factor]}</Heading2>
            {result.band ? (
              <>
                <Paragraph>
                  <strong>
                    {t('selfTest.scoreBand', {
                      score: result.score!,
                      band: t(bandMessage[result.band]),
                    })}
                  </strong>
                </Paragraph>
                <Paragraph>{texts.bands[result.band].meaning}</Paragraph>
              </>
            ) : (
              <Alert type="info">
                <Paragraph>
                  {t('selfTest.insufficientExplained', {
                    answered: result.answered,
                    shown: result.shown,
                    minimum: minimumAnswersPerFactor,
                  })}
                </Paragraph>
              </Alert>
            )}
            <Paragraph>{texts.roleNotes[role]}</Paragraph>
            <Heading3>{t('selfTest.reflectHeading')}</Heading3>
            <UnorderedList>
              {texts.reflection.map((question) => (
                <UnorderedListItem key={question}>{question}</UnorderedListItem>
              ))}
            </UnorderedList>
            {result.band && (
              <>
                <Heading3>{t('selfTest.nextStepHeading')}</Heading3>
                <Paragraph>{texts.bands[result.band].suggestion}</Paragraph>
              </>
            )}
          </section>
        );
      })}

      <ButtonGroup className="app-no-print">
        <Button appearance="secondary-action-button" onClick={() => window.print()}>
          {t('selfTest.print')}
        </Button>
        <AppLink page="wie-ben-jij/geschiedenis">{t('selfTest.historyLink')}</AppLink>
        <AppLink page="wie-ben-jij/hoe-werkt-de-score">{t('selfTest.methodLink')}</AppLink>
      </ButtonGroup>
    </>
  );
}
