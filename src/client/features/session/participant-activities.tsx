/**
 * The activities a participant answers on a phone, one screen at a time: the self-test's 30
 * statements for every role (by theme) and the culture scan (seven per screen), with the
 * same statement component as the personal tools; and the risk scan's ticks (features, then
 * processes). Moving on sends the activity's answers; the last screen marks it finished.
 */
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { AnswerActivity } from '../../../core/group-session/contract.ts';
import { areaFeatures, vulnerableProcesses } from '../../../core/risk-scan.ts';
import type { AnswerValue } from '../../../core/likert.ts';
import { CheckboxField } from '../../components/checkbox-field.tsx';
import { LikertStatement } from '../../components/likert-statement.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import { activityName } from './activity-names.ts';
import { firstOpenScreen, screensByKey, screensOfSize, type Screen } from './activity-screens.ts';
import type { StoredSession } from './participant-store.ts';
import type { SessionContent } from './session-content.ts';

type Answers = StoredSession['answers'];

interface ActivityProps {
  answers: Answers;
  content: SessionContent;
  onChange: (update: (answers: Answers) => Answers) => void;
  /** Sends the activity's answers; resolves to whether the server has them. */
  onSend: () => Promise<boolean>;
  onDone: () => void;
  notice: ReactNode;
}

/** Screens with a heading that takes focus when the screen changes. */
function useScreenStep(start: number) {
  const [step, setStep] = useState(start);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current !== step) {
      shown.current = step;
      window.scrollTo(0, 0);
      heading.current?.focus();
    }
  }, [step]);
  useEffect(() => heading.current?.focus(), []);
  return { step, setStep, heading };
}

function ScreenButtons({
  step,
  steps,
  busy,
  onMove,
}: {
  step: number;
  steps: number;
  busy: boolean;
  onMove: (to: number | 'finish') => void;
}) {
  const t = useT();
  return (
    <ButtonGroup>
      {step > 0 && (
        <Button
          appearance="secondary-action-button"
          disabled={busy}
          onClick={() => onMove(step - 1)}
        >
          {t('session.participant.previous')}
        </Button>
      )}
      {step < steps - 1 ? (
        <Button
          appearance="primary-action-button"
          busy={busy}
          disabled={busy}
          onClick={() => onMove(step + 1)}
        >
          {t('session.participant.next')}
        </Button>
      ) : (
        <Button
          appearance="primary-action-button"
          busy={busy}
          disabled={busy}
          onClick={() => onMove('finish')}
        >
          {t('session.participant.finish')}
        </Button>
      )}
    </ButtonGroup>
  );
}

/** Moves between screens, sending first; stays on the screen when sending failed. */
function useMove(
  setStep: (step: number) => void,
  onSend: () => Promise<boolean>,
  markFinished: () => void,
  onDone: () => void,
) {
  const [busy, setBusy] = useState(false);
  const move = async (to: number | 'finish') => {
    if (to === 'finish') markFinished();
    setBusy(true);
    const sent = await onSend();
    setBusy(false);
    if (!sent) return;
    if (to === 'finish') onDone();
    else setStep(to);
  };
  return { busy, move: (to: number | 'finish') => void move(to) };
}

/** The frame every activity screen shares: progress, heading, the form and its buttons. */
function ActivityFrame({
  activity,
  title,
  step,
  steps,
  heading,
  busy,
  onMove,
  onDone,
  notice,
  intro,
  children,
}: {
  activity: AnswerActivity;
  title: string;
  step: number;
  steps: number;
  heading: RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  onMove: (to: number | 'finish') => void;
  onDone: () => void;
  notice: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section aria-labelledby="activity-heading" className="app-section">
      <Paragraph className="app-progress-text">
        {t('session.participant.progress', {
          activity: t(activityName[activity]),
          step: step + 1,
          steps,
        })}
      </Paragraph>
      <Heading2 id="activity-heading" ref={heading} tabIndex={-1} className="app-focus-target">
        {title}
      </Heading2>
      {intro}
      <form className="app-form" onSubmit={(event) => event.preventDefault()}>
        {children}
        {notice}
        <ScreenButtons step={step} steps={steps} busy={busy} onMove={onMove} />
      </form>
      <Button appearance="subtle-button" onClick={onDone}>
        {t('session.participant.toOverview')}
      </Button>
    </section>
  );
}

export function LikertActivity({
  activity,
  answers,
  content,
  onChange,
  onSend,
  onDone,
  notice,
}: ActivityProps & { activity: 'self-test' | 'culture-scan' }) {
  const t = useT();
  const isSelfTest = activity === 'self-test';
  const source = isSelfTest ? content.selftest : content.culture;
  const screens: Screen<{ id: string; text: string }>[] = isSelfTest
    ? screensByKey(content.selfTestItems, (item) => item.theme)
    : screensOfSize(content.culture.items, 7);
  const own = answers[activity] ?? { answers: {}, finished: false };
  const { step, setStep, heading } = useScreenStep(
    firstOpenScreen(screens, (id) => own.answers[id] !== undefined),
  );
  const markFinished = () =>
    onChange((current) => ({
      ...current,
      [activity]: { answers: current[activity]?.answers ?? {}, finished: true },
    }));
  const { busy, move } = useMove(setStep, onSend, markFinished, onDone);
  const screen = screens[step]!;
  const theme = isSelfTest
    ? content.selftest.themes.find((candidate) => candidate.id === screen.id)
    : undefined;
  const options: Array<{ value: AnswerValue; label: string }> = [
    ...source.scale.map((point) => ({ value: point.value as AnswerValue, label: point.label })),
    { value: 'na', label: source.notApplicable },
  ];
  const offset = screens.slice(0, step).reduce((total, earlier) => total + earlier.items.length, 0);

  return (
    <ActivityFrame
      activity={activity}
      title={theme?.title ?? t(activityName[activity])}
      step={step}
      steps={screens.length}
      heading={heading}
      busy={busy}
      onMove={move}
      onDone={onDone}
      notice={notice}
      intro={
        theme ? (
          <Paragraph>{theme.intro}</Paragraph>
        ) : (
          step === 0 && <Paragraph>{content.culture.intro.lead}</Paragraph>
        )
      }
    >
      {screen.items.map((item, index) => (
        <LikertStatement
          key={item.id}
          id={`${activity}-${item.id}`}
          numberLabel={t('common.statementNumber', { number: offset + index + 1 })}
          text={item.text}
          options={options}
          value={own.answers[item.id]}
          onAnswer={(value) =>
            onChange((current) => ({
              ...current,
              [activity]: {
                answers: { ...current[activity]?.answers, [item.id]: value },
                finished: current[activity]?.finished ?? false,
              },
            }))
          }
        />
      ))}
      {own.finished && step === screens.length - 1 && (
        <Alert type="ok">
          <Paragraph>{t('session.participant.finishedNote')}</Paragraph>
        </Alert>
      )}
    </ActivityFrame>
  );
}

export function RiskActivity({
  answers,
  content,
  onChange,
  onSend,
  onDone,
  notice,
}: ActivityProps) {
  const t = useT();
  const own = answers['risk-scan'] ?? { features: [], processes: [], finished: false };
  const { step, setStep, heading } = useScreenStep(0);
  const markFinished = () =>
    onChange((current) => ({
      ...current,
      'risk-scan': { ...(current['risk-scan'] ?? { features: [], processes: [] }), finished: true },
    }));
  const { busy, move } = useMove(setStep, onSend, markFinished, onDone);
  const lists = [
    {
      key: 'features' as const,
      all: areaFeatures as readonly string[],
      entries: content.risks.features,
      heading: t('session.participant.risk.featuresHeading'),
      legend: t('session.participant.risk.featuresLegend'),
    },
    {
      key: 'processes' as const,
      all: vulnerableProcesses as readonly string[],
      entries: content.risks.processes,
      heading: t('session.participant.risk.processesHeading'),
      legend: t('session.participant.risk.processesLegend'),
    },
  ];
  const list = lists[step]!;
  const ticked = own[list.key];

  return (
    <ActivityFrame
      activity="risk-scan"
      title={list.heading}
      step={step}
      steps={lists.length}
      heading={heading}
      busy={busy}
      onMove={move}
      onDone={onDone}
      notice={notice}
    >
      <Fieldset>
        <FieldsetLegend>{list.legend}</FieldsetLegend>
        <ul className="app-conditions">
          {list.entries.map((entry) => (
            <li key={entry.id} className="app-condition">
              <CheckboxField
                id={`risk-${entry.id}`}
                label={entry.name}
                description={entry.explanation}
                checked={ticked.includes(entry.id)}
                onChange={(on) =>
                  onChange((current) => {
                    const risk = current['risk-scan'] ?? {
                      features: [],
                      processes: [],
                      finished: false,
                    };
                    const next = list.all.filter((id) =>
                      id === entry.id ? on : risk[list.key].includes(id),
                    );
                    return { ...current, 'risk-scan': { ...risk, [list.key]: next } };
                  })
                }
              />
            </li>
          ))}
        </ul>
      </Fieldset>
    </ActivityFrame>
  );
}
