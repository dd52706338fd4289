/**
 * The contract between the group-session API on the server and the screens in the browser:
 * request bodies, responses and the live state, as zod schemas and types. Both sides import
 * this file, so a change here is a change to both. Only aggregates ever appear in a response
 * that more than one person sees; a participant's own answers go back only to that participant.
 *
 * Endpoints (all JSON, under /api/sessions; tokens travel as `Authorization: Bearer <token>`):
 *
 *   POST   /api/sessions                         createSessionRequest → createSessionResponse (201)
 *   POST   /api/sessions/join                    joinRequest → joinResponse (201); rate-limited (429)
 *   GET    /api/sessions/:id                     facilitator or participant → sessionState
 *   GET    /api/sessions/:id/events              facilitator or participant → text/event-stream;
 *                                                every message is `event: state` with a sessionState
 *                                                as data: one at once, then one after each change
 *   GET    /api/sessions/:id/me                  participant → participantAnswers (own answers only)
 *   PUT    /api/sessions/:id/answers/:activity   participant, answersRequest → 204
 *                                                (activity: self-test | culture-scan | risk-scan;
 *                                                answers merge into earlier ones, so a phone can
 *                                                send one screen at a time)
 *   POST   /api/sessions/:id/dilemmas/:dilemmaId/open   facilitator → sessionState (409 when
 *                                                another vote is open)
 *   POST   /api/sessions/:id/dilemmas/:dilemmaId/close  facilitator → sessionState
 *   PUT    /api/sessions/:id/dilemmas/:dilemmaId/vote   participant, voteRequest → 204 (409 when
 *                                                that vote is not open; a second vote replaces
 *                                                the first)
 *   DELETE /api/sessions/:id                     facilitator → 204; ends the session and deletes
 *                                                every answer and vote
 *
 * Errors are `{ error: errorCode, message }` with status 400 (bad body), 401 (no or unknown
 * token), 403 (token of the wrong kind or session), 404 (no such session, or expired), 409
 * (state conflict), 413 (body over 64 KiB), 429 (too many join attempts).
 */
import { z } from 'zod/mini';
import { answersSchema } from '../likert-schema.ts';
import { areaFeatures, vulnerableProcesses } from '../risk-scan.ts';

export const sessionActivities = ['self-test', 'culture-scan', 'dilemmas', 'risk-scan'] as const;
export type SessionActivity = (typeof sessionActivities)[number];

/** Activities a participant answers with a set of answers (dilemmas are votes instead). */
export const answerActivities = ['self-test', 'culture-scan', 'risk-scan'] as const;
export type AnswerActivity = (typeof answerActivities)[number];

/** The minimum group size: results of fewer people are never shown. */
export const minimumK = 3;
export const defaultK = 5;
export const maximumK = 60;
export const defaultExpiryDays = 30;
export const maximumExpiryDays = 90;

/** Join codes: six characters without look-alikes (no 0/O, 1/I/L). */
export const joinCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const joinCodeLength = 6;
export const joinCodeSchema = z
  .string()
  .check(
    z.regex(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/, 'six characters from the code alphabet'),
  );

export const maximumBodyBytes = 64 * 1024;

const idSchema = z.string().check(z.minLength(1), z.maxLength(80), z.regex(/^[a-z0-9-]+$/));

export const createSessionRequestSchema = z.strictObject({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  locale: z.enum(['nl', 'en']),
  activities: z
    .array(z.enum(sessionActivities))
    .check(z.minLength(1), z.maxLength(sessionActivities.length)),
  k: z._default(z.int().check(z.gte(minimumK), z.lte(maximumK)), defaultK),
  expiresInDays: z._default(z.int().check(z.gte(1), z.lte(maximumExpiryDays)), defaultExpiryDays),
  /** The dilemmas to vote on, in order; required (non-empty) when 'dilemmas' is an activity. */
  dilemmaIds: z._default(z.array(idSchema).check(z.maxLength(40)), []),
});
export type CreateSessionRequest = z.input<typeof createSessionRequestSchema>;

export const createSessionResponseSchema = z.strictObject({
  sessionId: z.string(),
  joinCode: joinCodeSchema,
  /** Shown once; the server keeps only its hash. */
  facilitatorToken: z.string(),
  expiresAt: z.string(),
});
export type CreateSessionResponse = z.infer<typeof createSessionResponseSchema>;

export const joinRequestSchema = z.strictObject({ code: joinCodeSchema });

export const joinResponseSchema = z.strictObject({
  sessionId: z.string(),
  /** Kept on the participant's device so they can resume; the server keeps only its hash. */
  participantToken: z.string(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const answersRequestSchema = z.strictObject({
  /** Self-test and culture scan: answers by statement id (merged into earlier answers). */
  answers: z.optional(answersSchema),
  /** Risk scan: the ticked area features and processes (replace earlier ones). */
  features: z.optional(z.array(z.enum(areaFeatures)).check(z.maxLength(areaFeatures.length))),
  processes: z.optional(
    z.array(z.enum(vulnerableProcesses)).check(z.maxLength(vulnerableProcesses.length)),
  ),
  /** True when the participant says they are done with this activity. */
  finished: z.boolean(),
});
export type AnswersRequest = z.infer<typeof answersRequestSchema>;

export const voteRequestSchema = z.strictObject({ optionId: idSchema });

/** A result that is shown only when enough people contributed to it. */
export type Guarded<T> =
  | { status: 'shown'; count: number; value: T }
  /** `needed`: how many more contributions would show it. */
  | { status: 'suppressed'; count: number; needed: number };

/** A combined 0–100 score per factor or dimension (the mean of participants' scores). */
export interface GroupScore {
  id: string;
  /** Null when fewer than k participants have a score for it. */
  score: number | null;
  contributors: number;
}

export interface DilemmaVoteState {
  dilemmaId: string;
  status: 'open' | 'closed';
  /** How many have voted: a count, never who or what. */
  votes: number;
  /** Votes per option id; only once closed, and only from k votes on. */
  distribution: Guarded<Record<string, number>> | null;
}

export interface SessionState {
  session: {
    id: string;
    title: string;
    locale: 'nl' | 'en';
    activities: SessionActivity[];
    dilemmaIds: string[];
    k: number;
    expiresAt: string;
    /** Only for the facilitator (they show it on the projector). */
    joinCode?: string;
  };
  joined: number;
  /** Per answer activity in the session: how many said they are finished. */
  finished: Partial<Record<AnswerActivity, number>>;
  results: {
    'self-test'?: Guarded<GroupScore[]>;
    'culture-scan'?: Guarded<GroupScore[]>;
    /** How many ticked each feature and process. */
    'risk-scan'?: Guarded<{ features: Record<string, number>; processes: Record<string, number> }>;
  };
  /** The dilemma vote now on screen, if any; earlier closed votes stay in `votes`. */
  currentVote: DilemmaVoteState | null;
  votes: DilemmaVoteState[];
  /** Who is asking: lets one screen serve both roles. */
  viewer: 'facilitator' | 'participant';
}

export interface ParticipantAnswers {
  'self-test'?: { answers: Record<string, 1 | 2 | 3 | 4 | 5 | 'na'>; finished: boolean };
  'culture-scan'?: { answers: Record<string, 1 | 2 | 3 | 4 | 5 | 'na'>; finished: boolean };
  'risk-scan'?: { features: string[]; processes: string[]; finished: boolean };
  /** Own vote per dilemma id. */
  votes: Record<string, string>;
}

export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'too_many_requests';

export interface ApiError {
  error: ErrorCode;
  message: string;
}
