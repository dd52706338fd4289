import { describe, expect, it } from 'vitest';
import { officeProfileSchema } from './office-profile.ts';
import { bodiesFor, officesIn, roleOf } from './office.ts';

describe('offices', () => {
  it('lists the offices of each body, with the candidate in every body', () => {
    expect(officesIn('gemeente')).toEqual([
      'raadslid',
      'commissielid',
      'wethouder',
      'burgemeester',
      'kandidaat',
    ]);
    expect(officesIn('provincie')).toEqual([
      'statenlid',
      'gedeputeerde',
      'commissaris',
      'kandidaat',
    ]);
    expect(officesIn('waterschap')).toEqual(['ab-lid', 'db-lid', 'dijkgraaf', 'kandidaat']);
    expect(bodiesFor('kandidaat')).toEqual(['gemeente', 'provincie', 'waterschap']);
  });

  it('knows executives, representatives and candidates apart', () => {
    expect(roleOf('wethouder')).toBe('executive');
    expect(roleOf('dijkgraaf')).toBe('executive');
    expect(roleOf('commissaris')).toBe('executive');
    expect(roleOf('statenlid')).toBe('representative');
    expect(roleOf('commissielid')).toBe('representative');
    expect(roleOf('kandidaat')).toBe('candidate');
  });
});

describe('office profile', () => {
  it('accepts an office in its body with a matching area', () => {
    const profile = {
      office: 'wethouder',
      body: 'gemeente',
      area: { code: 'GM0344', name: 'Utrecht' },
    };
    expect(officeProfileSchema.parse(profile)).toEqual(profile);
  });

  it('rejects an office outside its body', () => {
    const result = officeProfileSchema.safeParse({ office: 'wethouder', body: 'provincie' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['body']);
  });

  it('rejects an area of another kind of body', () => {
    const result = officeProfileSchema.safeParse({
      office: 'statenlid',
      body: 'provincie',
      area: { code: 'GM0344', name: 'Utrecht' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['area']);
  });

  it('rejects unknown offices and malformed area codes', () => {
    expect(officeProfileSchema.safeParse({ office: 'koning', body: 'gemeente' }).success).toBe(
      false,
    );
    expect(
      officeProfileSchema.safeParse({
        office: 'raadslid',
        body: 'gemeente',
        area: { code: 'GM1', name: 'x' },
      }).success,
    ).toBe(false);
  });
});
