/**
 * A private note that saves while the user types, as long as it is valid. A note that is
 * too long (or has hidden characters) stays in the field with a message and is not saved
 * until it fits, so nothing typed is lost and nothing invalid is stored.
 */
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { fieldProblemsOf, textField, type FieldProblem } from '../../core/form-fields.ts';
import { useT } from '../i18n/locale-context.tsx';

interface NoteFieldProps {
  id: string;
  label: string;
  description?: string;
  stored: string | undefined;
  maxLength: number;
  rows?: number;
  onSave: (note: string | undefined) => void;
}

export function NoteField({
  id,
  label,
  description,
  stored,
  maxLength,
  rows = 2,
  onSave,
}: NoteFieldProps) {
  const t = useT();
  const [text, setText] = useState(stored ?? '');
  const [problem, setProblem] = useState<FieldProblem | undefined>();

  function edit(next: string) {
    setText(next);
    if (next.trim() === '') {
      setProblem(undefined);
      onSave(undefined);
      return;
    }
    const parsed = textField(maxLength, { multiline: true }).safeParse(next);
    if (parsed.success) {
      setProblem(undefined);
      onSave(next);
    } else {
      setProblem(fieldProblemsOf(parsed.error)[''] ?? 'invalid-choice');
    }
  }

  return (
    <FormField invalid={Boolean(problem)} className="app-note">
      <FormLabel htmlFor={id}>
        {label} {t('form.optional')}
      </FormLabel>
      {description && (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      )}
      {problem && (
        <FormFieldErrorMessage id={`${id}-error`}>
          {t(`form.problem.${problem}`)}
        </FormFieldErrorMessage>
      )}
      <Textarea
        id={id}
        rows={rows}
        value={text}
        invalid={Boolean(problem)}
        aria-describedby={
          [problem && `${id}-error`, description && `${id}-description`]
            .filter(Boolean)
            .join(' ') || undefined
        }
        onChange={(event) => edit(event.target.value)}
      />
    </FormField>
  );
}
