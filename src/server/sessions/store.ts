/**
 * Group-session storage through Kysely, the same code on SQLite and PostgreSQL. Every write
 * that a caller is told succeeded has been committed (SQLite: WAL with synchronous=FULL).
 * Expired sessions are invisible here even before the sweep deletes them.
 */
import type { Kysely, Transaction } from 'kysely';
import type {
  ParticipantScores,
  RiskSubmission,
  ScoredSubmission,
} from '../../core/group-session/aggregates.ts';
import type {
  AnswerActivity,
  ParticipantAnswers,
  SessionActivity,
} from '../../core/group-session/contract.ts';
import type { SessionInfo, SessionSnapshot } from '../../core/group-session/state.ts';
import type { DilemmaRecord, VoteCounts } from '../../core/group-session/votes.ts';
import type { Answers, AnswerValue } from '../../core/likert.ts';
import type { Database, GroupSessionTable } from '../db/schema.ts';
import { directWriter, groupCommitWriter, type Writer } from './group-commit.ts';
import { hashToken, newId, newJoinCode, newToken } from './tokens.ts';

export interface NewSession {
  title: string;
  locale: 'nl' | 'en';
  activities: SessionActivity[];
  dilemmaIds: string[];
  k: number;
  expiresAt: Date;
}

/** Who a token belongs to. */
export type Caller =
  | { kind: 'facilitator'; sessionId: string }
  | { kind: 'participant'; sessionId: string; participantId: string };

/** A change to one participant's answers for one activity. */
export interface AnswerChange {
  /** Statement answers to merge into the earlier ones. */
  answers?: Record<string, AnswerValue>;
  /** Risk-scan ticks that replace the earlier ones. */
  features?: readonly string[];
  processes?: readonly string[];
  finished: boolean;
  /** Scores the participant's merged answers (self-test, culture scan), kept for live updates. */
  score?: (answers: Answers) => ParticipantScores;
}

export type DilemmaChange = 'open' | 'close';

export class SessionStore {
  private readonly writer: Writer<Database>;

  /**
   * @param db for reads
   * @param writeDb for writes (on SQLite a connection on a worker thread)
   * @param groupCommit batch concurrent writes into one transaction (SQLite: one flush)
   */
  constructor(
    private readonly db: Kysely<Database>,
    writeDb: Kysely<Database>,
    groupCommit: boolean,
  ) {
    this.writer = groupCommit ? groupCommitWriter(writeDb) : directWriter(writeDb);
  }

  /** Creates a session with a fresh join code; returns the facilitator token (never stored). */
  async createSession(
    input: NewSession,
    now: Date,
  ): Promise<{ info: SessionInfo; facilitatorToken: string }> {
    const facilitatorToken = newToken();
    // A code collides with a live session's code about once in 887 million; retry then.
    for (let attempt = 0; ; attempt++) {
      const row: GroupSessionTable = {
        id: newId(),
        join_code: newJoinCode(),
        facilitator_token_hash: hashToken(facilitatorToken),
        title: input.title,
        locale: input.locale,
        activities: JSON.stringify(input.activities),
        dilemma_ids: JSON.stringify(input.dilemmaIds),
        k: input.k,
        created_at: now.toISOString(),
        expires_at: input.expiresAt.toISOString(),
      };
      try {
        await this.writer.write((trx) => trx.insertInto('group_session').values(row).execute());
        return { info: toInfo(row), facilitatorToken };
      } catch (error) {
        if (attempt >= 5 || !(await this.codeTaken(row.join_code))) throw error;
      }
    }
  }

  private async codeTaken(code: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('group_session')
      .select('id')
      .where('join_code', '=', code)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The live (not expired) session with this id, or undefined. */
  findSession(id: string, now: Date): Promise<SessionInfo | undefined> {
    return this.findLive('id', id, now);
  }

  /** The live session with this join code, or undefined. */
  findSessionByCode(code: string, now: Date): Promise<SessionInfo | undefined> {
    return this.findLive('join_code', code, now);
  }

  private async findLive(column: 'id' | 'join_code', value: string, now: Date) {
    const row = await this.db
      .selectFrom('group_session')
      .selectAll()
      .where(column, '=', value)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    return row && toInfo(row);
  }

  /**
   * The live session and who the token belongs to there, in one query (the common case of
   * every request). `caller` is undefined when the token is not of this session.
   */
  async sessionFor(
    sessionId: string,
    token: string,
    now: Date,
  ): Promise<{ session: SessionInfo; caller: Caller | undefined } | undefined> {
    const hash = hashToken(token);
    const row = await this.db
      .selectFrom('group_session as s')
      .leftJoin('session_participant as p', (join) =>
        join.onRef('p.session_id', '=', 's.id').on('p.token_hash', '=', hash),
      )
      .selectAll('s')
      .select('p.id as participant_id')
      .where('s.id', '=', sessionId)
      .where('s.expires_at', '>', now.toISOString())
      .executeTakeFirst();
    if (!row) return undefined;
    const session = toInfo(row);
    let caller: Caller | undefined;
    if (row.participant_id) {
      caller = { kind: 'participant', sessionId, participantId: row.participant_id };
    } else if (row.facilitator_token_hash === hash) {
      caller = { kind: 'facilitator', sessionId };
    }
    return { session, caller };
  }

  /** Whether the token belongs to anyone in any session (to tell 401 from 403). */
  async isKnownToken(token: string): Promise<boolean> {
    const hash = hashToken(token);
    const [participant, facilitator] = await Promise.all([
      this.db
        .selectFrom('session_participant')
        .select('id')
        .where('token_hash', '=', hash)
        .executeTakeFirst(),
      this.db
        .selectFrom('group_session')
        .select('id')
        .where('facilitator_token_hash', '=', hash)
        .executeTakeFirst(),
    ]);
    return participant !== undefined || facilitator !== undefined;
  }

  /** Adds an anonymous participant; returns their token (never stored). */
  async join(sessionId: string): Promise<string> {
    const token = newToken();
    await this.writer.write((trx) =>
      trx
        .insertInto('session_participant')
        .values({ id: newId(), session_id: sessionId, token_hash: hashToken(token) })
        .execute(),
    );
    return token;
  }

  /** Merges answers (or replaces risk-scan ticks) and sets the finished flag, atomically. */
  async saveAnswers(
    sessionId: string,
    participantId: string,
    activity: AnswerActivity,
    change: AnswerChange,
  ): Promise<void> {
    const rows: Array<{ item_id: string; value: string }> = [];
    for (const [itemId, value] of Object.entries(change.answers ?? {})) {
      rows.push({ item_id: itemId, value: String(value) });
    }
    const replaceFeatures = change.features !== undefined;
    const replaceProcesses = change.processes !== undefined;
    for (const id of new Set(change.features)) rows.push({ item_id: `feature:${id}`, value: '1' });
    for (const id of new Set(change.processes)) rows.push({ item_id: `process:${id}`, value: '1' });

    await this.writer.write(async (trx) => {
      const mine = (prefix: string) =>
        trx
          .deleteFrom('session_answer')
          .where('participant_id', '=', participantId)
          .where('activity', '=', activity)
          .where('item_id', 'like', `${prefix}:%`)
          .execute();
      if (replaceFeatures) await mine('feature');
      if (replaceProcesses) await mine('process');
      if (rows.length > 0) {
        await trx
          .insertInto('session_answer')
          .values(
            rows.map((row) => ({
              session_id: sessionId,
              participant_id: participantId,
              activity,
              ...row,
            })),
          )
          .onConflict((conflict) =>
            conflict
              .columns(['participant_id', 'activity', 'item_id'])
              .doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })),
          )
          .execute();
      }
      let scores = '{}';
      if (change.score) {
        const merged = await trx
          .selectFrom('session_answer')
          .select(['item_id', 'value'])
          .where('participant_id', '=', participantId)
          .where('activity', '=', activity)
          .execute();
        const answers = Object.fromEntries(
          merged.map((row) => [row.item_id, parseValue(row.value)]),
        );
        scores = JSON.stringify(change.score(answers));
      }
      const finished = change.finished ? 1 : 0;
      await trx
        .insertInto('session_progress')
        .values({
          session_id: sessionId,
          participant_id: participantId,
          activity,
          finished,
          scores,
        })
        .onConflict((conflict) =>
          conflict.columns(['participant_id', 'activity']).doUpdateSet({ finished, scores }),
        )
        .execute();
    });
  }

  /** One participant's own answers and votes, to resume on their device. */
  async ownAnswers(participantId: string): Promise<ParticipantAnswers> {
    const [answers, progress, votes] = await Promise.all([
      this.db
        .selectFrom('session_answer')
        .select(['activity', 'item_id', 'value'])
        .where('participant_id', '=', participantId)
        .execute(),
      this.db
        .selectFrom('session_progress')
        .select(['activity', 'finished'])
        .where('participant_id', '=', participantId)
        .execute(),
      this.db
        .selectFrom('session_vote')
        .select(['dilemma_id', 'option_id'])
        .where('participant_id', '=', participantId)
        .execute(),
    ]);
    const result: ParticipantAnswers = {
      votes: Object.fromEntries(votes.map((vote) => [vote.dilemma_id, vote.option_id])),
    };
    const finishedOf = (activity: string) =>
      progress.some((row) => row.activity === activity && row.finished === 1);
    const activities = new Set([...answers, ...progress].map((row) => row.activity));
    for (const activity of activities) {
      const rows = answers.filter((row) => row.activity === activity);
      if (activity === 'risk-scan') {
        result['risk-scan'] = { ...riskTicks(rows), finished: finishedOf(activity) };
      } else if (activity === 'self-test' || activity === 'culture-scan') {
        result[activity] = {
          answers: Object.fromEntries(rows.map((row) => [row.item_id, parseValue(row.value)])),
          finished: finishedOf(activity),
        };
      }
    }
    return result;
  }

  /** The dilemmas of a session that have been opened at least once. */
  async dilemmaRecords(
    sessionId: string,
    db: Kysely<Database> | Transaction<Database> = this.db,
  ): Promise<DilemmaRecord[]> {
    const rows = await db
      .selectFrom('session_dilemma')
      .select(['dilemma_id', 'status', 'sequence'])
      .where('session_id', '=', sessionId)
      .execute();
    return rows.map((row) => ({
      dilemmaId: row.dilemma_id,
      status: row.status,
      changedAt: Number(row.sequence),
    }));
  }

  /**
   * Opens or closes a vote after `decide` approved it against the records read in the same
   * transaction. Returns the refusal, or null when done.
   */
  async changeDilemma<E>(
    sessionId: string,
    dilemmaId: string,
    change: DilemmaChange,
    now: Date,
    decide: (records: DilemmaRecord[]) => E | null,
  ): Promise<E | null> {
    return this.writer.write(async (trx) => {
      const records = await this.dilemmaRecords(sessionId, trx);
      const refusal = decide(records);
      if (refusal !== null) return refusal;
      const sequence = Math.max(0, ...records.map((record) => record.changedAt)) + 1;
      const status = change === 'open' ? 'open' : 'closed';
      await trx
        .insertInto('session_dilemma')
        .values({
          session_id: sessionId,
          dilemma_id: dilemmaId,
          status,
          changed_at: now.toISOString(),
          sequence,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['session_id', 'dilemma_id'])
            .doUpdateSet({ status, changed_at: now.toISOString(), sequence }),
        )
        .execute();
      return null;
    });
  }

  /** Records (or replaces) a vote when `decide` approves it against the current records. */
  async vote<E>(
    sessionId: string,
    participantId: string,
    dilemmaId: string,
    optionId: string,
    decide: (records: DilemmaRecord[]) => E | null,
  ): Promise<E | null> {
    return this.writer.write(async (trx) => {
      const refusal = decide(await this.dilemmaRecords(sessionId, trx));
      if (refusal !== null) return refusal;
      await trx
        .insertInto('session_vote')
        .values({
          session_id: sessionId,
          dilemma_id: dilemmaId,
          participant_id: participantId,
          option_id: optionId,
        })
        .onConflict((conflict) =>
          conflict.columns(['participant_id', 'dilemma_id']).doUpdateSet({ option_id: optionId }),
        )
        .execute();
      return null;
    });
  }

  /** Deletes a session with every participant, answer and vote. */
  async deleteSession(sessionId: string): Promise<void> {
    await this.writer.write(async (trx) => {
      // Explicit deletes rather than relying on ON DELETE CASCADE alone, so nothing depends
      // on a connection setting (SQLite enforces foreign keys only when asked to).
      for (const table of [
        'session_vote',
        'session_dilemma',
        'session_progress',
        'session_answer',
        'session_participant',
      ] as const) {
        await trx.deleteFrom(table).where('session_id', '=', sessionId).execute();
      }
      await trx.deleteFrom('group_session').where('id', '=', sessionId).execute();
    });
  }

  /** Deletes every session whose time is up; returns their ids. */
  async deleteExpired(now: Date): Promise<string[]> {
    const expired = await this.db
      .selectFrom('group_session')
      .select('id')
      .where('expires_at', '<=', now.toISOString())
      .execute();
    for (const { id } of expired) await this.deleteSession(id);
    return expired.map((row) => row.id);
  }

  /** Everything the live state is made of, or undefined when the session is gone. */
  async snapshot(sessionId: string, now: Date): Promise<SessionSnapshot | undefined> {
    const session = await this.findSession(sessionId, now);
    if (!session) return undefined;
    const [joined, ticks, progress, dilemmas, votes] = await Promise.all([
      this.db
        .selectFrom('session_participant')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('session_id', '=', sessionId)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('session_answer')
        .select(['participant_id', 'item_id'])
        .where('session_id', '=', sessionId)
        .where('activity', '=', 'risk-scan')
        .execute(),
      this.db
        .selectFrom('session_progress')
        .select(['participant_id', 'activity', 'finished', 'scores'])
        .where('session_id', '=', sessionId)
        .execute(),
      this.dilemmaRecords(sessionId),
      this.db
        .selectFrom('session_vote')
        .select((eb) => ['dilemma_id', 'option_id', eb.fn.countAll<number | string>().as('count')])
        .where('session_id', '=', sessionId)
        .groupBy(['dilemma_id', 'option_id'])
        .execute(),
    ]);

    const selfTest: ScoredSubmission[] = [];
    const culture: ScoredSubmission[] = [];
    const risk = new Map<string, RiskSubmission & { features: string[]; processes: string[] }>();
    for (const row of progress) {
      const finished = Number(row.finished) === 1;
      if (row.activity === 'risk-scan') {
        risk.set(row.participant_id, { features: [], processes: [], finished });
      } else {
        const scored = { scores: JSON.parse(row.scores) as ParticipantScores, finished };
        (row.activity === 'self-test' ? selfTest : culture).push(scored);
      }
    }
    for (const row of ticks) {
      const submission = risk.get(row.participant_id);
      const [kind, id] = splitTick(row.item_id);
      if (submission && kind === 'feature') submission.features.push(id);
      if (submission && kind === 'process') submission.processes.push(id);
    }
    const voteCounts = new Map<string, Record<string, number>>();
    for (const row of votes) {
      const counts = voteCounts.get(row.dilemma_id) ?? {};
      counts[row.option_id] = Number(row.count);
      voteCounts.set(row.dilemma_id, counts);
    }
    return {
      session,
      joined: Number(joined.count),
      selfTest,
      culture,
      risk: [...risk.values()],
      dilemmas,
      voteCounts: voteCounts as ReadonlyMap<string, VoteCounts>,
    };
  }
}

function toInfo(row: GroupSessionTable): SessionInfo {
  return {
    id: row.id,
    title: row.title,
    locale: row.locale === 'en' ? 'en' : 'nl',
    activities: JSON.parse(row.activities) as SessionActivity[],
    dilemmaIds: JSON.parse(row.dilemma_ids) as string[],
    k: Number(row.k),
    expiresAt: row.expires_at,
    joinCode: row.join_code,
  };
}

function parseValue(value: string): AnswerValue {
  return value === 'na' ? 'na' : (Number(value) as AnswerValue);
}

function splitTick(itemId: string): [string, string] {
  const colon = itemId.indexOf(':');
  return [itemId.slice(0, colon), itemId.slice(colon + 1)];
}

function riskTicks(rows: readonly { item_id: string }[]) {
  const features: string[] = [];
  const processes: string[] = [];
  for (const row of rows) {
    const [kind, id] = splitTick(row.item_id);
    if (kind === 'feature') features.push(id);
    if (kind === 'process') processes.push(id);
  }
  return { features, processes };
}
