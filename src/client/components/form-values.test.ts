import { describe, expect, it } from 'vitest';
import { decisionSchema } from '../../core/portfolio.ts';
import { giftSchema } from '../../core/register.ts';
import type { FieldSpec } from './form-fields.tsx';
import { readForm, toRawValues } from './form-values.ts';

const giftFields: FieldSpec[] = [
  { name: 'kind', kind: 'select', label: 'Soort' },
  { name: 'date', kind: 'date', label: 'Datum', past: true },
  { name: 'from', kind: 'text', label: 'Van wie' },
  { name: 'description', kind: 'text', label: 'Wat' },
  { name: 'value', kind: 'amount', label: 'Waarde' },
  { name: 'accepted', kind: 'yes-no', label: 'Aangenomen' },
  { name: 'reported', kind: 'yes-no', label: 'Gemeld' },
];

const filled = {
  kind: 'gift',
  date: '2026-11-30',
  from: ' Bouwbedrijf 🏗️ ',
  description: '<img src=x onerror=alert(1)>',
  value: '€ 1.250,50',
  accepted: 'yes',
  reported: 'no',
};

describe('readForm', () => {
  it('reads typed values into an entry', () => {
    expect(readForm(giftFields, filled, giftSchema, 'g1', '2026-12-03')).toEqual({
      ok: true,
      entry: {
        id: 'g1',
        kind: 'gift',
        date: '2026-11-30',
        from: 'Bouwbedrijf 🏗️',
        description: '<img src=x onerror=alert(1)>',
        value: 1250.5,
        accepted: true,
        reported: false,
      },
    });
  });

  it('names every refused field: empty, future date, unreadable amount, unanswered question', () => {
    const result = readForm(
      giftFields,
      { ...filled, from: '', date: '2027-01-01', value: 'veel', reported: '' },
      giftSchema,
      'g1',
      '2026-12-03',
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        from: 'required',
        value: 'invalid-amount',
        reported: 'required',
        date: 'future-date',
      },
    });
  });

  it('refuses an impossible date', () => {
    const result = readForm(
      giftFields,
      { ...filled, date: '2026-02-31' },
      giftSchema,
      'g1',
      '2026-12-03',
    );
    expect(result).toEqual({ ok: false, problems: { date: 'invalid-date' } });
  });

  it('reads one party per line and round-trips an entry for editing', () => {
    const fields: FieldSpec[] = [
      { name: 'title', kind: 'text', label: 'Titel' },
      { name: 'area', kind: 'select', label: 'Terrein' },
      { name: 'parties', kind: 'lines', label: 'Betrokken', optional: true },
    ];
    const result = readForm(
      fields,
      {
        title: 'Woonvisie',
        area: 'wonen',
        parties: 'Woonstichting Thuis\n\n  Huurdersvereniging ',
      },
      decisionSchema,
      'd1',
      '2026-12-03',
    );
    expect(result).toEqual({
      ok: true,
      entry: {
        id: 'd1',
        title: 'Woonvisie',
        area: 'wonen',
        parties: ['Woonstichting Thuis', 'Huurdersvereniging'],
      },
    });
    if (result.ok) {
      expect(toRawValues(fields, result.entry)).toEqual({
        title: 'Woonvisie',
        area: 'wonen',
        parties: 'Woonstichting Thuis\nHuurdersvereniging',
      });
    }
  });
});
