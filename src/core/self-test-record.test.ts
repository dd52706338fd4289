import { describe, expect, it } from 'vitest';
import { parseExportFile } from './import-file.ts';
import {
  answerInDraft,
  compareAttempts,
  completeDraft,
  deleteAttempt,
  emptySelfTestRecord,
  startDraft,
} from './self-test-record.ts';
import { selfTestRecordSchema } from './self-test-record-schema.ts';
import type { SelfTestProfile } from './self-test.ts';

const monday = new Date('2026-11-30T09:00:00Z');
const friday = new Date('2026-12-04T16:00:00Z');
const profile = (kompas: number | null): SelfTestProfile => ({
  factors: [
    { factor: 'kompas', shown: 7, answered: 7, notApplicable: 0, score: kompas, band: null },
    { factor: 'grenzen', shown: 7, answered: 2, notApplicable: 0, score: null, band: null },
  ],
  nodes: [],
  shown: 42,
  responded: 9,
});

describe('self-test record', () => {
  it('keeps answers and the screen of a test in progress', () => {
    let record = startDraft(emptySelfTestRecord, 'wethouder', monday);
    let draft = answerInDraft(record.draft!, 'kompas-01', 4, 0);
    draft = answerInDraft(draft, 'kompas-02', 'na', 1);
    draft = answerInDraft(draft, 'kompas-01', undefined, 1);
    record = { ...record, draft };
    expect(record.draft).toEqual({
      office: 'wethouder',
      startedAt: monday.toISOString(),
      step: 1,
      answers: { 'kompas-02': 'na' },
    });
    expect(selfTestRecordSchema.safeParse(record).success).toBe(true);
  });

  it('completes a draft into the newest attempt with a score snapshot', () => {
    const first = completeDraft(
      startDraft(emptySelfTestRecord, 'raadslid', monday),
      profile(60),
      'a1',
      monday,
    );
    const second = completeDraft(
      startDraft(first.record, 'raadslid', friday),
      profile(80),
      'a2',
      friday,
    );
    expect(second.record.draft).toBeUndefined();
    expect(second.record.attempts.map((attempt) => attempt.id)).toEqual(['a2', 'a1']);
    expect(second.attempt.scores).toEqual({ kompas: 80, grenzen: null });
  });

  it('compares two attempts in time order, whatever order they are given in', () => {
    const a = completeDraft(
      startDraft(emptySelfTestRecord, 'raadslid', monday),
      profile(60),
      'a1',
      monday,
    ).attempt;
    const b = completeDraft(
      startDraft(emptySelfTestRecord, 'raadslid', friday),
      profile(85),
      'a2',
      friday,
    ).attempt;
    const comparison = compareAttempts(b, a);
    expect(comparison.earlier.id).toBe('a1');
    expect(comparison.factors.find((f) => f.factor === 'kompas')).toEqual({
      factor: 'kompas',
      earlier: 60,
      later: 85,
      change: 25,
    });
    expect(comparison.factors.find((f) => f.factor === 'grenzen')).toEqual({
      factor: 'grenzen',
      earlier: null,
      later: null,
      change: null,
    });
  });

  it('deletes one attempt', () => {
    const first = completeDraft(
      startDraft(emptySelfTestRecord, 'raadslid', monday),
      profile(60),
      'a1',
      monday,
    );
    const second = completeDraft(
      startDraft(first.record, 'raadslid', friday),
      profile(80),
      'a2',
      friday,
    );
    expect(deleteAttempt(second.record, 'a1').attempts.map((attempt) => attempt.id)).toEqual([
      'a2',
    ]);
  });

  it('refuses stored answers outside the scale', () => {
    const record = {
      attempts: [],
      draft: { office: 'raadslid', startedAt: monday.toISOString(), step: 0, answers: { x: 7 } },
    };
    expect(selfTestRecordSchema.safeParse(record).success).toBe(false);
  });

  it('accepts a version-1 export file without a self-test and migrates it', () => {
    const v1 = JSON.stringify({
      format: 'weerbaar-personal-data',
      schemaVersion: 1,
      exportedAt: monday.toISOString(),
      data: { profile: { office: 'raadslid', body: 'gemeente' } },
    });
    expect(parseExportFile(v1)).toEqual({
      ok: true,
      data: { profile: { office: 'raadslid', body: 'gemeente' } },
    });
  });
});
