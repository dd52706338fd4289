/**
 * A read-only address with a copy button: the text can also be selected by hand, and the
 * result of copying is announced.
 */
import { Button, FormField, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useT } from '../../i18n/locale-context.tsx';

export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const t = useT();
  const [copied, setCopied] = useState<'yes' | 'no'>();
  return (
    <FormField className="app-copy-field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <div className="app-copy-field__row">
        <Textbox
          id={id}
          value={value}
          readOnly
          onFocus={(event) => event.target.select()}
          className="app-copy-field__input"
        />
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            void navigator.clipboard.writeText(value).then(
              () => setCopied('yes'),
              () => setCopied('no'),
            )
          }
        >
          {t('session.copy')}
          <span className="app-visually-hidden">: {label}</span>
        </Button>
      </div>
      <Paragraph small aria-live="polite">
        {copied === 'yes' && t('session.copied')}
        {copied === 'no' && t('session.copyFailed')}
      </Paragraph>
    </FormField>
  );
}
