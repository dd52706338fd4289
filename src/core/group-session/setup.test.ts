import { describe, expect, it } from 'vitest';
import { sessionSetupProblem } from './setup.ts';

const exists = (id: string) => id === 'a' || id === 'b';

describe('sessionSetupProblem', () => {
  it('accepts dilemmas with the dilemmas activity, and no dilemmas without it', () => {
    expect(sessionSetupProblem(['dilemmas'], ['a', 'b'], exists)).toBeNull();
    expect(sessionSetupProblem(['self-test'], [], exists)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(sessionSetupProblem(['dilemmas'], [], exists)).toMatch(/at least one dilemma/);
    expect(sessionSetupProblem(['self-test'], ['a'], exists)).toMatch(/need the dilemmas activity/);
    expect(sessionSetupProblem(['dilemmas'], ['a', 'a'], exists)).toMatch(/twice/);
    expect(sessionSetupProblem(['dilemmas'], ['a', 'zz'], exists)).toBe('Unknown dilemma ids: zz.');
  });
});
