/**
 * A checkbox with its label and an optional description read with it, as an NL Design
 * System form field. Used wherever the user ticks what applies to them.
 */
import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({
  id,
  label,
  description,
  checked,
  disabled,
  onChange,
}: CheckboxFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <FormField type="checkbox">
      <Checkbox
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={descriptionId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <FormLabel htmlFor={id} type="checkbox">
        {label}
      </FormLabel>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
    </FormField>
  );
}
