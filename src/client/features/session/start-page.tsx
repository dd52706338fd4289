/**
 * The facilitator starts a group session: title, language, activities, which dilemmas (those
 * marked for discussion preselected), the minimum group size k and the expiry. On success the
 * secret facilitator link is shown once, with the join code, its QR code and the join URL.
 */
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  RadioButton,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  defaultExpiryDays,
  defaultK,
  sessionActivities,
  type CreateSessionResponse,
  type SessionActivity,
} from '../../../core/group-session/contract.ts';
import { facilitatorFragment } from '../../../core/group-session/links.ts';
import { locales, type Locale } from '../../../core/locale.ts';
import { pathFor } from '../../../core/locale-paths.ts';
import { CheckboxField } from '../../components/checkbox-field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useLocale, useT } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';
import { activityName } from './activity-names.ts';
import { CopyField } from './copy-field.tsx';
import { JoinDetails } from './join-details.tsx';
import { failureMessage } from './session-messages.ts';
import { createSession, SessionApiError, type SessionFailure } from './session-api.ts';
import { useSessionContent } from './session-content.ts';
import {
  readStartForm,
  type StartFormError,
  type StartFormField,
  type StartFormProblem,
  type StartFormValues,
} from './start-form.ts';

const problemMessage: Record<StartFormProblem, MessageId> = {
  'title-empty': 'session.start.error.titleEmpty',
  'title-long': 'session.start.error.titleLong',
  'no-activity': 'session.start.error.noActivity',
  'no-dilemma': 'session.start.error.noDilemma',
  'too-many-dilemmas': 'session.start.error.tooManyDilemmas',
  'k-range': 'session.start.error.kRange',
  'expiry-range': 'session.start.error.expiryRange',
};

const activityDescription: Record<SessionActivity, MessageId> = {
  'self-test': 'session.start.activityInfo.self-test',
  'culture-scan': 'session.start.activityInfo.culture-scan',
  dilemmas: 'session.start.activityInfo.dilemmas',
  'risk-scan': 'session.start.activityInfo.risk-scan',
};

const fieldIds: Record<StartFormField, string> = {
  title: 'session-title',
  activities: 'session-activities',
  dilemmas: 'session-dilemmas',
  k: 'session-k',
  expiresInDays: 'session-expiry',
};

interface Created {
  response: CreateSessionResponse;
  locale: Locale;
}

export default function StartPage() {
  const t = useT();
  const locale = useLocale();
  const content = useSessionContent();
  const [values, setValues] = useState<StartFormValues>(() => ({
    title: '',
    locale,
    activities: ['self-test', 'dilemmas'],
    dilemmaIds: content.allDilemmas
      .filter((dilemma) => dilemma.discuss)
      .map((dilemma) => dilemma.id),
    k: String(defaultK),
    expiresInDays: String(defaultExpiryDays),
  }));
  const [errors, setErrors] = useState<StartFormError[]>([]);
  const [failure, setFailure] = useState<SessionFailure>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Created>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const heading = <PageHeading>{t('session.start.title')}</PageHeading>;

  if (created)
    return (
      <>
        {heading}
        <CreatedSession created={created} />
      </>
    );

  const errorFor = (field: StartFormField) => errors.find((error) => error.field === field);
  const errorText = (field: StartFormField) => {
    const error = errorFor(field);
    return error ? t(problemMessage[error.problem]) : undefined;
  };
  const set = (change: Partial<StartFormValues>) =>
    setValues((current) => ({ ...current, ...change }));
  const toggle = <T extends string>(list: readonly T[], all: readonly T[], value: T, on: boolean) =>
    all.filter((candidate) => (candidate === value ? on : list.includes(candidate)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = readStartForm(values);
    if ('errors' in result) {
      setErrors(result.errors);
      setFailure(undefined);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setErrors([]);
    setFailure(undefined);
    setBusy(true);
    try {
      const response = await createSession(result.request);
      setCreated({ response, locale: result.request.locale });
    } catch (error) {
      setFailure(error instanceof SessionApiError ? error.failure : 'network');
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const withDilemmas = values.activities.includes('dilemmas');
  const allIds = content.allDilemmas.map((dilemma) => dilemma.id);

  return (
    <>
      {heading}
      <Paragraph lead>{t('session.start.lead')}</Paragraph>

      <div ref={summaryRef} tabIndex={-1} className="app-status">
        {errors.length > 0 && (
          <div role="alert" className="app-error-summary">
            <Heading2>{t('session.start.errorSummary')}</Heading2>
            <UnorderedList>
              {errors.map((error) => (
                <UnorderedListItem key={error.field}>
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${fieldIds[error.field]}`}
                  >
                    {t(problemMessage[error.problem])}
                  </a>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </div>
        )}
        {failure && (
          <Alert type="error">
            <Paragraph>{t(failureMessage(failure, 'start'))}</Paragraph>
          </Alert>
        )}
      </div>

      <form onSubmit={(event) => void submit(event)} noValidate className="app-form">
        <FormField invalid={Boolean(errorFor('title'))}>
          <FormLabel htmlFor={fieldIds.title}>{t('session.start.titleLabel')}</FormLabel>
          <FormFieldDescription id="session-title-description">
            {t('session.start.titleDescription')}
          </FormFieldDescription>
          {errorText('title') && (
            <FormFieldErrorMessage id="session-title-error">
              {errorText('title')}
            </FormFieldErrorMessage>
          )}
          <Textbox
            id={fieldIds.title}
            value={values.title}
            invalid={Boolean(errorFor('title'))}
            required
            autoComplete="off"
            aria-describedby={
              errorFor('title')
                ? 'session-title-error session-title-description'
                : 'session-title-description'
            }
            onChange={(event) => set({ title: event.target.value })}
          />
        </FormField>

        <Fieldset>
          <FieldsetLegend>{t('session.start.localeLegend')}</FieldsetLegend>
          <FormFieldDescription>{t('session.start.localeDescription')}</FormFieldDescription>
          <div className="app-choices app-choices--inline">
            {locales.map((option) => (
              <FormField key={option} type="radio">
                <RadioButton
                  id={`session-locale-${option}`}
                  name="session-locale"
                  checked={values.locale === option}
                  onChange={() => set({ locale: option })}
                />
                <FormLabel htmlFor={`session-locale-${option}`} type="radio">
                  {t(option === 'nl' ? 'session.start.localeNl' : 'session.start.localeEn')}
                </FormLabel>
              </FormField>
            ))}
          </div>
        </Fieldset>

        <Fieldset invalid={Boolean(errorFor('activities'))} id={fieldIds.activities} tabIndex={-1}>
          <FieldsetLegend>{t('session.start.activitiesLegend')}</FieldsetLegend>
          {errorText('activities') && (
            <FormFieldErrorMessage>{errorText('activities')}</FormFieldErrorMessage>
          )}
          {sessionActivities.map((activity) => (
            <CheckboxField
              key={activity}
              id={`session-activity-${activity}`}
              label={t(activityName[activity])}
              description={t(activityDescription[activity])}
              checked={values.activities.includes(activity)}
              onChange={(on) =>
                set({ activities: toggle(values.activities, sessionActivities, activity, on) })
              }
            />
          ))}
        </Fieldset>

        {withDilemmas && (
          <Fieldset invalid={Boolean(errorFor('dilemmas'))} id={fieldIds.dilemmas} tabIndex={-1}>
            <FieldsetLegend>{t('session.start.dilemmasLegend')}</FieldsetLegend>
            <FormFieldDescription>
              {t('session.start.dilemmasDescription', { chosen: values.dilemmaIds.length })}
            </FormFieldDescription>
            {errorText('dilemmas') && (
              <FormFieldErrorMessage>{errorText('dilemmas')}</FormFieldErrorMessage>
            )}
            <ul className="app-conditions">
              {content.allDilemmas.map((dilemma) => (
                <li key={dilemma.id} className="app-condition">
                  <CheckboxField
                    id={`session-dilemma-${dilemma.id}`}
                    label={dilemma.title}
                    description={dilemma.discuss ? t('session.start.discuss') : undefined}
                    checked={values.dilemmaIds.includes(dilemma.id)}
                    onChange={(on) =>
                      set({ dilemmaIds: toggle(values.dilemmaIds, allIds, dilemma.id, on) })
                    }
                  />
                </li>
              ))}
            </ul>
          </Fieldset>
        )}

        <NumberField
          id={fieldIds.k}
          label={t('session.start.kLabel')}
          description={t('session.start.kDescription')}
          value={values.k}
          error={errorText('k')}
          onChange={(k) => set({ k })}
        />
        <NumberField
          id={fieldIds.expiresInDays}
          label={t('session.start.expiryLabel')}
          description={t('session.start.expiryDescription')}
          value={values.expiresInDays}
          error={errorText('expiresInDays')}
          onChange={(expiresInDays) => set({ expiresInDays })}
        />

        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('session.start.submit')}
        </Button>
      </form>
    </>
  );
}

function NumberField(props: {
  id: string;
  label: string;
  description: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { id, label, description, value, error, onChange } = props;
  return (
    <FormField invalid={Boolean(error)}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <Textbox
        id={id}
        value={value}
        inputMode="numeric"
        invalid={Boolean(error)}
        required
        autoComplete="off"
        className="app-textbox--short"
        aria-describedby={error ? `${id}-error ${id}-description` : `${id}-description`}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormField>
  );
}

function CreatedSession({ created }: { created: Created }) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form is gone: start reading at the result, which holds the link to keep.
  useEffect(() => headingRef.current?.focus(), []);
  const locale = useLocale();
  const { response } = created;
  const fragment = facilitatorFragment({
    sessionId: response.sessionId,
    token: response.facilitatorToken,
  });
  const facilitatorLink = `${window.location.origin}${pathFor(locale, 'sessie/beheer')}#${fragment}`;
  return (
    <section aria-labelledby="created" className="app-section">
      <Heading2 id="created" ref={headingRef} tabIndex={-1} className="app-focus-target">
        {t('session.created.heading')}
      </Heading2>
      <Alert type="warning">
        <Paragraph>
          <strong>{t('session.created.keepLinkTitle')}</strong>
        </Paragraph>
        <Paragraph>{t('session.created.keepLink')}</Paragraph>
      </Alert>
      <CopyField
        id="facilitator-link"
        label={t('session.created.linkLabel')}
        value={facilitatorLink}
      />
      <Paragraph>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={facilitatorLink}
        >
          {t('session.created.toDashboard')}
        </a>
      </Paragraph>
      <JoinDetails code={response.joinCode} locale={created.locale} headingLevel={3} />
    </section>
  );
}
