/**
 * The live state of a group session, built from everything stored for it. It holds only
 * counts and guarded aggregates, so the same state can go to the projector and to every phone.
 */
import { areaFeatures, vulnerableProcesses } from '../risk-scan.ts';
import { cultureDimensions } from '../culture-scan.ts';
import { factorIds } from '../model.ts';
import {
  groupRiskCounts,
  groupScores,
  type RiskSubmission,
  type ScoredSubmission,
} from './aggregates.ts';
import type { SessionCatalog } from './catalog.ts';
import type { AnswerActivity, SessionActivity, SessionState } from './contract.ts';
import { voteStates, type DilemmaRecord, type VoteCounts } from './votes.ts';

/** A stored session as the server knows it: what the state shows, with the join code. */
export type SessionInfo = SessionState['session'] & { joinCode: string };

/** Everything stored for a session that its state is made of. */
export interface SessionSnapshot {
  session: SessionInfo;
  joined: number;
  selfTest: ScoredSubmission[];
  culture: ScoredSubmission[];
  risk: RiskSubmission[];
  dilemmas: DilemmaRecord[];
  /** Votes per option, per dilemma id. */
  voteCounts: ReadonlyMap<string, VoteCounts>;
}

/** The state for the facilitator and for participants: only `viewer` and the join code differ. */
export function buildSessionState(
  snapshot: SessionSnapshot,
  catalog: SessionCatalog,
  viewer: SessionState['viewer'],
): SessionState {
  const { session } = snapshot;
  const has = (activity: SessionActivity) => session.activities.includes(activity);
  const finished: Partial<Record<AnswerActivity, number>> = {};
  const results: SessionState['results'] = {};
  if (has('self-test')) {
    finished['self-test'] = countFinished(snapshot.selfTest);
    results['self-test'] = groupScores(factorIds, snapshot.selfTest, session.k);
  }
  if (has('culture-scan')) {
    finished['culture-scan'] = countFinished(snapshot.culture);
    results['culture-scan'] = groupScores(cultureDimensions, snapshot.culture, session.k);
  }
  if (has('risk-scan')) {
    finished['risk-scan'] = countFinished(snapshot.risk);
    results['risk-scan'] = groupRiskCounts(
      areaFeatures,
      vulnerableProcesses,
      snapshot.risk,
      session.k,
    );
  }
  const { currentVote, votes } = voteStates(
    session.dilemmaIds,
    snapshot.dilemmas,
    (dilemmaId) => catalog.dilemmaOptions.get(dilemmaId) ?? [],
    (dilemmaId) => snapshot.voteCounts.get(dilemmaId) ?? {},
    session.k,
  );
  const { joinCode, ...shared } = session;
  return {
    session: viewer === 'facilitator' ? { ...shared, joinCode } : shared,
    joined: snapshot.joined,
    finished,
    results,
    currentVote,
    votes,
    viewer,
  };
}

function countFinished(submissions: readonly { finished: boolean }[]): number {
  return submissions.filter((submission) => submission.finished).length;
}
