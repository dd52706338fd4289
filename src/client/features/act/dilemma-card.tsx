/**
 * One dilemma in the trainer: the situation and the options; the user chooses first, then
 * sees the considerations per option from several perspectives, the rules that apply, and —
 * only where the law decides — which option is required.
 */
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import type { Content } from '../../../content/schema.ts';
import { SourceCitations } from '../../components/source-citations.tsx';
import { ChoiceFieldset } from '../../components/choice-fieldset.tsx';
import { useT } from '../../i18n/locale-context.tsx';

type Dilemma = Content['dilemmas']['dilemmas'][number];

interface DilemmaCardProps {
  dilemma: Dilemma;
  themeName: string;
  chosen: string | undefined;
  onChoose: (optionId: string | undefined) => void;
}

export function DilemmaCard({ dilemma, themeName, chosen, onChoose }: DilemmaCardProps) {
  const t = useT();
  const [selected, setSelected] = useState<string | undefined>(chosen);
  const [missing, setMissing] = useState(false);
  const reveal = useRef<HTMLHeadingElement>(null);
  const headingId = `dilemma-${dilemma.id}`;

  function choose() {
    if (!selected) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onChoose(selected);
    requestAnimationFrame(() => reveal.current?.focus());
  }

  return (
    <article aria-labelledby={headingId} className="app-entry">
      <Heading2 id={headingId} className="app-small-heading">
        {dilemma.title}
      </Heading2>
      <Paragraph small>
        {themeName}
        {dilemma.discuss && <strong> · {t('act.dilemmas.discuss')}</strong>}
      </Paragraph>
      <Paragraph>{dilemma.situation}</Paragraph>
      {chosen === undefined ? (
        <form
          className="app-form"
          onSubmit={(event) => {
            event.preventDefault();
            choose();
          }}
        >
          <ChoiceFieldset
            name={headingId}
            legend={t('act.dilemmas.question')}
            options={dilemma.options}
            selected={selected}
            onSelect={setSelected}
            missingMessage={missing ? t('act.dilemmas.chooseFirst') : undefined}
          />
          <Button type="submit" appearance="primary-action-button">
            {t('act.dilemmas.choose')}
            <span className="app-visually-hidden">: {dilemma.title}</span>
          </Button>
        </form>
      ) : (
        <>
          <Heading3 ref={reveal} tabIndex={-1} className="app-focus-target app-small-heading">
            {t('act.dilemmas.considerations')}
          </Heading3>
          {dilemma.options.map((option) => (
            <div key={option.id} className="app-option">
              <Paragraph>
                <strong>{option.label}</strong>
                {option.id === chosen && <> ({t('act.dilemmas.yourChoice')})</>}
                {option.required && <strong> · {t('act.dilemmas.required')}</strong>}
              </Paragraph>
              <UnorderedList>
                {option.considerations.map((consideration) => (
                  <UnorderedListItem key={consideration.text}>
                    <strong>{t(`act.perspective.${consideration.perspective}`)}:</strong>{' '}
                    {consideration.text}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </div>
          ))}
          <Paragraph>
            <strong>{t('act.dilemmas.rules')}</strong>
          </Paragraph>
          <UnorderedList>
            {dilemma.rules.map((rule) => (
              <UnorderedListItem key={rule}>{rule}</UnorderedListItem>
            ))}
          </UnorderedList>
          {!dilemma.options.some((option) => option.required) && (
            <Paragraph>{t('act.dilemmas.noRequired')}</Paragraph>
          )}
          <SourceCitations ids={dilemma.sources} />
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setSelected(undefined);
                onChoose(undefined);
              }}
            >
              {t('act.dilemmas.again')}
              <span className="app-visually-hidden">: {dilemma.title}</span>
            </Button>
          </ButtonGroup>
        </>
      )}
    </article>
  );
}
