/**
 * What a participant's phone keeps of a group session, in localStorage under the join code:
 * the participant token (so leaving and returning resumes, without an account) and the
 * participant's own answers of the activities not yet sent, so that nothing typed is lost
 * when the network fails. Answers the server has confirmed are not kept: returning fetches
 * them from the server, so the phone holds no readable answers beyond what is in transit
 * (the vault cannot seal localStorage). It never holds anyone else's answers. Read back
 * through a schema; anything unreadable counts as absent.
 */
import { z } from 'zod/mini';
import {
  answerActivities,
  type AnswerActivity,
  type ParticipantAnswers,
} from '../../../core/group-session/contract.ts';
import { answersSchema } from '../../../core/likert-schema.ts';
import { storageKey } from './stored-sessions-key.ts';

const likertSchema = z.object({ answers: answersSchema, finished: z.boolean() });

const storedSessionSchema = z.object({
  sessionId: z.string(),
  token: z.string(),
  answers: z.object({
    'self-test': z.optional(likertSchema),
    'culture-scan': z.optional(likertSchema),
    'risk-scan': z.optional(
      z.object({
        features: z.array(z.string()),
        processes: z.array(z.string()),
        finished: z.boolean(),
      }),
    ),
    votes: z.record(z.string(), z.string()),
  }),
  /** Activities changed on this phone that the server has not confirmed yet. */
  unsent: z.array(z.enum(answerActivities)),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

const storeSchema = z.record(z.string(), storedSessionSchema);

function readAll(): Record<string, StoredSession> {
  try {
    const parsed = storeSchema.safeParse(JSON.parse(localStorage.getItem(storageKey) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function writeAll(sessions: Record<string, StoredSession>) {
  try {
    localStorage.setItem(storageKey, JSON.stringify(sessions));
  } catch {
    // A browser that refuses storage still runs the session; it only cannot resume it.
  }
}

/** The session joined with this code on this device, if any. */
export function readStoredSession(code: string): StoredSession | undefined {
  return readAll()[code];
}

export function writeStoredSession(code: string, session: StoredSession): void {
  writeAll({ ...readAll(), [code]: withUnsentOnly(session) });
}

/** What is written to the phone's storage: the token, and only answers not yet sent. */
export function withUnsentOnly(session: StoredSession): StoredSession {
  const answers: StoredSession['answers'] = { votes: {} };
  for (const activity of session.unsent) {
    const mine = session.answers[activity];
    if (mine) Object.assign(answers, { [activity]: mine });
  }
  return { ...session, answers };
}

/** Forgets a session (it ended, or its token is no longer accepted). */
export function forgetStoredSession(code: string): void {
  const sessions = readAll();
  delete sessions[code];
  writeAll(sessions);
}

/**
 * The answers to show after returning: the server's, except for activities this phone
 * changed and could not send yet, where the phone's copy is newer.
 */
export function mergeOwnAnswers(
  server: ParticipantAnswers,
  local: StoredSession,
): StoredSession['answers'] {
  const merged: StoredSession['answers'] = { ...server, votes: { ...server.votes } };
  for (const activity of local.unsent as AnswerActivity[]) {
    const mine = local.answers[activity];
    if (mine) Object.assign(merged, { [activity]: mine });
  }
  return merged;
}
