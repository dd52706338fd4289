/**
 * The influence map's list: the people and organisations around the user, added, changed,
 * removed and reordered by keyboard. The picture and the signals are on the next page.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { putEntry, removeEntry } from '../../../core/entry-list.ts';
import { influenceEntrySchema, moveEntry } from '../../../core/influence-map.ts';
import { AppLink } from '../../components/app-link.tsx';
import { EntryEditor } from '../../components/entry-editor.tsx';
import type { FieldSpec } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useInfluenceWords } from './influence-words.ts';
import { useInfluenceMap } from './use-influence.ts';

export default function MapPage() {
  const t = useT();
  const influence = useContentFile('influence');
  const words = useInfluenceWords();
  const { status, value: map, change } = useInfluenceMap();

  const fields = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'label',
        kind: 'text',
        label: t('influence.field.label'),
        description: t('influence.field.labelHint'),
      },
      {
        name: 'category',
        kind: 'select',
        label: t('influence.field.category'),
        options: words.options.categories,
      },
      {
        name: 'ring',
        kind: 'choice',
        label: t('influence.field.ring'),
        options: words.options.rings,
      },
      {
        name: 'influence',
        kind: 'choice',
        label: t('influence.field.influence'),
        options: words.options.levels,
      },
      {
        name: 'ties',
        kind: 'multi',
        label: t('influence.field.ties'),
        options: words.options.ties,
      },
      {
        name: 'flags',
        kind: 'multi',
        label: t('influence.field.flags'),
        options: words.options.flags,
        optional: true,
      },
      { name: 'note', kind: 'textarea', label: t('influence.field.note'), optional: true },
    ],
    [t, words],
  );

  const heading = <PageHeading>{t('influence.map.title')}</PageHeading>;
  if (!map) {
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
      <Paragraph lead>{influence.intro.lead}</Paragraph>
      {influence.intro.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
      <EntryEditor
        idPrefix="influence"
        entries={map.entries}
        fields={fields}
        schema={influenceEntrySchema}
        nameOf={(entry) => entry.label}
        details={(entry) => <Paragraph>{words.describe(entry)}</Paragraph>}
        texts={{
          add: t('influence.map.add'),
          addHeading: t('influence.map.addHeading'),
          editHeading: t('influence.map.editHeading'),
          empty: t('influence.map.empty'),
        }}
        onSave={(entry) => change((current) => ({ entries: putEntry(current.entries, entry) }))}
        onRemove={(id) => change((current) => ({ entries: removeEntry(current.entries, id) }))}
        onMove={(id, step) =>
          change((current) => ({ entries: moveEntry(current.entries, id, step) }))
        }
      />
      {map.entries.length > 0 && (
        <Paragraph>
          <AppLink page="wie-wat-beinvloedt-jou/beeld" variant="button">
            {t('influence.map.toPicture')}
          </AppLink>
        </Paragraph>
      )}
    </>
  );
}
