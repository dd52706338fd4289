/**
 * The fields of the toolkit's forms, as NL Design System form fields: a label, an optional
 * description, the error message when the value was refused, and the input itself. Values
 * are kept as the user typed them (strings), so that a refused form loses nothing.
 */
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';

export type FieldKind =
  'text' | 'textarea' | 'date' | 'amount' | 'select' | 'choice' | 'yes-no' | 'multi' | 'lines';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: string;
  description?: string;
  optional?: boolean;
  /** For `date`: the date may not lie after today. */
  past?: boolean;
  /**
   * For `select`, `choice` (radio buttons), `multi` (checkboxes) and `yes-no`: the options
   * (yes-no takes exactly "yes" and "no").
   */
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** For `text`: the longest text, shown to the browser as a soft limit for the keyboard. */
  autoComplete?: string;
}

interface FieldProps {
  spec: FieldSpec;
  idPrefix: string;
  value: string;
  error?: string;
  optionalLabel: string;
  chooseLabel: string;
  onChange: (value: string) => void;
}

/** The id of a field's input, for labels and for links from the error summary. */
export function fieldId(idPrefix: string, name: string): string {
  return `${idPrefix}-${name}`;
}

export function FormFieldInput({
  spec,
  idPrefix,
  value,
  error,
  optionalLabel,
  chooseLabel,
  onChange,
}: FieldProps) {
  const id = fieldId(idPrefix, spec.name);
  const descriptionId = spec.description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  const label = spec.optional ? `${spec.label} ${optionalLabel}` : spec.label;
  const invalid = Boolean(error);

  if (spec.kind === 'yes-no' || spec.kind === 'choice' || spec.kind === 'multi') {
    const multi = spec.kind === 'multi';
    const chosen = new Set(value.split('\n').filter(Boolean));
    const toggle = (option: string, on: boolean) =>
      onChange(
        (spec.options ?? [])
          .map((candidate) => candidate.value)
          .filter((candidate) => (candidate === option ? on : chosen.has(candidate)))
          .join('\n'),
      );
    return (
      <Fieldset invalid={invalid} aria-describedby={describedBy} id={id} tabIndex={-1}>
        <FieldsetLegend>{label}</FieldsetLegend>
        {spec.description && (
          <FormFieldDescription id={descriptionId}>{spec.description}</FormFieldDescription>
        )}
        {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
        <div className="app-choices app-choices--inline">
          {spec.options?.map((option) => (
            <FormField key={option.value} type={multi ? 'checkbox' : 'radio'}>
              {multi ? (
                <Checkbox
                  id={`${id}-${option.value}`}
                  name={id}
                  value={option.value}
                  checked={chosen.has(option.value)}
                  invalid={invalid}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
              ) : (
                <RadioButton
                  id={`${id}-${option.value}`}
                  name={id}
                  value={option.value}
                  checked={value === option.value}
                  invalid={invalid}
                  onChange={() => onChange(option.value)}
                />
              )}
              <FormLabel htmlFor={`${id}-${option.value}`} type={multi ? 'checkbox' : 'radio'}>
                {option.label}
              </FormLabel>
            </FormField>
          ))}
        </div>
      </Fieldset>
    );
  }

  const common = {
    id,
    name: spec.name,
    value,
    invalid,
    required: !spec.optional,
    'aria-describedby': describedBy,
  };

  return (
    <FormField invalid={invalid}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {spec.description && (
        <FormFieldDescription id={descriptionId}>{spec.description}</FormFieldDescription>
      )}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {spec.kind === 'select' ? (
        <Select {...common} onChange={(event) => onChange(event.target.value)}>
          <SelectOption value="">{chooseLabel}</SelectOption>
          {spec.options?.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      ) : spec.kind === 'textarea' || spec.kind === 'lines' ? (
        <Textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <Textbox
          {...common}
          type={spec.kind === 'date' ? 'date' : 'text'}
          inputMode={spec.kind === 'amount' ? 'decimal' : undefined}
          autoComplete={spec.autoComplete ?? 'off'}
          className={
            spec.kind === 'date' || spec.kind === 'amount' ? 'app-textbox--short' : undefined
          }
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
