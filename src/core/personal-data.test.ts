import { describe, expect, it } from 'vitest';
import { migratePersonalData, type Migration } from './personal-data-version.ts';
import { parseStoredSections } from './personal-data.ts';

describe('migratePersonalData', () => {
  // A fixture history: version 1 kept the office as "body:office", version 2 split it, and
  // version 3 added an empty list of attempts.
  const history: Record<number, Migration> = {
    1: (data) => {
      const [body, office] = String(data.profile).split(':');
      return { ...data, profile: { body, office } };
    },
    2: (data) => ({ ...data, attempts: [] }),
  };

  it('runs every step from the stored version to the current one, in order', () => {
    const result = migratePersonalData(1, { profile: 'gemeente:wethouder' }, history, 3);
    expect(result).toEqual({
      ok: true,
      data: { profile: { body: 'gemeente', office: 'wethouder' }, attempts: [] },
    });
  });

  it('starts from the middle when the data is already partly migrated', () => {
    const result = migratePersonalData(
      2,
      { profile: { body: 'provincie', office: 'statenlid' } },
      history,
      3,
    );
    expect(result.ok && result.data).toEqual({
      profile: { body: 'provincie', office: 'statenlid' },
      attempts: [],
    });
  });

  it('leaves current data as it is and does not change its input', () => {
    const input = { profile: { body: 'gemeente', office: 'raadslid' } };
    const result = migratePersonalData(3, input, history, 3);
    expect(result).toEqual({ ok: true, data: input });
    migratePersonalData(1, { profile: 'gemeente:raadslid' }, history, 3);
    expect(input).toEqual({ profile: { body: 'gemeente', office: 'raadslid' } });
  });

  it('refuses data from a newer version and gaps in the history', () => {
    expect(migratePersonalData(4, {}, history, 3)).toEqual({
      ok: false,
      failure: { kind: 'newer-version', version: 4 },
    });
    expect(migratePersonalData(1, {}, { 2: history[2]! }, 3)).toEqual({
      ok: false,
      failure: { kind: 'no-migration', from: 1 },
    });
  });
});

describe('parseStoredSections', () => {
  it('keeps valid sections and names the ones that no longer fit', () => {
    const { data, rejected } = parseStoredSections([
      { key: 'profile', value: { office: 'raadslid', body: 'gemeente' } },
      { key: 'unknown', value: 1 },
    ]);
    expect(data).toEqual({ profile: { office: 'raadslid', body: 'gemeente' } });
    expect(rejected).toEqual(['unknown']);
  });

  it('drops a damaged section instead of failing', () => {
    const { data, rejected } = parseStoredSections([
      { key: 'profile', value: { office: 'raadslid' } },
    ]);
    expect(data).toEqual({});
    expect(rejected).toEqual(['profile']);
  });
});
