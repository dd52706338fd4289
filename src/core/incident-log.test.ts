import { describe, expect, it } from 'vitest';
import { fieldProblemsOf } from './form-fields.ts';
import { formatIncidentOverview, incidentSchema, type Incident } from './incident-log.ts';

const words = {
  title: 'Overzicht incidenten',
  subtitle: 'Wethouder, 3 december 2026',
  kind: (kind: Incident['kind']) =>
    ({ verbaal: 'Verbaal', online: 'Online' })[kind as 'verbaal'] ?? kind,
  labels: {
    description: 'Wat gebeurde er',
    evidence: 'Bewijs',
    reportedTo: 'Gemeld bij',
    aangifte: 'Aangifte',
  },
  yes: 'ja',
  no: 'nee',
  none: '—',
  empty: 'Geen incidenten.',
};

const base: Incident = {
  id: 'a',
  date: '2026-10-01',
  kind: 'verbaal',
  description: 'Uitgescholden na de raadsvergadering.',
  aangifte: false,
};

describe('incident log', () => {
  it('keeps multi-line descriptions and refuses overlong ones with a clear code', () => {
    expect(incidentSchema.safeParse({ ...base, description: 'regel 1\nregel 2' }).success).toBe(
      true,
    );
    const result = incidentSchema.safeParse({ ...base, description: 'x'.repeat(2001) });
    expect(!result.success && fieldProblemsOf(result.error)).toEqual({ description: 'too-long' });
  });

  it('refuses hidden direction characters but keeps hostile-looking text as text', () => {
    expect(incidentSchema.safeParse({ ...base, reportedTo: 'politie\u202E' }).success).toBe(false);
    expect(
      incidentSchema.safeParse({ ...base, description: '"); DROP TABLE x; -- <script>' }).success,
    ).toBe(true);
  });

  it('writes an overview, oldest first, with every field', () => {
    const text = formatIncidentOverview(
      [
        {
          ...base,
          id: 'b',
          date: '2026-11-02',
          kind: 'online',
          description: 'Dreigende reactie op Facebook.',
          evidence: 'Schermafbeelding',
          reportedTo: 'Griffier',
          aangifte: true,
        },
        base,
      ],
      words,
      (day) => day,
    );
    expect(text).toBe(
      [
        'Overzicht incidenten',
        'Wethouder, 3 december 2026',
        '',
        '1. 2026-10-01 – Verbaal',
        'Wat gebeurde er: Uitgescholden na de raadsvergadering.',
        'Bewijs: —',
        'Gemeld bij: —',
        'Aangifte: nee',
        '',
        '2. 2026-11-02 – Online',
        'Wat gebeurde er: Dreigende reactie op Facebook.',
        'Bewijs: Schermafbeelding',
        'Gemeld bij: Griffier',
        'Aangifte: ja',
        '',
      ].join('\n'),
    );
  });

  it('says so when the log is empty', () => {
    expect(formatIncidentOverview([], words, (day) => day)).toContain('Geen incidenten.');
  });
});
