import { describe, expect, it } from 'vitest';
import { countBySeverity, findConflicts } from './conflict-check.ts';
import type { Portfolio } from './portfolio.ts';
import { emptyRegister, type Register } from './register.ts';

const housingBoard: Register = {
  ...emptyRegister,
  sideJobs: [
    {
      id: 'corporatie',
      organisation: 'Woonstichting Thuis',
      role: 'Lid raad van commissarissen',
      sector: 'wonen',
      paid: true,
      since: '2021-05-01',
    },
  ],
};

describe('findConflicts', () => {
  it('flags a board seat at a housing corporation when the portfolio holds "wonen"', () => {
    const conflicts = findConflicts(housingBoard, { areas: ['wonen'], decisions: [] });
    expect(conflicts).toEqual([
      {
        rule: 'sector-of-portfolio',
        severity: 'medium',
        entry: { list: 'sideJobs', id: 'corporatie' },
        target: { kind: 'area', area: 'wonen' },
        steps: ['make-public', 'ask-advice'],
      },
    ]);
  });

  it('flags a gift from an organisation with an upcoming decision as severe', () => {
    const register: Register = {
      ...emptyRegister,
      gifts: [
        {
          id: 'kaartjes',
          kind: 'invitation',
          date: '2026-10-02',
          from: 'Bouwbedrijf Van Dijk B.V.',
          description: 'Twee kaarten voor de voetbalwedstrijd',
          value: 180,
          accepted: true,
          reported: false,
        },
      ],
    };
    const portfolio: Portfolio = {
      areas: [],
      decisions: [
        {
          id: 'centrumplan',
          title: 'Bestemmingsplan centrum',
          area: 'ruimtelijke-ordening',
          parties: ['Projectbureau Noord', 'bouwbedrijf van dijk'],
        },
      ],
    };
    const [conflict, ...rest] = findConflicts(register, portfolio);
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({
      rule: 'gift-from-decision-party',
      severity: 'high',
      target: { kind: 'decision', decisionId: 'centrumplan', party: 'bouwbedrijf van dijk' },
    });
    expect(conflict!.steps).toContain('decline-gift');
  });

  it('treats a declined offer from a party with a decision as a signal to record, not as severe', () => {
    const register: Register = {
      ...emptyRegister,
      gifts: [
        {
          id: 'diner',
          kind: 'invitation',
          date: '2026-09-01',
          from: 'Recreatiepark De Duinen',
          description: 'Diner',
          value: 90,
          accepted: false,
          reported: false,
        },
      ],
    };
    const portfolio: Portfolio = {
      areas: [],
      decisions: [{ id: 'd', title: 'Vergunning', area: 'vergunningen', parties: ['De Duinen'] }],
    };
    expect(findConflicts(register, portfolio)).toMatchObject([
      { rule: 'offer-from-decision-party', severity: 'medium' },
    ]);
  });

  it('does not flag a side position in an unrelated sector', () => {
    const register: Register = {
      ...emptyRegister,
      sideJobs: [
        {
          id: 'club',
          organisation: 'Korfbalclub Olympia',
          role: 'Penningmeester',
          sector: 'cultuur-sport',
          paid: false,
        },
        { id: 'koor', organisation: 'Gemengd koor', role: 'Lid', sector: 'anders', paid: false },
      ],
    };
    const portfolio: Portfolio = {
      areas: ['wonen', 'handhaving'],
      decisions: [{ id: 'd', title: 'Woonvisie', area: 'wonen', parties: ['Woonstichting Thuis'] }],
    };
    expect(findConflicts(register, portfolio)).toEqual([]);
  });

  it('matches names without regard to capitals, accents, punctuation and legal forms', () => {
    const register: Register = {
      ...emptyRegister,
      financialInterests: [
        {
          id: 'aandelen',
          kind: 'shares',
          description: 'Aandelen',
          organisation: 'CAFÉ DE RÉÜNIE b.v.',
          sector: 'anders',
        },
      ],
    };
    const portfolio: Portfolio = {
      areas: [],
      decisions: [
        {
          id: 'terras',
          title: 'Terrasvergunning',
          area: 'horeca-evenementen',
          parties: ['Cafe de Reunie'],
        },
      ],
    };
    expect(findConflicts(register, portfolio)).toMatchObject([
      { rule: 'party-in-decision', severity: 'high', entry: { list: 'financialInterests' } },
    ]);
  });

  it('flags a person from a close tie who is a party to a decision', () => {
    const register: Register = {
      ...emptyRegister,
      closeTies: [
        {
          id: 'broer',
          kind: 'family-business',
          person: 'Jan Ëlzinga',
          organisation: 'Elzinga Loonwerk',
          sector: 'buitengebied-landbouw',
        },
      ],
    };
    const portfolio: Portfolio = {
      areas: [],
      decisions: [
        {
          id: 'schuur',
          title: 'Functiewijziging schuur',
          area: 'ruimtelijke-ordening',
          parties: ['J. de Vries', 'jan elzinga'],
        },
      ],
    };
    expect(findConflicts(register, portfolio)).toMatchObject([
      { rule: 'person-in-decision', severity: 'high', target: { party: 'jan elzinga' } },
    ]);
  });

  it('does not match a short word inside a longer name', () => {
    const register: Register = {
      ...emptyRegister,
      sideJobs: [{ id: 'x', organisation: 'De', role: 'Lid', sector: 'anders', paid: false }],
    };
    const portfolio: Portfolio = {
      areas: [],
      decisions: [{ id: 'd', title: 'Besluit', area: 'wonen', parties: ['De Woonbond'] }],
    };
    expect(findConflicts(register, portfolio)).toEqual([]);
  });

  it('gives a low signal for a related area and none once a stronger finding exists', () => {
    const register: Register = {
      ...emptyRegister,
      sideJobs: [
        {
          id: 'makelaar',
          organisation: 'Makelaardij Oost',
          role: 'Adviseur',
          sector: 'vastgoed-grondzaken',
          paid: true,
        },
      ],
    };
    expect(findConflicts(register, { areas: ['wonen'], decisions: [] })).toMatchObject([
      { rule: 'related-sector', severity: 'low', target: { kind: 'area', area: 'wonen' } },
    ]);
    const withDecision = findConflicts(register, {
      areas: ['vastgoed-grondzaken'],
      decisions: [{ id: 'd', title: 'Grondverkoop', area: 'vastgoed-grondzaken', parties: [] }],
    });
    expect(withDecision.map((conflict) => conflict.rule)).toEqual(['sector-of-decision']);
  });

  it('lists the most serious first and is the same every time', () => {
    const register: Register = {
      ...housingBoard,
      gifts: [
        {
          id: 'bloemen',
          kind: 'gift',
          date: '2026-01-05',
          from: 'Een inwoner',
          description: 'Bloemen',
          value: 25,
          accepted: true,
          reported: false,
        },
      ],
    };
    const portfolio: Portfolio = {
      areas: ['wonen'],
      decisions: [
        { id: 'd', title: 'Prestatieafspraken', area: 'wonen', parties: ['Woonstichting Thuis'] },
      ],
    };
    const first = findConflicts(register, portfolio);
    expect(first.map((conflict) => conflict.rule)).toEqual([
      'party-in-decision',
      'gift-unreported',
    ]);
    expect(findConflicts(register, portfolio)).toEqual(first);
    expect(countBySeverity(first)).toEqual({ high: 1, medium: 1, low: 0 });
  });
});
