import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveK } from './guard.ts';
import { decideClose, decideOpen, decideVote, voteStates, type DilemmaRecord } from './votes.ts';

const session = ['d1', 'd2', 'd3'];
const options = ['yes', 'no'];

/** Votes per option, as the database counts them. */
function counted(chosen: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of chosen) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

/** Applies a decision the way the server does: a changing decision updates the records. */
function apply(records: DilemmaRecord[], id: string, change: 'open' | 'close'): DilemmaRecord[] {
  const decision = (change === 'open' ? decideOpen : decideClose)(session, records, id);
  if (!decision.ok || !decision.change) return records;
  const sequence = Math.max(0, ...records.map((record) => record.changedAt)) + 1;
  const status = change === 'open' ? 'open' : 'closed';
  return [
    ...records.filter((record) => record.dilemmaId !== id),
    { dilemmaId: id, status, changedAt: sequence },
  ];
}

describe('dilemma votes', () => {
  it('opens one vote at a time', () => {
    const open = apply([], 'd1', 'open');
    expect(decideOpen(session, open, 'd2')).toEqual({ ok: false, error: 'another-vote-open' });
    expect(decideOpen(session, open, 'd1')).toEqual({ ok: true, change: false });
    const closed = apply(open, 'd1', 'close');
    expect(decideOpen(session, closed, 'd2')).toEqual({ ok: true, change: true });
  });

  it('refuses dilemmas outside the session, closing a never-opened vote and unknown options', () => {
    expect(decideOpen(session, [], 'other')).toEqual({ ok: false, error: 'not-in-session' });
    expect(decideClose(session, [], 'd1')).toEqual({ ok: false, error: 'not-open' });
    const open = apply([], 'd1', 'open');
    expect(decideVote(session, open, options, 'd1', 'maybe')).toEqual({
      ok: false,
      error: 'unknown-option',
    });
  });

  it('accepts votes only while open', () => {
    const open = apply([], 'd1', 'open');
    expect(decideVote(session, open, options, 'd1', 'yes').ok).toBe(true);
    expect(decideVote(session, open, options, 'd2', 'yes')).toEqual({
      ok: false,
      error: 'not-open',
    });
    const closed = apply(open, 'd1', 'close');
    expect(decideVote(session, closed, options, 'd1', 'yes')).toEqual({
      ok: false,
      error: 'not-open',
    });
  });

  it('hides the distribution while open, shows it once closed from k votes, hides it on reopening', () => {
    const chosen = ['yes', 'yes', 'no'];
    const state = (records: DilemmaRecord[]) =>
      voteStates(
        session,
        records,
        () => options,
        () => counted(chosen),
        3,
      );
    const open = apply([], 'd1', 'open');
    expect(state(open).currentVote).toEqual({
      dilemmaId: 'd1',
      status: 'open',
      votes: 3,
      distribution: null,
    });
    const closed = apply(open, 'd1', 'close');
    expect(state(closed).currentVote?.distribution).toEqual({
      status: 'shown',
      count: 3,
      value: { yes: 2, no: 1 },
    });
    const reopened = apply(closed, 'd1', 'open');
    // Reopening keeps the votes (still 3) but hides them again.
    expect(state(reopened).currentVote).toMatchObject({
      status: 'open',
      votes: 3,
      distribution: null,
    });
  });

  it('suppresses a closed distribution below k', () => {
    const closed = apply(apply([], 'd1', 'open'), 'd1', 'close');
    const { currentVote } = voteStates(
      session,
      closed,
      () => options,
      () => counted(['yes', 'no']),
      3,
    );
    expect(currentVote?.distribution).toEqual({ status: 'suppressed', count: 2, needed: 1 });
  });

  it('keeps the last closed vote on screen and lists every vote in session order', () => {
    let records = apply(apply([], 'd2', 'open'), 'd2', 'close');
    records = apply(apply(records, 'd1', 'open'), 'd1', 'close');
    const { currentVote, votes } = voteStates(
      session,
      records,
      () => options,
      () => ({}),
      3,
    );
    expect(currentVote?.dilemmaId).toBe('d1');
    expect(votes.map((vote) => vote.dilemmaId)).toEqual(['d1', 'd2']);
  });

  it('never has two open votes and never shows a distribution of an open vote or below k (property)', () => {
    const step = fc.record({
      id: fc.constantFrom(...session, 'other'),
      change: fc.constantFrom('open' as const, 'close' as const),
    });
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 30 }),
        fc.array(fc.constantFrom(...options), { maxLength: 8 }),
        fc.integer({ min: 0, max: 8 }),
        (steps, chosen, k) => {
          let records: DilemmaRecord[] = [];
          for (const { id, change } of steps) {
            records = apply(records, id, change);
            expect(records.filter((record) => record.status === 'open').length).toBeLessThanOrEqual(
              1,
            );
          }
          const { votes } = voteStates(
            session,
            records,
            () => options,
            () => counted(chosen),
            k,
          );
          for (const vote of votes) {
            if (vote.status === 'open') expect(vote.distribution).toBeNull();
            if (vote.distribution?.status === 'shown') {
              expect(vote.votes).toBeGreaterThanOrEqual(effectiveK(k));
            }
          }
        },
      ),
    );
  });
});
