/**
 * Dilemma votes in a group session. One vote is open at a time; votes stay hidden while it is
 * open; once closed, the distribution shows from k votes on. Reopening keeps the votes cast so
 * far (people may change theirs) and hides the distribution again until the next close.
 */
import type { DilemmaVoteState, Guarded } from './contract.ts';
import { guard } from './guard.ts';

export type VoteStatus = 'open' | 'closed';

/** A dilemma that has been opened at least once in the session. */
export interface DilemmaRecord {
  dilemmaId: string;
  status: VoteStatus;
  /** When it last opened or closed (any increasing number); the latest is on screen. */
  changedAt: number;
}

export type VoteRuleError = 'another-vote-open' | 'not-open' | 'not-in-session' | 'unknown-option';

export type VoteDecision = { ok: true; change: boolean } | { ok: false; error: VoteRuleError };

/**
 * May the facilitator open this dilemma's vote? Opening the one already open changes nothing;
 * opening while another is open is refused, so a room never has two votes at once.
 */
export function decideOpen(
  sessionDilemmaIds: readonly string[],
  records: readonly DilemmaRecord[],
  dilemmaId: string,
): VoteDecision {
  if (!sessionDilemmaIds.includes(dilemmaId)) return { ok: false, error: 'not-in-session' };
  const open = records.find((record) => record.status === 'open');
  if (open && open.dilemmaId !== dilemmaId) return { ok: false, error: 'another-vote-open' };
  return { ok: true, change: !open };
}

/** May the facilitator close it? Closing a closed vote changes nothing; a never-opened one is refused. */
export function decideClose(
  sessionDilemmaIds: readonly string[],
  records: readonly DilemmaRecord[],
  dilemmaId: string,
): VoteDecision {
  if (!sessionDilemmaIds.includes(dilemmaId)) return { ok: false, error: 'not-in-session' };
  const record = records.find((candidate) => candidate.dilemmaId === dilemmaId);
  if (!record) return { ok: false, error: 'not-open' };
  return { ok: true, change: record.status === 'open' };
}

/** May a participant vote this option now? Only while the vote is open, only a real option. */
export function decideVote(
  sessionDilemmaIds: readonly string[],
  records: readonly DilemmaRecord[],
  options: readonly string[],
  dilemmaId: string,
  optionId: string,
): VoteDecision {
  if (!sessionDilemmaIds.includes(dilemmaId)) return { ok: false, error: 'not-in-session' };
  if (!options.includes(optionId)) return { ok: false, error: 'unknown-option' };
  const record = records.find((candidate) => candidate.dilemmaId === dilemmaId);
  if (record?.status !== 'open') return { ok: false, error: 'not-open' };
  return { ok: true, change: true };
}

/** Votes per option id, as counted by the database (who voted what is not part of it). */
export type VoteCounts = Readonly<Record<string, number>>;

/**
 * The state of one dilemma's vote as everyone sees it: a count while open; once closed, the
 * votes per option (every option listed) when at least k voted.
 */
export function voteState(
  record: DilemmaRecord,
  options: readonly string[],
  counts: VoteCounts,
  k: number,
): DilemmaVoteState {
  // Only votes for the dilemma's own options count (the server refuses others anyway).
  const votes = options.reduce((total, id) => total + (counts[id] ?? 0), 0);
  const distribution: Guarded<Record<string, number>> | null =
    record.status === 'open'
      ? null
      : guard(votes, k, () => Object.fromEntries(options.map((id) => [id, counts[id] ?? 0])));
  return { dilemmaId: record.dilemmaId, status: record.status, votes, distribution };
}

/**
 * Every vote so far in the session's order, and the one on screen: the open vote, else the
 * one that changed last (so the projector keeps showing a result after closing).
 */
export function voteStates(
  sessionDilemmaIds: readonly string[],
  records: readonly DilemmaRecord[],
  optionsOf: (dilemmaId: string) => readonly string[],
  countsOf: (dilemmaId: string) => VoteCounts,
  k: number,
): { currentVote: DilemmaVoteState | null; votes: DilemmaVoteState[] } {
  const byId = new Map(records.map((record) => [record.dilemmaId, record]));
  const votes = sessionDilemmaIds.flatMap((dilemmaId) => {
    const record = byId.get(dilemmaId);
    return record ? [voteState(record, optionsOf(dilemmaId), countsOf(dilemmaId), k)] : [];
  });
  const current =
    records.find((record) => record.status === 'open') ??
    [...records].sort((a, b) => b.changedAt - a.changedAt)[0];
  return {
    currentVote: current
      ? (votes.find((vote) => vote.dilemmaId === current.dilemmaId) ?? null)
      : null,
    votes,
  };
}
