import { describe, expect, it } from 'vitest';
import { dutiesFor } from './legal-duties.ts';

describe('dutiesFor', () => {
  it('gives a raadslid the duties of a representative, without VOG or income report', () => {
    expect(dutiesFor('raadslid')).toEqual([
      'eed-of-belofte',
      'onverenigbare-functies',
      'nevenfuncties-openbaar',
      'verboden-handelingen',
      'gedragscode',
      'niet-stemmen-bij-eigen-belang',
      'geschenken-melden',
    ]);
  });

  it('adds the income report and the VOG for a wethouder', () => {
    const extra = dutiesFor('wethouder').filter((duty) => !dutiesFor('raadslid').includes(duty));
    expect(extra).toEqual(['inkomsten-melden', 'vog']);
  });

  it('treats a Statenlid and an AB-lid as representatives and a gedeputeerde as an executive', () => {
    expect(dutiesFor('statenlid')).toEqual(dutiesFor('raadslid'));
    expect(dutiesFor('ab-lid')).toEqual(dutiesFor('raadslid'));
    expect(dutiesFor('gedeputeerde')).toEqual(dutiesFor('wethouder'));
  });

  it('gives the integrity guardians their own duty and no VOG', () => {
    for (const office of ['burgemeester', 'commissaris', 'dijkgraaf'] as const) {
      expect(dutiesFor(office)).toContain('integriteit-bewaken');
      expect(dutiesFor(office)).not.toContain('vog');
    }
  });

  it('gives a candidate what applies before taking office', () => {
    expect(dutiesFor('kandidaat')).toEqual([
      'onverenigbare-functies',
      'nevenfuncties-openbaar',
      'gedragscode',
      'integriteitstoetsing',
    ]);
  });
});
