/**
 * A list the user keeps (register entries, decisions, incidents): every entry with its
 * summary and buttons to change or remove it, and a form to add or change one. The form
 * checks its values with the entry's schema; a refused form shows an error summary and
 * keeps everything typed. Everything works by keyboard; focus goes where the work continues.
 */
import {
  Alert,
  Button,
  ButtonGroup,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod/mini';
import { dayOf, type FieldProblem } from '../../core/form-fields.ts';
import { useT } from '../i18n/locale-context.tsx';
import { fieldId, FormFieldInput, type FieldSpec } from './form-fields.tsx';
import { readForm, toRawValues, type RawValues } from './form-values.ts';

interface EntryEditorProps<S extends z.ZodMiniType, T extends z.infer<S> & { id: string }> {
  /** Unique within the page: prefixes the ids of the form's fields. */
  idPrefix: string;
  entries: readonly T[];
  fields: readonly FieldSpec[];
  schema: S;
  /** The name of an entry, for its heading and the buttons that act on it. */
  nameOf: (entry: T) => string;
  /** The details of an entry under its name. */
  details: (entry: T) => ReactNode;
  texts: { add: string; addHeading: string; editHeading: string; empty: string };
  onSave: (entry: T) => Promise<void>;
  onRemove: (id: string) => Promise<void>;
  /** When given, every entry gets buttons to move it up or down the list. */
  onMove?: (id: string, step: -1 | 1) => Promise<void>;
}

export function EntryEditor<S extends z.ZodMiniType, T extends z.infer<S> & { id: string }>({
  idPrefix,
  entries,
  fields,
  schema,
  nameOf,
  details,
  texts,
  onSave,
  onRemove,
  onMove,
}: EntryEditorProps<S, T>) {
  const t = useT();
  const [editing, setEditing] = useState<{ id: string; isNew: boolean } | null>(null);
  const [raw, setRaw] = useState<RawValues>({});
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const formHeading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const focusAfter = useRef<'form' | 'add' | { moved: string; step: -1 | 1 } | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    if (target === 'form') formHeading.current?.focus();
    else if (target === 'add') addButton.current?.focus();
    else if (target) {
      // Keep the keyboard on the moved entry: its same button, or the other one at an end.
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>(
        `[data-move-entry="${CSS.escape(target.moved)}"]`,
      );
      const same = [...(buttons ?? [])].find(
        (button) => button.dataset['moveStep'] === String(target.step) && !button.disabled,
      );
      (same ?? [...(buttons ?? [])].find((button) => !button.disabled))?.focus();
    }
    focusAfter.current = null;
  });

  async function move(entry: T, step: -1 | 1) {
    await onMove?.(entry.id, step);
    focusAfter.current = { moved: entry.id, step };
    setStatus(t(step === -1 ? 'form.movedUp' : 'form.movedDown', { name: nameOf(entry) }));
  }

  function open(entry?: T) {
    setEditing({ id: entry?.id ?? crypto.randomUUID(), isNew: !entry });
    setRaw(entry ? toRawValues(fields, entry as Record<string, unknown>) : {});
    setProblems({});
    setStatus('');
    focusAfter.current = 'form';
  }

  function close(message = '') {
    setEditing(null);
    setProblems({});
    setStatus(message);
    focusAfter.current = 'add';
  }

  async function submit() {
    if (!editing) return;
    const result = readForm(fields, raw, schema, editing.id, dayOf(new Date()));
    if (!result.ok) {
      setProblems(result.problems);
      // Move to the summary after it renders, so a screen reader reads what to fix.
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    await onSave(result.entry as T);
    close(t('form.saved', { name: nameOf(result.entry as T) }));
  }

  async function remove(entry: T) {
    await onRemove(entry.id);
    setConfirming(null);
    setStatus(t('form.removed', { name: nameOf(entry) }));
    focusAfter.current = 'add';
  }

  const problemList = fields.filter((spec) => problems[spec.name]);

  return (
    <div className="app-entries">
      {entries.length === 0 ? (
        <Paragraph>{texts.empty}</Paragraph>
      ) : (
        <ul className="app-entry-list" ref={list}>
          {entries.map((entry, index) => (
            <li key={entry.id} className="app-entry">
              <Heading3 className="app-entry__name">{nameOf(entry)}</Heading3>
              <div className="app-entry__details">{details(entry)}</div>
              {confirming === entry.id ? (
                <div
                  className="app-confirm"
                  role="group"
                  aria-label={t('form.removeQuestion', { name: nameOf(entry) })}
                >
                  <Paragraph>{t('form.removeQuestion', { name: nameOf(entry) })}</Paragraph>
                  <ButtonGroup>
                    <Button
                      appearance="primary-action-button"
                      hint="danger"
                      onClick={() => void remove(entry)}
                    >
                      {t('form.removeYes')}
                    </Button>
                    <Button
                      appearance="secondary-action-button"
                      onClick={() => setConfirming(null)}
                    >
                      {t('form.removeNo')}
                    </Button>
                  </ButtonGroup>
                </div>
              ) : (
                <ButtonGroup>
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => open(entry)}
                    disabled={Boolean(editing)}
                  >
                    {t('form.edit')}
                    <span className="app-visually-hidden">: {nameOf(entry)}</span>
                  </Button>
                  {onMove && (
                    <>
                      <Button
                        appearance="subtle-button"
                        data-move-entry={entry.id}
                        data-move-step="-1"
                        disabled={Boolean(editing) || index === 0}
                        onClick={() => void move(entry, -1)}
                      >
                        {t('form.moveUp')}
                        <span className="app-visually-hidden">: {nameOf(entry)}</span>
                      </Button>
                      <Button
                        appearance="subtle-button"
                        data-move-entry={entry.id}
                        data-move-step="1"
                        disabled={Boolean(editing) || index === entries.length - 1}
                        onClick={() => void move(entry, 1)}
                      >
                        {t('form.moveDown')}
                        <span className="app-visually-hidden">: {nameOf(entry)}</span>
                      </Button>
                    </>
                  )}
                  <Button
                    appearance="subtle-button"
                    onClick={() => setConfirming(entry.id)}
                    disabled={Boolean(editing)}
                  >
                    {t('form.remove')}
                    <span className="app-visually-hidden">: {nameOf(entry)}</span>
                  </Button>
                </ButtonGroup>
              )}
            </li>
          ))}
        </ul>
      )}

      <p role="status" className="app-status">
        {status}
      </p>

      {editing ? (
        <form
          className="app-form app-entry-form"
          noValidate
          aria-labelledby={`${idPrefix}-form-heading`}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Heading3
            id={`${idPrefix}-form-heading`}
            ref={formHeading}
            tabIndex={-1}
            className="app-focus-target"
          >
            {editing.isNew ? texts.addHeading : texts.editHeading}
          </Heading3>
          {problemList.length > 0 && (
            <div ref={summary} tabIndex={-1} className="app-focus-target">
              <Alert type="error">
                <Paragraph>
                  <strong>{t('form.problemSummary', { count: problemList.length })}</strong>
                </Paragraph>
                <UnorderedList>
                  {problemList.map((spec) => (
                    <UnorderedListItem key={spec.name}>
                      <a className="utrecht-link" href={`#${fieldId(idPrefix, spec.name)}`}>
                        {spec.label}: {t(`form.problem.${problems[spec.name]!}`)}
                      </a>
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              </Alert>
            </div>
          )}
          {fields.map((spec) => (
            <FormFieldInput
              key={spec.name}
              spec={spec}
              idPrefix={idPrefix}
              value={raw[spec.name] ?? ''}
              error={problems[spec.name] && t(`form.problem.${problems[spec.name]!}`)}
              optionalLabel={t('form.optional')}
              chooseLabel={t('form.choose')}
              onChange={(value) => setRaw((current) => ({ ...current, [spec.name]: value }))}
            />
          ))}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button">
              {t('form.save')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => close()}>
              {t('form.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <Button ref={addButton} appearance="secondary-action-button" onClick={() => open()}>
          {texts.add}
        </Button>
      )}
    </div>
  );
}
