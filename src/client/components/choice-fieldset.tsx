/**
 * One choice among a few options, as radio buttons under a legend, with a message when the
 * person went on without choosing. The dilemma trainer, the guides and the group vote ask it.
 */
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';

interface ChoiceFieldsetProps {
  /** Unique on the page: the radio buttons' name and the prefix of their ids. */
  name: string;
  legend: string;
  options: ReadonlyArray<{ id: string; label: string }>;
  selected: string | undefined;
  onSelect: (optionId: string) => void;
  /** Shown (and the fieldset marked invalid) when set. */
  missingMessage?: string;
  className?: string;
}

export function ChoiceFieldset({
  name,
  legend,
  options,
  selected,
  onSelect,
  missingMessage,
  className,
}: ChoiceFieldsetProps) {
  return (
    <Fieldset invalid={Boolean(missingMessage)} className={className}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {missingMessage && <Paragraph className="app-inline-error">{missingMessage}</Paragraph>}
      <div className="app-choices">
        {options.map((option) => {
          const id = `${name}-${option.id}`;
          return (
            <FormField key={option.id} type="radio">
              <RadioButton
                id={id}
                name={name}
                checked={selected === option.id}
                onChange={() => onSelect(option.id)}
              />
              <FormLabel htmlFor={id} type="radio">
                {option.label}
              </FormLabel>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}
