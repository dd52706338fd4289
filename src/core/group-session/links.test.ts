import { describe, expect, it } from 'vitest';
import {
  facilitatorFragment,
  formatJoinCode,
  readFacilitatorFragment,
  readJoinCode,
} from './links.ts';

describe('join code input', () => {
  it('accepts a code typed in lower case, with spaces or a dash', () => {
    expect(readJoinCode('abc234')).toEqual({ status: 'valid', code: 'ABC234' });
    expect(readJoinCode(' abc 234 ')).toEqual({ status: 'valid', code: 'ABC234' });
    expect(readJoinCode('ABC-234')).toEqual({ status: 'valid', code: 'ABC234' });
  });

  it('says what is wrong with something that cannot be a code', () => {
    expect(readJoinCode('  ').status).toBe('empty');
    expect(readJoinCode('ABC23').status).toBe('length');
    expect(readJoinCode('ABC2345').status).toBe('length');
    // 0, O, 1, I and L are left out of codes because they look alike.
    expect(readJoinCode('ABC230').status).toBe('characters');
    expect(readJoinCode('ABCIL2').status).toBe('characters');
    expect(readJoinCode('AB<23>').status).toBe('characters');
  });

  it('shows a code in two groups of three', () => {
    expect(formatJoinCode('ABC234')).toBe('ABC 234');
  });
});

describe('facilitator link fragment', () => {
  it('reads back what it writes', () => {
    const key = { sessionId: 'k3J9-x_2', token: 'aZ09_-tokenvalue' };
    expect(readFacilitatorFragment(`#${facilitatorFragment(key)}`)).toEqual(key);
    expect(readFacilitatorFragment(facilitatorFragment(key))).toEqual(key);
  });

  it('refuses a fragment without both parts or with strange characters', () => {
    expect(readFacilitatorFragment('')).toBeUndefined();
    expect(readFacilitatorFragment('#sessie=abc')).toBeUndefined();
    expect(readFacilitatorFragment('#sessie=abc&sleutel=%3Cscript%3E')).toBeUndefined();
  });
});
