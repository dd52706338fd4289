/**
 * A passphrase input as an NL Design System form field. Uncontrolled: forms read it with
 * FormData, so the passphrase never sits in React state longer than one submit.
 */
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textbox,
} from '@utrecht/component-library-react';

interface PassphraseFieldProps {
  name: string;
  label: string;
  description?: string;
  error?: string;
  /** 'new-password' lets password managers offer to store a new passphrase. */
  autoComplete: 'current-password' | 'new-password';
}

export function PassphraseField({
  name,
  label,
  description,
  error,
  autoComplete,
}: PassphraseFieldProps) {
  const id = `passphrase-${name}`;
  const describedBy = [description && `${id}-description`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <FormField invalid={Boolean(error)}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {description && (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      )}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <Textbox
        id={id}
        name={name}
        type="password"
        autoComplete={autoComplete}
        spellCheck={false}
        invalid={Boolean(error)}
        aria-describedby={describedBy || undefined}
      />
    </FormField>
  );
}

/** The value of a passphrase field in a submitted form ('' when absent). */
export function passphraseOf(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}
