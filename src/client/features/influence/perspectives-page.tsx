/**
 * Three perspectives: the user describes a real decision and weighs it from the financial,
 * electoral and ethical perspective, then writes their own conclusion. Each step's guiding
 * questions are shown with its field; exercises are kept, to read back and change.
 */
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { putEntry, removeEntry } from '../../../core/entry-list.ts';
import { perspectiveExerciseSchema, perspectiveSteps } from '../../../core/reflection.ts';
import { EntryEditor } from '../../components/entry-editor.tsx';
import type { FieldSpec } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { usePerspectives } from './use-influence.ts';

export default function PerspectivesPage() {
  const t = useT();
  const { perspectives } = useContentFile('influence');
  const { status, value, change } = usePerspectives();
  const step = (id: (typeof perspectiveSteps)[number]) =>
    perspectives.steps.find((candidate) => candidate.id === id)!;

  const fields = useMemo<FieldSpec[]>(
    () => [
      { name: 'title', kind: 'text', label: t('influence.perspectives.field.title') },
      ...perspectives.steps.map((step): FieldSpec => ({
        name: step.id,
        kind: 'textarea',
        label: step.title,
        description: step.questions.join(' '),
        optional: step.id !== 'decision',
      })),
    ],
    [t, perspectives],
  );

  const heading = <PageHeading>{t('influence.perspectives.title')}</PageHeading>;
  if (!value) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }

  return (
    <>
      {heading}
      <Paragraph lead>{perspectives.intro}</Paragraph>
      <EntryEditor
        idPrefix="perspective"
        entries={value.exercises}
        fields={fields}
        schema={perspectiveExerciseSchema}
        nameOf={(exercise) => exercise.title}
        details={(exercise) => (
          <div className="app-perspective">
            {perspectiveSteps.map((id) =>
              exercise[id] ? (
                <div key={id}>
                  <Heading3 className="app-small-heading">{step(id).title}</Heading3>
                  <Paragraph className="app-multiline">{exercise[id]}</Paragraph>
                </div>
              ) : null,
            )}
          </div>
        )}
        texts={{
          add: t('influence.perspectives.add'),
          addHeading: t('influence.perspectives.addHeading'),
          editHeading: t('influence.perspectives.editHeading'),
          empty: t('influence.perspectives.empty'),
        }}
        onSave={(exercise) =>
          change((current) => ({ exercises: putEntry(current.exercises, exercise) }))
        }
        onRemove={(id) => change((current) => ({ exercises: removeEntry(current.exercises, id) }))}
      />
    </>
  );
}
