import { describe, expect, it } from 'vitest';
import { draftSideJobStatement, type StatementWords } from './side-job-statement.ts';

const words: StatementWords = {
  title: 'Opgave nevenfuncties',
  subtitle: 'Raadslid, 3 december 2026',
  paid: 'bezoldigd',
  unpaid: 'onbezoldigd',
  since: (date) => `sinds ${date}`,
  none: 'Geen nevenfuncties.',
};

describe('draftSideJobStatement', () => {
  it('lists function, organisation, paid or not, and since when', () => {
    const text = draftSideJobStatement(
      [
        {
          id: 'a',
          role: 'Voorzitter',
          organisation: 'Stichting Dorpshuis',
          sector: 'anders',
          paid: false,
          since: '2019-03-01',
        },
        {
          id: 'b',
          role: 'Docent <b>',
          organisation: 'ROC 🎓',
          sector: 'onderwijs-jeugd',
          paid: true,
        },
      ],
      words,
      (date) => date.split('-').reverse().join('-'),
    );
    expect(text).toBe(
      [
        'Opgave nevenfuncties',
        'Raadslid, 3 december 2026',
        '',
        '- Voorzitter – Stichting Dorpshuis – onbezoldigd – sinds 01-03-2019',
        '- Docent <b> – ROC 🎓 – bezoldigd',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no side positions', () => {
    expect(draftSideJobStatement([], words, (date) => date)).toContain('Geen nevenfuncties.');
  });
});
