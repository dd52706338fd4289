import type { ColumnType } from 'kysely';

/** The tables of the server database, as Kysely sees them. */
export interface AppMetaTable {
  key: string;
  value: string;
}

/** A group session. No personal data: the facilitator is known only by a token hash. */
export interface GroupSessionTable {
  id: string;
  join_code: string;
  /** SHA-256 of the facilitator token, hex. */
  facilitator_token_hash: string;
  title: string;
  locale: string;
  /** JSON array of activity ids. */
  activities: string;
  /** JSON array of dilemma ids, in the order they are voted on. */
  dilemma_ids: string;
  k: number;
  /** ISO 8601 in UTC. */
  created_at: string;
  expires_at: string;
}

/** An anonymous participant: a random id and the hash of their token, nothing else. */
export interface SessionParticipantTable {
  id: string;
  session_id: string;
  token_hash: string;
}

/** One answered statement ('1'…'5' or 'na') or one ticked feature/process ('1'). */
export interface SessionAnswerTable {
  session_id: string;
  participant_id: string;
  activity: string;
  /** A statement id, or `feature:<id>` / `process:<id>` for the risk scan. */
  item_id: string;
  value: string;
}

export interface SessionProgressTable {
  session_id: string;
  participant_id: string;
  activity: string;
  /** 1 when the participant said they are done, else 0. */
  finished: number;
  /** JSON: the participant's own score per dimension (self-test, culture scan), else {}. */
  scores: ColumnType<string, string | undefined, string>;
}

export interface SessionDilemmaTable {
  session_id: string;
  dilemma_id: string;
  status: 'open' | 'closed';
  changed_at: string;
  /** Increases with every open and close in the session: the latest is on screen. */
  sequence: number;
}

export interface SessionVoteTable {
  session_id: string;
  dilemma_id: string;
  participant_id: string;
  option_id: string;
}

export interface Database {
  app_meta: AppMetaTable;
  group_session: GroupSessionTable;
  session_participant: SessionParticipantTable;
  session_answer: SessionAnswerTable;
  session_progress: SessionProgressTable;
  session_dilemma: SessionDilemmaTable;
  session_vote: SessionVoteTable;
}
