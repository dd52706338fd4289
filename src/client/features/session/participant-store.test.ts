import { describe, expect, it } from 'vitest';
import { mergeOwnAnswers, withUnsentOnly, type StoredSession } from './participant-store.ts';

describe('own answers after returning', () => {
  const local: StoredSession = {
    sessionId: 's',
    token: 't',
    answers: {
      'self-test': { answers: { a: 2, b: 5 }, finished: false },
      'culture-scan': { answers: { c: 1 }, finished: true },
      votes: {},
    },
    unsent: ['self-test'],
  };

  it('keeps what this phone could not send yet, and takes the server for the rest', () => {
    const merged = mergeOwnAnswers(
      {
        'self-test': { answers: { a: 2 }, finished: false },
        'culture-scan': { answers: { c: 4 }, finished: true },
        votes: { skybox: 'go' },
      },
      local,
    );
    expect(merged).toEqual({
      'self-test': { answers: { a: 2, b: 5 }, finished: false },
      'culture-scan': { answers: { c: 4 }, finished: true },
      votes: { skybox: 'go' },
    });
  });

  it('stores only the answers the server does not have yet, never confirmed ones or votes', () => {
    const stored = withUnsentOnly({ ...local, answers: { ...local.answers, votes: { x: 'go' } } });
    expect(stored).toEqual({
      sessionId: 's',
      token: 't',
      answers: { 'self-test': { answers: { a: 2, b: 5 }, finished: false }, votes: {} },
      unsent: ['self-test'],
    });
    expect(JSON.stringify(stored)).not.toContain('"c"');
  });
});
