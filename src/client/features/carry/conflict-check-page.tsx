/**
 * The conflict check: the user's policy areas and upcoming decisions, and where the
 * register touches them, each finding with its severity, why it matters and the lawful
 * steps in order. Computed on this device by the pure engine in core.
 */
import {
  Fieldset,
  FieldsetLegend,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { countBySeverity, findConflicts, type Conflict } from '../../../core/conflict-check.ts';
import { putEntry, removeEntry } from '../../../core/entry-list.ts';
import { decisionSchema, type Portfolio } from '../../../core/portfolio.ts';
import { policyAreas } from '../../../core/policy-areas.ts';
import type { Register } from '../../../core/register.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CheckboxField } from '../../components/checkbox-field.tsx';
import { EntryEditor } from '../../components/entry-editor.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { SourceCitations } from '../../components/source-citations.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { conflictEntryName, severityMessage, useAreaNames } from './labels.ts';
import { useRegisterFields } from './register-fields.ts';
import { usePortfolio, useRegister } from './use-carry.ts';

function Finding({
  conflict,
  register,
  portfolio,
}: {
  conflict: Conflict;
  register: Register;
  portfolio: Portfolio;
}) {
  const t = useT();
  const content = useContentFile('portfolio');
  const { nameOf: areaName } = useAreaNames();
  const entryName = conflictEntryName(register, conflict, t);
  const rule = content.rules.find((candidate) => candidate.id === conflict.rule)!;
  const target = conflict.target;
  const seen =
    target.kind === 'decision'
      ? t(target.party ? 'carry.check.seen.party' : 'carry.check.seen.decisionArea', {
          entry: entryName,
          decision: portfolio.decisions.find((decision) => decision.id === target.decisionId)!
            .title,
          party: target.party ?? '',
          area: areaName(target.area),
        })
      : target.kind === 'area'
        ? t(
            conflict.rule === 'related-sector'
              ? 'carry.check.seen.related'
              : 'carry.check.seen.area',
            {
              entry: entryName,
              area: areaName(target.area),
            },
          )
        : t('carry.check.seen.entry', { entry: entryName });

  return (
    <li className={`app-finding app-finding--${conflict.severity}`}>
      <Paragraph className="app-finding__severity">
        <strong>{t(severityMessage[conflict.severity])}</strong>
      </Paragraph>
      <Heading3>{rule.title}</Heading3>
      <Paragraph>{seen}</Paragraph>
      <Paragraph>{rule.explanation}</Paragraph>
      <Paragraph>
        <strong>{t('carry.check.steps')}</strong>
      </Paragraph>
      <OrderedList>
        {conflict.steps.map((stepId) => {
          const step = content.steps.find((candidate) => candidate.id === stepId)!;
          return (
            <OrderedListItem key={stepId}>
              <strong>{step.title}.</strong> {step.text}
              <SourceCitations ids={step.sources} />
            </OrderedListItem>
          );
        })}
      </OrderedList>
    </li>
  );
}

export default function ConflictCheckPage() {
  const t = useT();
  const content = useContentFile('portfolio');
  // Sources load with the page: a finding that appears while the user works must not suspend it.
  useContentFile('sources');
  const { status, value: portfolio, change } = usePortfolio();
  const { value: register } = useRegister();
  const fields = useRegisterFields();
  const { nameOf: areaName } = useAreaNames();

  const heading = <PageHeading>{t('carry.check.title')}</PageHeading>;
  if (!portfolio || !register) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }

  const conflicts = findConflicts(register, portfolio);
  const counts = countBySeverity(conflicts);
  const registerSize =
    register.sideJobs.length +
    register.financialInterests.length +
    register.closeTies.length +
    register.gifts.length;

  function toggleArea(area: (typeof policyAreas)[number], on: boolean) {
    void change((current) => ({
      ...current,
      areas: policyAreas.filter((candidate) =>
        candidate === area ? on : current.areas.includes(candidate),
      ),
    }));
  }

  return (
    <>
      {heading}
      <Paragraph lead>{content.check.lead}</Paragraph>
      {content.check.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}

      <section aria-labelledby="areas-heading" className="app-section">
        <Heading2 id="areas-heading">{t('carry.check.areasHeading')}</Heading2>
        <Fieldset>
          <FieldsetLegend>{t('carry.check.areasLegend')}</FieldsetLegend>
          <div className="app-choices app-choices--columns">
            {policyAreas.map((area) => (
              <CheckboxField
                key={area}
                id={`area-${area}`}
                label={areaName(area)}
                checked={portfolio.areas.includes(area)}
                onChange={(checked) => toggleArea(area, checked)}
              />
            ))}
          </div>
        </Fieldset>
      </section>

      <section aria-labelledby="decisions-heading" className="app-section">
        <Heading2 id="decisions-heading">{t('carry.check.decisionsHeading')}</Heading2>
        <Paragraph>{t('carry.check.decisionsIntro')}</Paragraph>
        <EntryEditor
          idPrefix="decision"
          entries={portfolio.decisions}
          fields={fields.decision}
          schema={decisionSchema}
          nameOf={(decision) => decision.title}
          details={(decision) => (
            <Paragraph>
              {[areaName(decision.area), decision.parties.join(', ')].filter(Boolean).join(' · ')}
            </Paragraph>
          )}
          texts={{
            add: t('carry.check.decisionAdd'),
            addHeading: t('carry.check.decisionAddHeading'),
            editHeading: t('carry.check.decisionEditHeading'),
            empty: t('carry.check.decisionsEmpty'),
          }}
          onSave={(decision) =>
            change((current) => ({ ...current, decisions: putEntry(current.decisions, decision) }))
          }
          onRemove={(id) =>
            change((current) => ({ ...current, decisions: removeEntry(current.decisions, id) }))
          }
        />
      </section>

      <section aria-labelledby="findings-heading" className="app-section">
        <Heading2 id="findings-heading">{t('carry.check.findingsHeading')}</Heading2>
        <div role="status">
          {registerSize === 0 ? (
            <Paragraph>
              {t('carry.check.registerEmpty')}{' '}
              <AppLink page="wat-draag-je-mee/register">{t('carry.tool.register.title')}</AppLink>
            </Paragraph>
          ) : conflicts.length === 0 ? (
            <Paragraph>{t('carry.check.none')}</Paragraph>
          ) : (
            <Paragraph>
              {t('carry.check.summary', { ...counts, total: conflicts.length })}
            </Paragraph>
          )}
        </div>
        {conflicts.length > 0 && (
          <ol className="app-findings">
            {conflicts.map((conflict) => (
              <Finding
                key={`${conflict.rule}-${conflict.entry.id}-${conflict.target.kind === 'decision' ? conflict.target.decisionId : conflict.target.kind}`}
                conflict={conflict}
                register={register}
                portfolio={portfolio}
              />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
