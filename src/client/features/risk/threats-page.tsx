/**
 * Threats and intimidation: the exposure check (saved per answer), what the level means
 * and which parts of the safety plan to start with, the national figures with their year
 * and source, and who to call.
 */
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  RadioButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { exposureAnswers, scoreExposure } from '../../../core/safety.ts';
import { AppLink } from '../../components/app-link.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { SectionView } from '../../components/section-view.tsx';
import { SourceCitations } from '../../components/source-citations.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';
import { useSafety } from './use-risk.ts';

export default function ThreatsPage() {
  const t = useT();
  const safety = useContentFile('safety');
  useContentFile('sources');
  const profile = useOfficeProfile();
  const { status, value, change } = useSafety();

  const heading = <PageHeading>{t('risk.threats.title')}</PageHeading>;
  const intro = (
    <>
      <Paragraph lead>{safety.intro.lead}</Paragraph>
      {safety.intro.paragraphs.map((paragraph) => (
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

  const result = scoreExposure(value.exposure, profile?.office);
  const areaTitle = (id: string) => safety.areas.find((area) => area.id === id)!.title;

  return (
    <>
      {heading}
      {intro}

      <section aria-labelledby="exposure-heading" className="app-section">
        <Heading2 id="exposure-heading">{t('risk.threats.exposureHeading')}</Heading2>
        <form className="app-form" onSubmit={(event) => event.preventDefault()}>
          {safety.questions.map((question) => {
            const name = `exposure-${question.id}`;
            return (
              <Fieldset
                key={question.id}
                className="app-statement"
                aria-describedby={`${name}-explanation`}
              >
                <FieldsetLegend>{question.question}</FieldsetLegend>
                <FormFieldDescription id={`${name}-explanation`}>
                  {question.explanation}
                </FormFieldDescription>
                <div className="app-choices app-choices--inline">
                  {exposureAnswers.map((answer) => (
                    <FormField key={answer} type="radio">
                      <RadioButton
                        id={`${name}-${answer}`}
                        name={name}
                        checked={value.exposure[question.id] === answer}
                        onChange={() =>
                          void change((current) => ({
                            ...current,
                            exposure: { ...current.exposure, [question.id]: answer },
                          }))
                        }
                      />
                      <FormLabel htmlFor={`${name}-${answer}`} type="radio">
                        {t(`risk.answer.${answer}`)}
                      </FormLabel>
                    </FormField>
                  ))}
                </div>
              </Fieldset>
            );
          })}
        </form>
      </section>

      <section aria-labelledby="exposure-result" className="app-section app-callout">
        <Heading2 id="exposure-result">{t('risk.threats.resultHeading')}</Heading2>
        <div role="status">
          {result.answered === 0 ? (
            <Paragraph>{t('risk.threats.noAnswers')}</Paragraph>
          ) : (
            <>
              <Paragraph>
                <strong>
                  {t('risk.threats.level', {
                    level: t(`risk.exposure.${result.level}`),
                    answered: result.answered,
                    total: safety.questions.length,
                  })}
                </strong>
              </Paragraph>
              <Paragraph>{safety.levels[result.level]}</Paragraph>
            </>
          )}
        </div>
        {result.priorityAreas.length > 0 && (
          <>
            <Paragraph>{t('risk.threats.startWith')}</Paragraph>
            <UnorderedList>
              {result.priorityAreas.map((area) => (
                <UnorderedListItem key={area}>{areaTitle(area)}</UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
        <Paragraph>
          <AppLink page="wat-kom-je-tegen/veiligheidsplan">{t('risk.tool.plan.title')}</AppLink>
        </Paragraph>
      </section>

      <section aria-labelledby="figures-heading" className="app-section">
        <Heading2 id="figures-heading">{t('risk.threats.figuresHeading')}</Heading2>
        <Paragraph>{safety.figures.intro}</Paragraph>
        <DataTable
          labelledBy="figures-heading"
          headers={[
            t('risk.threats.figureYear'),
            t('risk.threats.figureGroup'),
            t('risk.threats.figureValue'),
            t('risk.threats.figureNote'),
          ]}
        >
          {safety.figures.rows.map((row) => (
            <tr key={row.id}>
              <td>{row.year}</td>
              <td>{row.group}</td>
              <td>{row.value}</td>
              <td>{row.note ?? ''}</td>
            </tr>
          ))}
        </DataTable>
        <UnorderedList>
          {safety.figures.effects.map((effect) => (
            <UnorderedListItem key={effect}>{effect}</UnorderedListItem>
          ))}
        </UnorderedList>
        <SourceCitations ids={safety.figures.sources} />
      </section>

      {safety.help.map((section) => (
        <SectionView key={section.id} section={section} />
      ))}
    </>
  );
}
