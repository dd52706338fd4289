import { describe, expect, it } from 'vitest';
import { readStartForm, type StartFormValues } from './start-form.ts';

const valid: StartFormValues = {
  title: '  Fractie-avond  ',
  locale: 'nl',
  activities: ['self-test', 'dilemmas'],
  dilemmaIds: ['kerstpakket-van-aannemer'],
  k: '5',
  expiresInDays: ' 30 ',
};

describe('start form', () => {
  it('makes a request from what was typed', () => {
    expect(readStartForm(valid)).toEqual({
      request: {
        title: 'Fractie-avond',
        locale: 'nl',
        activities: ['self-test', 'dilemmas'],
        dilemmaIds: ['kerstpakket-van-aannemer'],
        k: 5,
        expiresInDays: 30,
      },
    });
  });

  it('sends no dilemmas when dilemmas are not an activity', () => {
    const result = readStartForm({ ...valid, activities: ['culture-scan'] });
    expect('request' in result && result.request.dilemmaIds).toEqual([]);
  });

  it('names every problem with its field', () => {
    expect(
      readStartForm({
        title: ' ',
        locale: 'en',
        activities: [],
        dilemmaIds: [],
        k: '2',
        expiresInDays: '91',
      }),
    ).toEqual({
      errors: [
        { field: 'title', problem: 'title-empty' },
        { field: 'activities', problem: 'no-activity' },
        { field: 'k', problem: 'k-range' },
        { field: 'expiresInDays', problem: 'expiry-range' },
      ],
    });
  });

  it('refuses a group below three, odd numbers, and dilemmas without a choice', () => {
    for (const k of ['', 'vijf', '4.5', '-3', '61']) {
      expect(readStartForm({ ...valid, k })).toEqual({
        errors: [{ field: 'k', problem: 'k-range' }],
      });
    }
    expect(readStartForm({ ...valid, k: '3' })).toHaveProperty('request.k', 3);
    expect(readStartForm({ ...valid, dilemmaIds: [] })).toEqual({
      errors: [{ field: 'dilemmas', problem: 'no-dilemma' }],
    });
    expect(readStartForm({ ...valid, title: 'x'.repeat(121) })).toEqual({
      errors: [{ field: 'title', problem: 'title-long' }],
    });
  });
});
