/**
 * The starting point: the user marks the conditions that apply to them, each explained,
 * with a private note, and sees what supports them and what they should watch. Each mark
 * and note is saved on this device as it is made.
 */
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { CheckboxField } from '../../components/checkbox-field.tsx';
import { NoteField } from '../../components/note-field.tsx';
import {
  noteLength,
  summarizeStartingPoint,
  type StartingPoint,
} from '../../../core/starting-point.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useStartingPoint } from './use-carry.ts';

export default function StartingPointPage() {
  const t = useT();
  const inventory = useContentFile('conditions');
  const { status, value: startingPoint, change } = useStartingPoint();

  const heading = <PageHeading>{t('carry.startingPoint.title')}</PageHeading>;
  if (!startingPoint) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }

  const marked = startingPoint.marked;
  const summary = summarizeStartingPoint(inventory.conditions, startingPoint);

  function mark(conditionId: string, applies: boolean) {
    void change((current): StartingPoint => {
      const next = { ...current.marked };
      if (applies) next[conditionId] = current.marked[conditionId] ?? {};
      else delete next[conditionId];
      return { marked: next };
    });
  }

  function saveNote(conditionId: string, note: string | undefined) {
    void change((current) => ({
      marked: { ...current.marked, [conditionId]: note === undefined ? {} : { note } },
    }));
  }

  return (
    <>
      {heading}
      <Paragraph lead>{inventory.intro.lead}</Paragraph>
      {inventory.intro.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
      <Paragraph>
        <a className="utrecht-link" href="#overview-heading">
          {t('carry.startingPoint.toOverview')}
        </a>
      </Paragraph>

      {inventory.categories.map((category) => (
        <section
          key={category.id}
          aria-labelledby={`category-${category.id}`}
          className="app-section"
        >
          <Heading2 id={`category-${category.id}`}>{category.title}</Heading2>
          <Paragraph>{category.intro}</Paragraph>
          <ul className="app-conditions">
            {inventory.conditions
              .filter((condition) => condition.category === category.id)
              .map((condition) => {
                const id = `condition-${condition.id}`;
                const applies = condition.id in marked;
                return (
                  <li key={condition.id} className="app-condition">
                    <CheckboxField
                      id={id}
                      label={condition.text}
                      description={condition.explanation}
                      checked={applies}
                      onChange={(checked) => mark(condition.id, checked)}
                    />
                    {applies && (
                      <NoteField
                        id={`${id}-note`}
                        label={t('carry.startingPoint.note', { condition: condition.text })}
                        stored={marked[condition.id]?.note}
                        maxLength={noteLength}
                        onSave={(note) => saveNote(condition.id, note)}
                      />
                    )}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}

      <section aria-labelledby="overview-heading" className="app-section app-callout">
        <Heading2 id="overview-heading" tabIndex={-1}>
          {t('carry.startingPoint.overview')}
        </Heading2>
        <Paragraph>
          {t('carry.startingPoint.count', {
            count: Object.keys(marked).filter((id) =>
              inventory.conditions.some((condition) => condition.id === id),
            ).length,
            total: inventory.conditions.length,
          })}
        </Paragraph>
        <Heading3>{t('carry.startingPoint.supports')}</Heading3>
        {summary.supports.length > 0 ? (
          <UnorderedList>
            {summary.supports.map((condition) => (
              <UnorderedListItem key={condition.id}>{condition.text}</UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph>{t('carry.startingPoint.supportsNone')}</Paragraph>
        )}
        <Heading3>{t('carry.startingPoint.watch')}</Heading3>
        {summary.watch.length > 0 ? (
          <UnorderedList>
            {summary.watch.map((condition) => (
              <UnorderedListItem key={condition.id}>
                <strong>{condition.text}</strong> {condition.watch}
                {marked[condition.id]?.note && (
                  <span className="app-note-quote">
                    {' '}
                    {t('carry.startingPoint.yourNote', { note: marked[condition.id]!.note! })}
                  </span>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph>{t('carry.startingPoint.watchNone')}</Paragraph>
        )}
      </section>
    </>
  );
}
