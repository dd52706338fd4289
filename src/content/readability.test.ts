import { describe, expect, it } from 'vitest';
import { countSyllables, readabilityOf } from './readability.ts';

describe('Flesch–Douma', () => {
  it('counts Dutch syllables by vowel groups, a diaeresis starting a new one', () => {
    expect(countSyllables('raad')).toBe(1);
    expect(countSyllables('gemeente')).toBe(3);
    expect(countSyllables('burgemeester')).toBe(4);
    expect(countSyllables('ideeën')).toBe(3);
    expect(countSyllables('112')).toBe(1);
  });

  it('scores short, plain sentences higher than long, heavy ones', () => {
    const plain = readabilityOf('Je bent niet alleen. Bel de griffier. Hij helpt je graag.');
    const heavy = readabilityOf(
      'Overeenkomstig de toepasselijke beleidsregels betreffende integriteitsschendingen dient de verantwoordelijke bestuursorganisatie onverwijld aanvullende maatregelen te implementeren.',
    );
    expect(plain.sentences).toBe(3);
    expect(plain.words).toBe(11);
    expect(plain.score).toBeGreaterThan(90);
    expect(heavy.score).toBeLessThan(0);
  });
});
