import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExportFile, maxImportBytes } from './export-file.ts';
import { parseExportFile } from './import-file.ts';
import { personalDataVersion } from './personal-data-version.ts';
import type { PersonalData } from './personal-data.ts';

const data: PersonalData = {
  profile: {
    office: 'dijkgraaf',
    body: 'waterschap',
    area: { code: 'ws0155', name: 'Waterschap Amstel, Gooi en Vecht' },
  },
};
const now = new Date('2026-12-03T10:00:00Z');
const fileText = (content: unknown) => JSON.stringify(content);

describe('export file', () => {
  it('round-trips personal data through the file', () => {
    const file = createExportFile(data, now);
    expect(file).toMatchObject({
      schemaVersion: personalDataVersion,
      exportedAt: '2026-12-03T10:00:00.000Z',
    });
    expect(parseExportFile(fileText(file))).toEqual({ ok: true, data });
  });

  it('round-trips an empty export', () => {
    expect(parseExportFile(fileText(createExportFile({}, now)))).toEqual({ ok: true, data: {} });
  });

  it('refuses text that is not JSON', () => {
    expect(parseExportFile('{"format": "weerbaar')).toEqual({
      ok: false,
      problem: { kind: 'not-json' },
    });
    expect(parseExportFile('')).toEqual({ ok: false, problem: { kind: 'not-json' } });
  });

  it('refuses JSON that is not a Weerbaar export', () => {
    for (const foreign of [
      [],
      null,
      42,
      { hello: 'world' },
      { ...createExportFile(data, now), format: 'other' },
    ]) {
      expect(parseExportFile(fileText(foreign))).toEqual({
        ok: false,
        problem: { kind: 'not-an-export' },
      });
    }
  });

  it('refuses a file from a newer version with that version named', () => {
    const file = { ...createExportFile(data, now), schemaVersion: personalDataVersion + 1 };
    expect(parseExportFile(fileText(file))).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: personalDataVersion + 1 },
    });
  });

  it('refuses a file of 50 MB before parsing it', () => {
    const big = 50 * 1024 * 1024;
    expect(parseExportFile('', big)).toEqual({
      ok: false,
      problem: { kind: 'too-large', bytes: big, maxBytes: maxImportBytes },
    });
    const text = `{"format":"weerbaar-personal-data","pad":"${'x'.repeat(maxImportBytes)}"}`;
    expect(parseExportFile(text)).toMatchObject({ ok: false, problem: { kind: 'too-large' } });
  });

  it('names the damaged part of a tampered file', () => {
    const file = createExportFile(data, now);
    const tampered = { ...file, data: { profile: { ...data.profile, office: 'koning' } } };
    expect(parseExportFile(fileText(tampered))).toMatchObject({
      ok: false,
      problem: { kind: 'invalid-data', path: 'profile.office' },
    });
  });

  it('refuses hostile content: unknown sections, prototype keys, extra fields and huge strings', () => {
    const base = createExportFile(data, now);
    const hostile = [
      `{"format":"weerbaar-personal-data","schemaVersion":1,"exportedAt":"2026-12-03T10:00:00.000Z","data":{"__proto__":{"polluted":true}}}`,
      fileText({ ...base, data: { ...base.data, constructor: { prototype: { polluted: true } } } }),
      fileText({
        ...base,
        data: {
          profile: {
            office: 'raadslid',
            body: 'gemeente',
            area: { code: 'GM0344', name: 'x'.repeat(10_000) },
          },
        },
      }),
      fileText({
        ...base,
        data: { profile: { office: 'raadslid', body: 'gemeente', extra: 'field' } },
      }),
    ];
    for (const text of hostile) {
      const result = parseExportFile(text);
      expect(result.ok, text.slice(0, 120)).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps markup in a name as inert text, exactly as written', () => {
    const name = '<img src=x onerror=alert(1)>';
    const file = createExportFile(
      { profile: { office: 'raadslid', body: 'gemeente', area: { code: 'GM0344', name } } },
      now,
    );
    const result = parseExportFile(fileText(file));
    expect(result.ok && result.data.profile?.area?.name).toBe(name);
  });

  it('never throws and only accepts valid data, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseExportFile(text);
        if (result.ok) expect(typeof result.data).toBe('object');
      }),
      { numRuns: 500 },
    );
  });
});
