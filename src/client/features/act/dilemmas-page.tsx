/** The dilemma trainer: dilemmas filtered by theme and by the user's office and body. */
import {
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { roleOf } from '../../../core/office.ts';
import { CheckboxField } from '../../components/checkbox-field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';
import { DilemmaCard } from './dilemma-card.tsx';
import { useDilemmaAnswers } from './use-act.ts';

export default function DilemmasPage() {
  const t = useT();
  const dilemmasContent = useContentFile('dilemmas');
  useContentFile('sources');
  const profile = useOfficeProfile();
  const { status, value, change } = useDilemmaAnswers();
  const [theme, setTheme] = useState('');
  const [forMe, setForMe] = useState(true);

  const fitsOffice = (dilemma: (typeof dilemmasContent.dilemmas)[number]) =>
    !profile ||
    (dilemma.bodies.includes(profile.body) &&
      (!dilemma.roles || dilemma.roles.includes(roleOf(profile.office))));
  const shown = dilemmasContent.dilemmas.filter(
    (dilemma) => (!theme || dilemma.theme === theme) && (!forMe || fitsOffice(dilemma)),
  );
  const answered = value ? Object.keys(value.answers).length : 0;

  return (
    <>
      <PageHeading>{t('act.dilemmas.title')}</PageHeading>
      <Paragraph lead>{dilemmasContent.intro.lead}</Paragraph>
      {dilemmasContent.intro.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
      <div className="app-filters">
        <FormField>
          <FormLabel htmlFor="dilemma-theme">{t('act.dilemmas.theme')}</FormLabel>
          <Select
            id="dilemma-theme"
            value={theme}
            onChange={(event) => setTheme(event.target.value)}
          >
            <SelectOption value="">{t('act.tips.all')}</SelectOption>
            {dilemmasContent.themes.map((candidate) => (
              <SelectOption key={candidate.id} value={candidate.id}>
                {candidate.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {profile && (
          <CheckboxField
            id="dilemma-for-me"
            label={t('act.dilemmas.forMe')}
            checked={forMe}
            onChange={setForMe}
          />
        )}
      </div>
      <Paragraph role="status">
        {t('act.dilemmas.count', { count: shown.length, answered })}
      </Paragraph>
      <StorageNotice status={status} />
      {value &&
        shown.map((dilemma) => (
          <DilemmaCard
            key={dilemma.id}
            dilemma={dilemma}
            themeName={
              dilemmasContent.themes.find((candidate) => candidate.id === dilemma.theme)!.name
            }
            chosen={value.answers[dilemma.id]}
            onChoose={(optionId) =>
              void change((current) => {
                const answers = { ...current.answers };
                if (optionId === undefined) delete answers[dilemma.id];
                else answers[dilemma.id] = optionId;
                return { answers };
              })
            }
          />
        ))}
    </>
  );
}
