/**
 * Kies je ambt: the user picks body, office and optionally the named area. The choice is
 * validated by the same schema that guards storage and imports, and kept on this device.
 */
import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AreaLists } from '../../content/areas.ts';
import { blockIds } from '../../core/blocks.ts';
import type { Area } from '../../core/office-profile.ts';
import { bodies, isOfficeInBody, officesIn, type Body, type Office } from '../../core/office.ts';
import { AppLink } from '../components/app-link.tsx';
import { describeOffice } from '../components/office-description.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { StorageNotice } from '../components/storage-notice.tsx';
import { useContent, useT } from '../i18n/locale-context.tsx';
import { useOfficeProfile, usePersonalData } from '../storage/personal-data-context.tsx';

type FieldError = { field: 'body' | 'office'; message: string };

export default function OfficePage() {
  const t = useT();
  const content = useContent();
  const { state, save } = usePersonalData();
  const stored = useOfficeProfile();
  const [body, setBody] = useState<Body | undefined>(stored?.body);
  const [office, setOffice] = useState<Office | undefined>(stored?.office);
  const [areaCode, setAreaCode] = useState(stored?.area?.code ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState<'idle' | 'saved' | 'cleared'>('idle');
  const [loadedFrom, setLoadedFrom] = useState(stored);
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  // The stored profile arrives after the first render; adopt it once it does.
  if (stored !== loadedFrom) {
    setLoadedFrom(stored);
    setBody(stored?.body);
    setOffice(stored?.office);
    setAreaCode(stored?.area?.code ?? '');
  }

  const officeName = (id: Office) => content.offices.offices.find((entry) => entry.id === id)!;
  const bodyEntry = content.offices.bodies.find((entry) => entry.id === body);
  // The lists of gemeenten, provincies and waterschappen load once a body is chosen.
  const [areas, setAreas] = useState<AreaLists | null>(null);
  useEffect(() => {
    if (body && !areas) void import('virtual:areas').then((module) => setAreas(module.default));
  }, [body, areas]);
  const areaOptions: readonly Area[] = body && areas ? areas[body] : [];

  function chooseBody(next: Body) {
    setBody(next);
    if (office && !isOfficeInBody(office, next)) setOffice(undefined);
    setAreaCode('');
    setStatus('idle');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!body) found.push({ field: 'body', message: t('office.errorBody') });
    if (!office) found.push({ field: 'office', message: t('office.errorOffice') });
    setErrors(found);
    if (found.length > 0 || !body || !office) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const area = areaOptions.find((entry) => entry.code === areaCode);
    await save('profile', {
      office,
      body,
      ...(area ? { area: { code: area.code, name: area.name } } : {}),
    });
    setStatus('saved');
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  async function clear() {
    await save('profile', undefined);
    setStatus('cleared');
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  const errorFor = (field: FieldError['field']) => errors.find((error) => error.field === field);
  const saved = status === 'saved' && stored;

  return (
    <>
      <PageHeading>{t('office.title')}</PageHeading>
      <Paragraph lead>{t('office.intro')}</Paragraph>

      {state.status === 'unavailable' && <StorageNotice status={state.status} />}

      {errors.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="app-error-summary">
          <Heading2>{t('office.errorSummary')}</Heading2>
          <UnorderedList>
            {errors.map((error) => (
              <UnorderedListItem key={error.field}>
                <a className="utrecht-link utrecht-link--html-a" href={`#field-${error.field}`}>
                  {error.message}
                </a>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}

      <div ref={statusRef} tabIndex={-1} className="app-status">
        {saved && (
          <Alert type="ok">
            <Paragraph>{t('office.saved', { office: describeOffice(stored, content) })}</Paragraph>
            <AppLink page={blockIds[0]}>{t('office.toBlocks')}</AppLink>
          </Alert>
        )}
        {status === 'cleared' && (
          <Alert type="ok">
            <Paragraph>{t('office.cleared')}</Paragraph>
          </Alert>
        )}
      </div>

      <form onSubmit={submit} noValidate className="app-form">
        <Fieldset
          id="field-body"
          invalid={Boolean(errorFor('body'))}
          aria-describedby={errorFor('body') ? 'error-body' : undefined}
        >
          <FieldsetLegend>{t('office.bodyLegend')}</FieldsetLegend>
          {errorFor('body') && (
            <p id="error-body" className="utrecht-form-field-error-message">
              {errorFor('body')!.message}
            </p>
          )}
          {bodies.map((id) => (
            <FormField key={id} type="radio">
              <RadioButton
                id={`body-${id}`}
                name="body"
                value={id}
                checked={body === id}
                onChange={() => chooseBody(id)}
              />
              <FormLabel htmlFor={`body-${id}`} type="radio">
                {content.offices.bodies.find((entry) => entry.id === id)!.name}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>

        <Fieldset
          id="field-office"
          invalid={Boolean(errorFor('office'))}
          aria-describedby={errorFor('office') ? 'error-office' : undefined}
        >
          <FieldsetLegend>{t('office.officeLegend')}</FieldsetLegend>
          {errorFor('office') && (
            <p id="error-office" className="utrecht-form-field-error-message">
              {errorFor('office')!.message}
            </p>
          )}
          {!body && <Paragraph>{t('office.officeHint')}</Paragraph>}
          {body &&
            officesIn(body).map((id) => (
              <FormField key={id} type="radio">
                <RadioButton
                  id={`office-${id}`}
                  name="office"
                  value={id}
                  checked={office === id}
                  aria-describedby={`office-${id}-description`}
                  onChange={() => {
                    setOffice(id);
                    setStatus('idle');
                  }}
                />
                <FormLabel htmlFor={`office-${id}`} type="radio">
                  {officeName(id).name}
                </FormLabel>
                <FormFieldDescription id={`office-${id}-description`}>
                  {officeName(id).description}
                </FormFieldDescription>
              </FormField>
            ))}
        </Fieldset>

        {body && bodyEntry && (
          <FormField>
            <FormLabel htmlFor="area">{bodyEntry.areaLabel}</FormLabel>
            <FormFieldDescription id="area-description">
              {t('office.areaHint')}
            </FormFieldDescription>
            <Select
              id="area"
              value={areaCode}
              aria-describedby="area-description"
              onChange={(event) => {
                setAreaCode(event.target.value);
                setStatus('idle');
              }}
            >
              <SelectOption value="">{t('office.areaNone')}</SelectOption>
              {areaOptions.map((area) => (
                <SelectOption key={area.code} value={area.code}>
                  {area.name}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        )}

        <ButtonGroup>
          <Button
            type="submit"
            appearance="primary-action-button"
            disabled={state.status !== 'ready' || (body !== undefined && areas === null)}
          >
            {t('office.save')}
          </Button>
          {stored && (
            <Button type="button" appearance="secondary-action-button" onClick={clear}>
              {t('office.clear')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </>
  );
}
