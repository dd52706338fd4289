/**
 * One statement on the 5-point agreement scale plus "niet van toepassing", as a group of
 * radio buttons with the statement as its legend. Used by the self-test and the culture scan.
 */
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import type { AnswerValue } from '../../core/likert.ts';

interface LikertStatementProps {
  /** Unique on the page: prefixes the radio buttons' ids and names. */
  id: string;
  numberLabel: string;
  text: string;
  options: ReadonlyArray<{ value: AnswerValue; label: string }>;
  value: AnswerValue | undefined;
  onAnswer: (value: AnswerValue) => void;
}

export function LikertStatement({
  id,
  numberLabel,
  text,
  options,
  value,
  onAnswer,
}: LikertStatementProps) {
  return (
    <Fieldset className="app-statement">
      <FieldsetLegend>
        <span className="app-statement__number">{numberLabel} </span>
        {text}
      </FieldsetLegend>
      <div className="app-scale">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <FormField
              key={option.value}
              type="radio"
              className={option.value === 'na' ? 'app-scale__na' : undefined}
            >
              <RadioButton
                id={optionId}
                name={id}
                value={String(option.value)}
                checked={value === option.value}
                onChange={() => onAnswer(option.value)}
              />
              <FormLabel htmlFor={optionId} type="radio">
                {option.label}
              </FormLabel>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}
