/**
 * The personal safety plan: measures for home, work, travel, online and family, each
 * explained, ticked when done and with a private note. The areas the exposure check points
 * to come first.
 */
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { safetyAreas, scoreExposure, type Safety } from '../../../core/safety.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CheckboxField } from '../../components/checkbox-field.tsx';
import { NoteField } from '../../components/note-field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';
import { useSafety } from './use-risk.ts';

/** The longest note on a measure (the stored schema allows the same). */
const measureNoteLength = 500;

export default function SafetyPlanPage() {
  const t = useT();
  const safety = useContentFile('safety');
  const profile = useOfficeProfile();
  const { status, value, change } = useSafety();

  const heading = <PageHeading>{t('risk.plan.title')}</PageHeading>;
  if (!value) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }

  const priority = scoreExposure(value.exposure, profile?.office).priorityAreas;
  const areas = [...priority, ...safetyAreas.filter((area) => !priority.includes(area))];
  const done = safety.measures.filter((measure) => value.measures[measure.id]?.done).length;

  function setMeasure(
    id: string,
    next: (current: Safety['measures'][string]) => Safety['measures'][string],
  ) {
    void change((current) => ({
      ...current,
      measures: { ...current.measures, [id]: next(current.measures[id] ?? { done: false }) },
    }));
  }

  return (
    <>
      {heading}
      <Paragraph lead>{t('risk.plan.lead')}</Paragraph>
      {priority.length === 0 && (
        <Paragraph>
          {t('risk.plan.noExposure')}{' '}
          <AppLink page="wat-kom-je-tegen/dreiging">{t('risk.tool.threats.title')}</AppLink>
        </Paragraph>
      )}
      <Paragraph role="status">
        <strong>{t('risk.plan.progress', { done, total: safety.measures.length })}</strong>
      </Paragraph>

      {areas.map((areaId) => {
        const area = safety.areas.find((candidate) => candidate.id === areaId)!;
        return (
          <section key={area.id} aria-labelledby={`plan-${area.id}`} className="app-section">
            <Heading2 id={`plan-${area.id}`}>
              {area.title}
              {priority.includes(area.id) && (
                <span className="app-tag"> {t('risk.plan.priority')}</span>
              )}
            </Heading2>
            <Paragraph>{area.intro}</Paragraph>
            <ul className="app-conditions">
              {safety.measures
                .filter((measure) => measure.area === area.id)
                .map((measure) => {
                  const stored = value.measures[measure.id];
                  const id = `measure-${measure.id}`;
                  return (
                    <li key={measure.id} className="app-condition">
                      <CheckboxField
                        id={id}
                        label={measure.title}
                        description={measure.explanation}
                        checked={stored?.done ?? false}
                        onChange={(checked) =>
                          setMeasure(measure.id, (current) => ({ ...current, done: checked }))
                        }
                      />
                      <NoteField
                        id={`${id}-note`}
                        label={t('risk.plan.note', { measure: measure.title })}
                        stored={stored?.note}
                        maxLength={measureNoteLength}
                        rows={1}
                        onSave={(note) =>
                          setMeasure(measure.id, (current) =>
                            note === undefined ? { done: current.done } : { ...current, note },
                          )
                        }
                      />
                    </li>
                  );
                })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
