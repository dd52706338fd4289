import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../core/group-session/contract.ts';
import type { SessionContent } from './session-content.ts';
import { buildSessionReport } from './session-report.ts';

// Message ids with their values, so the test reads what the report says without the texts.
const t = (id: string, values?: Record<string, string | number>) =>
  values ? `${id}(${Object.values(values).join(',')})` : id;

const dilemma = {
  id: 'skybox',
  title: 'Skybox',
  options: [
    { id: 'go', label: 'Go' },
    { id: 'stay', label: 'Stay' },
  ],
};

const content = {
  factorNames: new Map([
    ['kompas', 'Moreel kompas'],
    ['grenzen', 'Regels en grenzen'],
  ]),
  dimensionNames: new Map([['steun', 'Steun']]),
  featureNames: new Map([['vakantieparken', 'Vakantieparken']]),
  processNames: new Map([['subsidies', 'Subsidies']]),
  dilemmas: new Map([[dilemma.id, dilemma]]),
} as unknown as SessionContent;

const state: SessionState = {
  session: {
    id: 's1',
    title: 'Fractieavond',
    locale: 'nl',
    activities: ['self-test', 'culture-scan', 'dilemmas'],
    dilemmaIds: ['skybox'],
    k: 5,
    expiresAt: '2027-01-01T00:00:00.000Z',
  },
  joined: 7,
  finished: { 'self-test': 6, 'culture-scan': 2 },
  results: {
    'self-test': {
      status: 'shown',
      count: 6,
      value: [
        { id: 'kompas', score: 80, contributors: 6 },
        { id: 'grenzen', score: null, contributors: 2 },
      ],
    },
    'culture-scan': { status: 'suppressed', count: 2, needed: 3 },
  },
  currentVote: null,
  votes: [
    {
      dilemmaId: 'skybox',
      status: 'closed',
      votes: 6,
      distribution: { status: 'shown', count: 6, value: { go: 4, stay: 2 } },
    },
  ],
  viewer: 'facilitator',
};

describe('session report', () => {
  const report = buildSessionReport(state, content, t, 'nl', new Date('2026-12-04T12:00:00Z'));

  it('has the title, the counts and k on its first lines', () => {
    expect(report.title).toBe('Fractieavond');
    expect(report.subtitle).toContain('session.report.docCounts(7,5)');
    expect(report.footer).toBe('session.report.footer(5)');
  });

  it('shows a profile only when shown, and says how many more a suppressed one needs', () => {
    const [selfTest, culture] = report.sections;
    expect(selfTest!.blocks).toContainEqual(
      expect.objectContaining({
        kind: 'table',
        rows: [
          ['Moreel kompas', '80', 'common.band.kracht'],
          ['Regels en grenzen', '—', 'common.insufficientShort'],
        ],
      }),
    );
    expect(culture!.blocks).toEqual([{ kind: 'paragraph', text: 'session.results.needed(3,2)' }]);
  });

  it('gives a closed vote its distribution per option', () => {
    const dilemmas = report.sections.find((section) => section.id === 'dilemmas')!;
    expect(dilemmas.blocks).toContainEqual(
      expect.objectContaining({
        kind: 'table',
        rows: [
          ['Go', 'session.vote.share(4,67)'],
          ['Stay', 'session.vote.share(2,33)'],
        ],
      }),
    );
  });
});
