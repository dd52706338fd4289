import { describe, expect, it } from 'vitest';
import { nameWords, namesMatch } from './name-match.ts';

describe('namesMatch', () => {
  it.each([
    ['Woonstichting Thuis', 'woonstichting thuis'],
    ['Café De Réünie', 'cafe de reunie'],
    ['Bouwbedrijf Jansen B.V.', 'Bouwbedrijf Jansen'],
    ['Stichting Vrienden van het Park', 'Vrienden van het Park'],
    ['De Key', 'Woningcorporatie De Key'],
    ['ÇETİN Holding', 'cetin holding'],
  ])('"%s" matches "%s"', (first, second) => {
    expect(namesMatch(first, second)).toBe(true);
  });

  it.each([
    ['Jansen', 'Janssen Bouw'],
    ['De', 'De Woonbond'],
    ['Park', 'Parkeerbedrijf'],
    ['', 'Iets'],
    ['B.V.', 'Bouw B.V.'],
  ])('"%s" does not match "%s"', (first, second) => {
    expect(namesMatch(first, second)).toBe(false);
  });

  it('ignores emoji and punctuation but keeps digits', () => {
    expect(nameWords('Club 🎉 2000!')).toEqual(['club', '2000']);
  });
});
