/**
 * The group-session API (see src/core/group-session/contract.ts for every endpoint). Handlers
 * stay thin: parse the body, authorise the token, let core decide, store, announce the change.
 */
import type { ServerResponse } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  scoreCultureParticipant,
  scoreSelfTestParticipant,
} from '../../core/group-session/aggregates.ts';
import type { SessionCatalog } from '../../core/group-session/catalog.ts';
import { unknownItemIds } from '../../core/group-session/catalog.ts';
import {
  answerActivities,
  answersRequestSchema,
  createSessionRequestSchema,
  joinRequestSchema,
  maximumBodyBytes,
  voteRequestSchema,
  type AnswerActivity,
  type CreateSessionResponse,
  type JoinResponse,
} from '../../core/group-session/contract.ts';
import { expiresAtFrom } from '../../core/group-session/expiry.ts';
import { sessionSetupProblem } from '../../core/group-session/setup.ts';
import type { SessionInfo } from '../../core/group-session/state.ts';
import type { Answers } from '../../core/likert.ts';
import {
  decideClose,
  decideOpen,
  decideVote,
  type VoteRuleError,
} from '../../core/group-session/votes.ts';
import type { ChangeBus } from './bus.ts';
import { ApiProblem, errorResponse, readBody } from './http.ts';
import type { SessionHub, Viewer } from './hub.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { Caller, SessionStore } from './store.ts';
import { bearerToken } from './tokens.ts';

export interface SessionRouteDeps {
  store: SessionStore;
  hub: SessionHub;
  bus: ChangeBus;
  catalog: SessionCatalog;
  joinLimiter: RateLimiter;
  clock: () => Date;
  /** Builds the state a caller sees, fresh from storage. */
  stateFor: (sessionId: string, viewer: Viewer) => Promise<unknown>;
}

/** Seconds between comment lines on an idle stream, so proxies keep it open. */
const keepAliveSeconds = 25;
/** A listener this far behind is disconnected (a state is a few KiB). */
const maximumUnsentBytes = 512 * 1024;

export function sessionRoutes(deps: SessionRouteDeps) {
  const { store, hub, bus, catalog, joinLimiter, clock } = deps;
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof ApiProblem) return errorResponse(c, error.code, error.message);
    // Log only the error's message: never a body, which could hold answers or tokens.
    console.error('Session API error:', error instanceof Error ? error.message : 'unknown');
    return c.json({ error: 'internal', message: 'Something went wrong on the server.' }, 500);
  });

  app.use(
    bodyLimit({
      maxSize: maximumBodyBytes,
      onError: (c) =>
        errorResponse(c, 'too_large', `The body is larger than ${maximumBodyBytes} bytes.`),
    }),
  );
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  /** Who is calling, checked against the session in the address and the role required. */
  async function authorize(
    c: Context,
    role: Viewer | 'any',
  ): Promise<{ caller: Caller; session: SessionInfo }> {
    const token = bearerToken(c.req.header('authorization'));
    if (!token) {
      throw new ApiProblem('unauthorized', 'Send your session token as "Authorization: Bearer …".');
    }
    const found = await store.sessionFor(c.req.param('id') ?? '', token, clock());
    if (!found) throw notFound();
    const { session, caller } = found;
    if (!caller) {
      if (await store.isKnownToken(token)) {
        throw new ApiProblem('forbidden', 'This token belongs to another session.');
      }
      throw new ApiProblem('unauthorized', 'This token is not known (any more).');
    }
    if (role !== 'any' && caller.kind !== role) {
      throw new ApiProblem('forbidden', `Only the ${role} of this session may do this.`);
    }
    return { caller, session };
  }

  app.post('/', async (c) => {
    const request = await readBody(c, createSessionRequestSchema);
    const activities = [...new Set(request.activities)];
    const problem = sessionSetupProblem(activities, request.dilemmaIds, (id) =>
      catalog.dilemmaOptions.has(id),
    );
    if (problem) throw new ApiProblem('bad_request', problem);
    const now = clock();
    const { info, facilitatorToken } = await store.createSession(
      {
        title: request.title,
        locale: request.locale,
        activities,
        dilemmaIds: request.dilemmaIds,
        k: request.k,
        expiresAt: expiresAtFrom(now, request.expiresInDays),
      },
      now,
    );
    const response: CreateSessionResponse = {
      sessionId: info.id,
      joinCode: info.joinCode,
      facilitatorToken,
      expiresAt: info.expiresAt,
    };
    return c.json(response, 201);
  });

  app.post('/join', async (c) => {
    const limit = joinLimiter.take(clientAddress(c), clock().getTime());
    if (!limit.allowed) {
      c.header('Retry-After', String(limit.retryAfterSeconds));
      throw new ApiProblem(
        'too_many_requests',
        `Too many join attempts from this address. Try again in ${limit.retryAfterSeconds} seconds.`,
      );
    }
    const { code } = await readBody(c, joinRequestSchema);
    const session = await store.findSessionByCode(code, clock());
    if (!session)
      throw new ApiProblem('not_found', 'There is no session with this code (any more).');
    const participantToken = await store.join(session.id);
    bus.publish(session.id);
    const response: JoinResponse = { sessionId: session.id, participantToken };
    return c.json(response, 201);
  });

  app.get('/:id', async (c) => {
    const { caller, session } = await authorize(c, 'any');
    return c.json(await deps.stateFor(session.id, caller.kind));
  });

  app.get('/:id/events', async (c) => {
    const { caller, session } = await authorize(c, 'any');
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (!outgoing) throw new Error('Live updates need the Node server.');
    // Written straight to the socket rather than through a web stream: with 1,000 listeners
    // that halves the memory per listener and the work per broadcast.
    outgoing.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-accel-buffering': 'no',
    });
    outgoing.flushHeaders();
    const send = (frame: string) => {
      // A phone that stopped reading gets cut off instead of piling up frames in memory;
      // its EventSource reconnects and receives the current state.
      if (outgoing.writableLength > maximumUnsentBytes) outgoing.destroy();
      else outgoing.write(frame);
    };
    const unlisten = hub.listen(session.id, {
      viewer: caller.kind,
      send,
      close: () => outgoing.end(),
    });
    const keepAlive = setInterval(() => send(': keep-alive\n\n'), keepAliveSeconds * 1000);
    outgoing.once('close', () => {
      clearInterval(keepAlive);
      unlisten();
    });
    return RESPONSE_ALREADY_SENT;
  });

  app.get('/:id/me', async (c) => {
    const { caller } = await authorize(c, 'participant');
    if (caller.kind !== 'participant') throw new Error('unreachable');
    return c.json(await store.ownAnswers(caller.participantId));
  });

  app.put('/:id/answers/:activity', async (c) => {
    const activity = c.req.param('activity') as AnswerActivity;
    if (!answerActivities.includes(activity)) {
      throw new ApiProblem('not_found', `There is no activity "${activity}" to answer.`);
    }
    const { caller, session } = await authorize(c, 'participant');
    if (caller.kind !== 'participant') throw new Error('unreachable');
    const request = await readBody(c, answersRequestSchema);
    if (!session.activities.includes(activity)) {
      throw new ApiProblem('conflict', `This session has no ${activity}.`);
    }
    if (activity === 'risk-scan') {
      if (request.answers !== undefined) {
        throw new ApiProblem(
          'bad_request',
          'The risk scan takes features and processes, not answers.',
        );
      }
    } else {
      if (request.features !== undefined || request.processes !== undefined) {
        throw new ApiProblem(
          'bad_request',
          `The ${activity} takes answers, not features or processes.`,
        );
      }
      const items = activity === 'self-test' ? catalog.selfTestItems : catalog.cultureItems;
      const unknown = unknownItemIds(items, Object.keys(request.answers ?? {}));
      if (unknown.length > 0) {
        throw new ApiProblem(
          'bad_request',
          `Unknown statement ids for the ${activity}: ${unknown.slice(0, 5).join(', ')}.`,
        );
      }
    }
    await store.saveAnswers(session.id, caller.participantId, activity, {
      ...request,
      score: scorerOf(activity, catalog),
    });
    bus.publish(session.id);
    return c.body(null, 204);
  });

  for (const change of ['open', 'close'] as const) {
    app.post(`/:id/dilemmas/:dilemmaId/${change}`, async (c) => {
      const { session } = await authorize(c, 'facilitator');
      const dilemmaId = c.req.param('dilemmaId');
      const decide = change === 'open' ? decideOpen : decideClose;
      const refusal = await store
        .changeDilemma(session.id, dilemmaId, change, clock(), (records) => {
          const decision = decide(session.dilemmaIds, records, dilemmaId);
          if (!decision.ok) return decision.error;
          // Opening the open vote or closing a closed one changes nothing; answer with the state.
          return decision.change ? null : 'unchanged';
        })
        .catch((error: unknown) => {
          // Two instances opening two votes at the same moment: the unique index refuses one.
          if (change === 'open' && isUniqueViolation(error)) return 'another-vote-open' as const;
          throw error;
        });
      if (refusal !== null && refusal !== 'unchanged') throw voteProblem(refusal);
      if (refusal === null) bus.publish(session.id);
      return c.json(await deps.stateFor(session.id, 'facilitator'));
    });
  }

  app.put('/:id/dilemmas/:dilemmaId/vote', async (c) => {
    const { caller, session } = await authorize(c, 'participant');
    if (caller.kind !== 'participant') throw new Error('unreachable');
    const { optionId } = await readBody(c, voteRequestSchema);
    const dilemmaId = c.req.param('dilemmaId');
    const options = catalog.dilemmaOptions.get(dilemmaId) ?? [];
    const refusal = await store.vote(
      session.id,
      caller.participantId,
      dilemmaId,
      optionId,
      (records) => {
        const decision = decideVote(session.dilemmaIds, records, options, dilemmaId, optionId);
        return decision.ok ? null : decision.error;
      },
    );
    if (refusal !== null) throw voteProblem(refusal);
    bus.publish(session.id);
    return c.body(null, 204);
  });

  app.delete('/:id', async (c) => {
    const { session } = await authorize(c, 'facilitator');
    await store.deleteSession(session.id);
    bus.publish(session.id);
    return c.body(null, 204);
  });

  return app;
}

/** How a participant's answers to an activity are scored for the group profile, if at all. */
function scorerOf(activity: AnswerActivity, catalog: SessionCatalog) {
  if (activity === 'self-test') {
    return (answers: Answers) => scoreSelfTestParticipant(catalog.selfTestItems, answers);
  }
  if (activity === 'culture-scan') {
    return (answers: Answers) => scoreCultureParticipant(catalog.cultureItems, answers);
  }
  return undefined;
}

function notFound() {
  return new ApiProblem('not_found', 'There is no such session, or it has ended or expired.');
}

function voteProblem(error: VoteRuleError): ApiProblem {
  switch (error) {
    case 'not-in-session':
      return new ApiProblem('not_found', 'This dilemma is not part of this session.');
    case 'unknown-option':
      return new ApiProblem('bad_request', 'This dilemma has no option with that id.');
    case 'another-vote-open':
      return new ApiProblem('conflict', 'Another vote is open; close it first.');
    case 'not-open':
      return new ApiProblem('conflict', 'This vote is not open.');
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // PostgreSQL's unique_violation, and better-sqlite3's constraint code.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** The caller's address for rate limiting; requests without a socket (tests) share one key. */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
