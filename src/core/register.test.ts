import { describe, expect, it } from 'vitest';
import { fieldProblemsOf, parseAmount, pastDateProblem, visibleLength } from './form-fields.ts';
import { giftSchema, sideJobSchema } from './register.ts';

function problemsOf(schema: typeof sideJobSchema | typeof giftSchema, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldProblemsOf(result.error);
}

const job = { id: 'a', organisation: 'Stichting', role: 'Lid', sector: 'wonen', paid: false };

describe('register entries', () => {
  it('accepts emoji, accents and script-like text as plain text', () => {
    expect(
      sideJobSchema.safeParse({ ...job, organisation: '<script>alert(1)</script> 🏠 Café' })
        .success,
    ).toBe(true);
  });

  it('names the field and the problem of empty, overlong and hidden-character text', () => {
    expect(problemsOf(sideJobSchema, { ...job, organisation: '   ' })).toEqual({
      organisation: 'required',
    });
    expect(problemsOf(sideJobSchema, { ...job, role: 'x'.repeat(121) })).toEqual({
      role: 'too-long',
    });
    expect(problemsOf(sideJobSchema, { ...job, role: 'a\u202Eb' })).toEqual({
      role: 'control-characters',
    });
    expect(problemsOf(sideJobSchema, { ...job, role: 'a\nb' })).toEqual({
      role: 'control-characters',
    });
  });

  it('counts an emoji as one character', () => {
    expect(visibleLength('🏠'.repeat(120))).toBe(120);
    expect(sideJobSchema.safeParse({ ...job, role: '🏠'.repeat(120) }).success).toBe(true);
  });

  it('refuses impossible dates and an unknown sector', () => {
    expect(problemsOf(sideJobSchema, { ...job, since: '2026-02-30' })).toEqual({
      since: 'invalid-date',
    });
    expect(problemsOf(sideJobSchema, { ...job, since: '1850-01-01' })).toEqual({
      since: 'too-early',
    });
    expect(problemsOf(sideJobSchema, { ...job, sector: 'casino' })).toEqual({
      sector: 'invalid-choice',
    });
  });

  it('refuses a gift with an impossible amount', () => {
    const gift = {
      id: 'g',
      kind: 'gift',
      date: '2026-01-01',
      from: 'X',
      description: 'Y',
      value: -5,
      accepted: true,
      reported: false,
    };
    expect(problemsOf(giftSchema, gift)).toEqual({ value: 'invalid-amount' });
    expect(problemsOf(giftSchema, { ...gift, value: 10.555 })).toEqual({ value: 'invalid-amount' });
  });
});

describe('pastDateProblem', () => {
  it('refuses a date after today and accepts today', () => {
    expect(pastDateProblem('2026-12-04', '2026-12-03')).toBe('future-date');
    expect(pastDateProblem('2026-12-03', '2026-12-03')).toBeUndefined();
    expect(pastDateProblem('31-12-2020', '2026-12-03')).toBe('invalid-date');
  });
});

describe('parseAmount', () => {
  it.each([
    ['45', 45],
    ['45,50', 45.5],
    ['€ 1.250,-', 1250],
    ['1.250,75', 1250.75],
    ['1250.5', 1250.5],
  ])('reads "%s" as %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['', 'veel', '12,345', '-3', '1e5'])('refuses "%s"', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});
