/**
 * The legal duties of the user's office: a checklist computed from office and body, each
 * duty with what it asks and the rule or article behind it. Ticks stay on this device.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { tickDuty } from '../../../core/duty-checklist.ts';
import { dutiesFor } from '../../../core/legal-duties.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CheckboxField } from '../../components/checkbox-field.tsx';
import { describeOffice } from '../../components/office-description.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { SourceCitations } from '../../components/source-citations.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContent, useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';
import { useDutyChecklist } from './use-carry.ts';

export default function DutiesPage() {
  const t = useT();
  const content = useContent();
  const dutiesContent = useContentFile('duties');
  const profile = useOfficeProfile();
  const { status, value: checklist, change } = useDutyChecklist();

  const heading = <PageHeading>{t('carry.duties.title')}</PageHeading>;
  const intro = (
    <>
      <Paragraph lead>{dutiesContent.intro.lead}</Paragraph>
      {dutiesContent.intro.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
    </>
  );
  if (!checklist) {
    return (
      <>
        {heading}
        {intro}
        <StorageNotice status={status} />
      </>
    );
  }
  if (!profile) {
    return (
      <>
        {heading}
        {intro}
        <Paragraph>{t('carry.duties.needOffice')}</Paragraph>
        <AppLink page="ambt" variant="button">
          {t('office.choose')}
        </AppLink>
      </>
    );
  }

  const duties = dutiesFor(profile.office).map((id) =>
    dutiesContent.duties.find((duty) => duty.id === id)!,
  );
  const done = duties.filter((duty) => checklist.done.includes(duty.id)).length;

  return (
    <>
      {heading}
      {intro}
      <Paragraph>
        {t('carry.duties.forOffice', { office: describeOffice(profile, content) })}{' '}
        <AppLink page="ambt">{t('common.changeOffice')}</AppLink>
      </Paragraph>
      <Paragraph role="status">
        <strong>{t('carry.duties.progress', { done, total: duties.length })}</strong>
      </Paragraph>
      <ul className="app-duties">
        {duties.map((duty) => {
          const reference = duty.references.find(
            (candidate) =>
              candidate.offices.includes(profile.office) &&
              (!candidate.bodies || candidate.bodies.includes(profile.body)),
          );
          const id = `duty-${duty.id}`;
          return (
            <li key={duty.id} className="app-duty">
              <CheckboxField
                id={id}
                label={<strong>{duty.title}</strong>}
                description={
                  <>
                    {duty.explanation}
                    {reference && (
                      <>
                        {' '}
                        <span className="app-duty__rule">
                          {t('carry.duties.rule', { rule: reference.text })}
                        </span>
                      </>
                    )}
                  </>
                }
                checked={checklist.done.includes(duty.id)}
                onChange={(checked) =>
                  void change((current) => tickDuty(current, duty.id, checked))
                }
              />
              <SourceCitations ids={duty.sources} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
