/**
 * The field where a participant types the join code. It forgives case, spaces and dashes,
 * says plainly what is wrong otherwise, and keeps what was typed. A valid code leads to the
 * participant page, which joins only when the participant says so.
 */
import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textbox,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { readJoinCode } from '../../../core/group-session/links.ts';
import { pathFor } from '../../../core/locale-paths.ts';
import { useLocale, useT } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';

const problemMessage: Record<'empty' | 'length' | 'characters', MessageId> = {
  empty: 'session.join.codeEmpty',
  length: 'session.join.codeLength',
  characters: 'session.join.codeCharacters',
};

/** The participant page for a code. */
export function participantPath(locale: 'nl' | 'en', code: string): string {
  return `${pathFor(locale, 'sessie/doe')}?code=${code}`;
}

export function JoinCodeForm({ initial = '' }: { initial?: string }) {
  const t = useT();
  const locale = useLocale();
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState(initial);
  const [problem, setProblem] = useState<MessageId>();
  const field = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = readJoinCode(typed);
    if (input.status !== 'valid') {
      setProblem(problemMessage[input.status]);
      field.current?.focus();
      return;
    }
    setProblem(undefined);
    navigate(participantPath(locale, input.code));
  }

  return (
    <form onSubmit={submit} noValidate className="app-form app-join-form">
      <FormField invalid={Boolean(problem)}>
        <FormLabel htmlFor="join-code">{t('session.join.codeLabel')}</FormLabel>
        <FormFieldDescription id="join-code-description">
          {t('session.join.codeDescription')}
        </FormFieldDescription>
        {problem && (
          <FormFieldErrorMessage id="join-code-error">{t(problem)}</FormFieldErrorMessage>
        )}
        <Textbox
          ref={field}
          id="join-code"
          name="code"
          value={typed}
          invalid={Boolean(problem)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="app-textbox--code"
          aria-describedby={
            problem ? 'join-code-error join-code-description' : 'join-code-description'
          }
          onChange={(event) => setTyped(event.target.value)}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button">
        {t('session.join.go')}
      </Button>
    </form>
  );
}
