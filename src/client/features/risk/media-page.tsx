/**
 * Media and social media: guidance, and practice scenarios to reflect on, each with a
 * private note and pointers that help.
 */
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { NoteField } from '../../components/note-field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { SectionView } from '../../components/section-view.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useMediaNotes } from './use-risk.ts';

/** The longest reflection on a scenario (the stored schema allows the same). */
const reflectionLength = 2000;

export default function MediaPage() {
  const t = useT();
  const media = useContentFile('media');
  useContentFile('sources');
  const { status, value, change } = useMediaNotes();

  return (
    <>
      <PageHeading>{t('risk.media.title')}</PageHeading>
      <Paragraph lead>{media.intro.lead}</Paragraph>
      {media.intro.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
      {media.guidance.map((section) => (
        <SectionView key={section.id} section={section} />
      ))}

      <section aria-labelledby="scenarios-heading" className="app-section">
        <Heading2 id="scenarios-heading">{t('risk.media.scenariosHeading')}</Heading2>
        <Paragraph>{t('risk.media.scenariosIntro')}</Paragraph>
        <StorageNotice status={status} />
        <ol className="app-findings">
          {media.scenarios.map((scenario, index) => (
            <li key={scenario.id} className="app-entry">
              <Heading3>
                {t('risk.media.scenarioTitle', { number: index + 1, title: scenario.title })}
              </Heading3>
              <Paragraph>{scenario.situation}</Paragraph>
              <UnorderedList>
                {scenario.questions.map((question) => (
                  <UnorderedListItem key={question}>{question}</UnorderedListItem>
                ))}
              </UnorderedList>
              {value && (
                <NoteField
                  id={`scenario-${scenario.id}`}
                  label={t('risk.media.reflection', { title: scenario.title })}
                  stored={value.notes[scenario.id]}
                  maxLength={reflectionLength}
                  rows={3}
                  onSave={(note) =>
                    void change((current) => {
                      const notes = { ...current.notes };
                      if (note === undefined) delete notes[scenario.id];
                      else notes[scenario.id] = note;
                      return { notes };
                    })
                  }
                />
              )}
              <details className="app-details">
                <summary>{t('risk.media.pointers', { title: scenario.title })}</summary>
                <div className="app-details__body">
                  <UnorderedList>
                    {scenario.pointers.map((pointer) => (
                      <UnorderedListItem key={pointer}>{pointer}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                </div>
              </details>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
