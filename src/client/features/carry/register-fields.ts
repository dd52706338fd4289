/**
 * The form fields of the register's four lists and of an upcoming decision, with their
 * labels in the current language.
 */
import { useMemo } from 'react';
import { closeTieKinds, financialInterestKinds, giftKinds } from '../../../core/register.ts';
import type { FieldSpec } from '../../components/form-fields.tsx';
import { useOptions } from '../../i18n/formats.ts';
import { useT } from '../../i18n/locale-context.tsx';
import { useAreaNames } from './labels.ts';

export function useRegisterFields() {
  const t = useT();
  const { sectorOptions, areaOptions } = useAreaNames();
  const financialKinds = useOptions(financialInterestKinds, 'carry.financialKind');
  const tieKinds = useOptions(closeTieKinds, 'carry.tieKind');
  const kindsOfGift = useOptions(giftKinds, 'carry.giftKind');

  return useMemo(() => {
    const yesNo = [
      { value: 'yes', label: t('form.yes') },
      { value: 'no', label: t('form.no') },
    ];
    const sector: FieldSpec = {
      name: 'sector',
      kind: 'select',
      label: t('carry.field.sector'),
      description: t('carry.field.sectorHint'),
      options: sectorOptions,
    };
    const sideJobs: FieldSpec[] = [
      { name: 'role', kind: 'text', label: t('carry.field.role') },
      { name: 'organisation', kind: 'text', label: t('carry.field.organisation') },
      sector,
      { name: 'paid', kind: 'yes-no', label: t('carry.field.paid'), options: yesNo },
      { name: 'since', kind: 'date', label: t('carry.field.since'), optional: true, past: true },
    ];
    const financialInterests: FieldSpec[] = [
      {
        name: 'kind',
        kind: 'select',
        label: t('carry.field.financialKind'),
        options: financialKinds,
      },
      { name: 'description', kind: 'text', label: t('carry.field.description') },
      {
        name: 'organisation',
        kind: 'text',
        label: t('carry.field.organisation'),
        description: t('carry.field.organisationHint'),
        optional: true,
      },
      sector,
    ];
    const closeTies: FieldSpec[] = [
      { name: 'kind', kind: 'select', label: t('carry.field.tieKind'), options: tieKinds },
      {
        name: 'person',
        kind: 'text',
        label: t('carry.field.person'),
        description: t('carry.field.personHint'),
        optional: true,
      },
      { name: 'organisation', kind: 'text', label: t('carry.field.organisation'), optional: true },
      sector,
      { name: 'description', kind: 'text', label: t('carry.field.tieDescription'), optional: true },
    ];
    const gifts: FieldSpec[] = [
      { name: 'kind', kind: 'select', label: t('carry.field.giftKind'), options: kindsOfGift },
      { name: 'date', kind: 'date', label: t('carry.field.date'), past: true },
      { name: 'from', kind: 'text', label: t('carry.field.from') },
      { name: 'description', kind: 'text', label: t('carry.field.giftDescription') },
      {
        name: 'value',
        kind: 'amount',
        label: t('carry.field.value'),
        description: t('carry.field.valueHint'),
      },
      { name: 'accepted', kind: 'yes-no', label: t('carry.field.accepted'), options: yesNo },
      {
        name: 'reported',
        kind: 'yes-no',
        label: t('carry.field.reported'),
        description: t('carry.field.reportedHint'),
        options: yesNo,
      },
    ];
    const decision: FieldSpec[] = [
      { name: 'title', kind: 'text', label: t('carry.field.decisionTitle') },
      { name: 'area', kind: 'select', label: t('carry.field.area'), options: areaOptions },
      {
        name: 'parties',
        kind: 'lines',
        label: t('carry.field.parties'),
        description: t('carry.field.partiesHint'),
        optional: true,
      },
    ];
    return { sideJobs, financialInterests, closeTies, gifts, decision };
  }, [t, sectorOptions, areaOptions, financialKinds, tieKinds, kindsOfGift]);
}
