/**
 * A dangerous action behind a second question: the button opens "are you sure?" with a yes
 * and a no; no returns focus to the button, so a keyboard user does not lose their place.
 */
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';

interface ConfirmedActionProps {
  label: string;
  question: string;
  yes: string;
  no: string;
  disabled?: boolean;
  onConfirm: () => Promise<unknown> | void;
}

export function ConfirmedAction({
  label,
  question,
  yes,
  no,
  disabled,
  onConfirm,
}: ConfirmedActionProps) {
  const [confirming, setConfirming] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  if (!confirming) {
    return (
      <Button
        ref={buttonRef}
        appearance="secondary-action-button"
        hint="danger"
        disabled={disabled}
        onClick={() => setConfirming(true)}
      >
        {label}
      </Button>
    );
  }
  return (
    <div className="app-confirm" role="group" aria-labelledby={questionId}>
      <Paragraph id={questionId}>
        <strong>{question}</strong>
      </Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          hint="danger"
          onClick={async () => {
            await onConfirm();
            setConfirming(false);
          }}
        >
          {yes}
        </Button>
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => buttonRef.current?.focus());
          }}
        >
          {no}
        </Button>
      </ButtonGroup>
    </div>
  );
}
