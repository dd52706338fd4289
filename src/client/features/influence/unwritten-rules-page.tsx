/**
 * Unwritten rules: reflection prompts about the rules nobody writes down around the user,
 * each answered privately and saved while typing.
 */
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { NoteField } from '../../components/note-field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useUnwrittenRules } from './use-influence.ts';

/** The longest answer to a prompt (the stored schema allows the same). */
const answerLength = 2000;

export default function UnwrittenRulesPage() {
  const t = useT();
  const { unwrittenRules } = useContentFile('influence');
  const { status, value, change } = useUnwrittenRules();
  const answered = value
    ? unwrittenRules.prompts.filter((prompt) => value.answers[prompt.id]).length
    : 0;

  return (
    <>
      <PageHeading>{t('influence.rules.title')}</PageHeading>
      <Paragraph lead>{unwrittenRules.intro}</Paragraph>
      <StorageNotice status={status} />
      {value && (
        <>
          <Paragraph role="status">
            <strong>
              {t('influence.rules.progress', { answered, total: unwrittenRules.prompts.length })}
            </strong>
          </Paragraph>
          {unwrittenRules.prompts.map((prompt, index) => (
            <section
              key={prompt.id}
              aria-labelledby={`prompt-${prompt.id}`}
              className="app-section"
            >
              <Heading2 id={`prompt-${prompt.id}`} className="app-small-heading">
                {t('influence.rules.promptHeading', { number: index + 1, theme: prompt.theme })}
              </Heading2>
              <NoteField
                id={`rule-${prompt.id}`}
                label={prompt.question}
                description={prompt.hint}
                stored={value.answers[prompt.id]}
                maxLength={answerLength}
                rows={3}
                onSave={(answer) =>
                  void change((current) => {
                    const answers = { ...current.answers };
                    if (answer === undefined) delete answers[prompt.id];
                    else answers[prompt.id] = answer;
                    return { answers };
                  })
                }
              />
            </section>
          ))}
        </>
      )}
    </>
  );
}
