/**
 * The group-session API against a real database, once on SQLite and once on PostgreSQL: the
 * happy path, and every kind of bad request getting the right status while nothing changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrivatePostgres, type PrivatePostgres } from '../../../tests/support/postgres.ts';
import { openStateStream } from '../../../tests/support/session-stream.ts';
import type { ParticipantAnswers, SessionState } from '../../core/group-session/contract.ts';
import { createApp } from '../app.ts';
import { openServerDatabase, type ServerDatabase } from '../db/database.ts';
import { loadSessionCatalog } from './catalog.ts';
import { createSessionService, type SessionService } from './index.ts';

const catalog = loadSessionCatalog();
const selfTestIds = catalog.selfTestItems.map((item) => item.id);
const cultureIds = catalog.cultureItems.map((item) => item.id);
const [dilemmaA, dilemmaB] = [...catalog.dilemmaOptions.keys()] as [string, string];
const optionsA = catalog.dilemmaOptions.get(dilemmaA)!;
const optionsB = catalog.dilemmaOptions.get(dilemmaB)!;
const joinLimit = 40;
const ssePorts = { sqlite: 4406, postgres: 4407 };

type Kind = 'sqlite' | 'postgres';

describe.each<Kind>(['sqlite', 'postgres'])('group-session API on %s', (kind) => {
  let dir: string | undefined;
  let postgres: PrivatePostgres | undefined;
  let database: ServerDatabase;
  let service: SessionService;
  let app: ReturnType<typeof createApp>;
  let now = new Date('2026-05-01T09:00:00.000Z');

  beforeAll(async () => {
    if (kind === 'postgres') {
      postgres = await startPrivatePostgres();
      database = await openServerDatabase({ DATA_DIR: '/nonexistent', DATABASE_URL: postgres.url });
    } else {
      dir = mkdtempSync(join(tmpdir(), 'weerbaar-sessions-'));
      database = await openServerDatabase({ DATA_DIR: dir });
    }
    service = createSessionService({
      database,
      catalog,
      clock: () => now,
      joinLimitPerMinute: joinLimit,
      broadcastIntervalMs: 20,
    });
    app = createApp({ database, staticDir: 'tests/support/static', sessions: service });
  }, 60_000);

  afterAll(async () => {
    await service?.close();
    await database?.db.destroy();
    postgres?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  function call(method: string, path: string, token?: string, body?: unknown) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) Object.assign(headers, bearer(token));
    return app.request(`/api/sessions${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async function create(overrides: Record<string, unknown> = {}) {
    const response = await call('POST', '', undefined, {
      title: 'Fractie-avond',
      locale: 'nl',
      activities: ['self-test', 'culture-scan', 'risk-scan', 'dilemmas'],
      k: 3,
      dilemmaIds: [dilemmaA, dilemmaB],
      ...overrides,
    });
    expect(response.status).toBe(201);
    return (await response.json()) as {
      sessionId: string;
      joinCode: string;
      facilitatorToken: string;
      expiresAt: string;
    };
  }

  async function joinSession(code: string): Promise<string> {
    const response = await call('POST', '/join', undefined, { code });
    expect(response.status).toBe(201);
    return ((await response.json()) as { participantToken: string }).participantToken;
  }

  async function state(sessionId: string, token: string): Promise<SessionState> {
    const response = await call('GET', `/${sessionId}`, token);
    expect(response.status).toBe(200);
    return (await response.json()) as SessionState;
  }

  async function mine(sessionId: string, token: string): Promise<ParticipantAnswers> {
    const response = await call('GET', `/${sessionId}/me`, token);
    expect(response.status).toBe(200);
    return (await response.json()) as ParticipantAnswers;
  }

  async function expectError(response: Response, status: number, error: string) {
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe(error);
    expect(body.message.length).toBeGreaterThan(5);
  }

  const countSessions = async () =>
    Number(
      (
        await database.db
          .selectFrom('group_session')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const allSelfTest = (value: 1 | 2 | 3 | 4 | 5) =>
    Object.fromEntries(selfTestIds.map((id) => [id, value]));

  it('runs a whole session: join, answer, results from k on, vote, close, end', async () => {
    const session = await create();
    expect(session.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(session.facilitatorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const phones = [await joinSession(session.joinCode), await joinSession(session.joinCode)];

    const facilitatorView = await state(session.sessionId, session.facilitatorToken);
    expect(facilitatorView).toMatchObject({ viewer: 'facilitator', joined: 2 });
    expect(facilitatorView.session.joinCode).toBe(session.joinCode);
    const participantView = await state(session.sessionId, phones[0]!);
    expect(participantView.viewer).toBe('participant');
    expect(participantView.session.joinCode).toBeUndefined();

    // Two finish: below k = 3 nothing is shown, but the count says how many are missing.
    for (const phone of phones) {
      const put = await call('PUT', `/${session.sessionId}/answers/self-test`, phone, {
        answers: allSelfTest(4),
        finished: true,
      });
      expect(put.status).toBe(204);
    }
    let view = await state(session.sessionId, session.facilitatorToken);
    expect(view.finished['self-test']).toBe(2);
    expect(view.results['self-test']).toEqual({ status: 'suppressed', count: 2, needed: 1 });

    // A third answers in two screens; the answers merge, and then the profile shows.
    const third = await joinSession(session.joinCode);
    const [firstHalf, secondHalf] = [selfTestIds.slice(0, 15), selfTestIds.slice(15)];
    await call('PUT', `/${session.sessionId}/answers/self-test`, third, {
      answers: Object.fromEntries(firstHalf.map((id) => [id, 1])),
      finished: false,
    });
    await call('PUT', `/${session.sessionId}/answers/self-test`, third, {
      answers: Object.fromEntries(secondHalf.map((id) => [id, 1])),
      finished: true,
    });
    expect(Object.keys((await mine(session.sessionId, third))['self-test']!.answers)).toHaveLength(
      selfTestIds.length,
    );
    view = await state(session.sessionId, session.facilitatorToken);
    const result = view.results['self-test'];
    if (result?.status !== 'shown') throw new Error('expected the self-test result to show');
    // Two at 75, one at 0: mean 50 on every factor.
    expect(result.value.map((score) => score.score)).toEqual([50, 50, 50, 50, 50, 50]);

    // Votes: hidden while open, shown after closing.
    const open = await call(
      'POST',
      `/${session.sessionId}/dilemmas/${dilemmaA}/open`,
      session.facilitatorToken,
    );
    expect(open.status).toBe(200);
    for (const [index, phone] of [...phones, third].entries()) {
      const vote = await call('PUT', `/${session.sessionId}/dilemmas/${dilemmaA}/vote`, phone, {
        optionId: optionsA[index === 2 ? 1 : 0],
      });
      expect(vote.status).toBe(204);
    }
    view = await state(session.sessionId, phones[0]!);
    expect(view.currentVote).toEqual({
      dilemmaId: dilemmaA,
      status: 'open',
      votes: 3,
      distribution: null,
    });
    const closed = (await (
      await call(
        'POST',
        `/${session.sessionId}/dilemmas/${dilemmaA}/close`,
        session.facilitatorToken,
      )
    ).json()) as SessionState;
    expect(closed.currentVote?.distribution).toEqual({
      status: 'shown',
      count: 3,
      value: Object.fromEntries(
        optionsA.map((id, index) => [id, index === 0 ? 2 : index === 1 ? 1 : 0]),
      ),
    });
    expect((await mine(session.sessionId, third)).votes).toEqual({ [dilemmaA]: optionsA[1] });

    // Ending deletes everything.
    const end = await call('DELETE', `/${session.sessionId}`, session.facilitatorToken);
    expect(end.status).toBe(204);
    await expectError(
      await call('GET', `/${session.sessionId}`, session.facilitatorToken),
      404,
      'not_found',
    );
    for (const table of [
      'session_participant',
      'session_answer',
      'session_progress',
      'session_dilemma',
      'session_vote',
    ] as const) {
      const rows = await database.db
        .selectFrom(table)
        .selectAll()
        .where('session_id', '=', session.sessionId)
        .execute();
      expect(rows, table).toEqual([]);
    }
  });

  it('merges statement answers and replaces risk-scan ticks', async () => {
    const session = await create();
    const phone = await joinSession(session.joinCode);
    await call('PUT', `/${session.sessionId}/answers/culture-scan`, phone, {
      answers: { [cultureIds[0]!]: 2, [cultureIds[1]!]: 'na' },
      finished: false,
    });
    await call('PUT', `/${session.sessionId}/answers/culture-scan`, phone, {
      answers: { [cultureIds[0]!]: 5 },
      finished: false,
    });
    await call('PUT', `/${session.sessionId}/answers/risk-scan`, phone, {
      features: ['vakantieparken', 'grensregio'],
      processes: ['subsidies'],
      finished: false,
    });
    await call('PUT', `/${session.sessionId}/answers/risk-scan`, phone, {
      features: ['haven-of-logistiek'],
      finished: true,
    });
    const own = await mine(session.sessionId, phone);
    expect(own['culture-scan']).toEqual({
      answers: { [cultureIds[0]!]: 5, [cultureIds[1]!]: 'na' },
      finished: false,
    });
    expect(own['risk-scan']).toEqual({
      features: ['haven-of-logistiek'],
      processes: ['subsidies'],
      finished: true,
    });
  });

  describe('refuses bad requests and changes nothing', () => {
    it('refuses malformed, hostile and wrong session bodies with 400', async () => {
      const before = await countSessions();
      const valid = { title: 'T', locale: 'nl', activities: ['self-test'] };
      const bad: unknown[] = [
        'not json',
        '{"title": "T", ',
        '',
        'null',
        '[]',
        { ...valid, title: 42 },
        { ...valid, title: '   ' },
        { ...valid, locale: 'de' },
        { ...valid, activities: [] },
        { ...valid, activities: ['self-test', 'hacking'] },
        { ...valid, activities: Array.from({ length: 5000 }, () => 'self-test') },
        { ...valid, k: 2 },
        { ...valid, k: 3.5 },
        { ...valid, expiresInDays: 365 },
        { ...valid, extra: true },
        JSON.stringify(valid).replace('{', '{"__proto__": {"admin": true},'),
        { ...valid, activities: ['dilemmas'] },
        { ...valid, activities: ['dilemmas'], dilemmaIds: ['no-such-dilemma'] },
        { ...valid, activities: ['dilemmas'], dilemmaIds: [dilemmaA, dilemmaA] },
        { ...valid, dilemmaIds: [dilemmaA] },
      ];
      for (const body of bad) {
        const response = await call('POST', '', undefined, body);
        expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
        expect(((await response.json()) as { error: string }).error).toBe('bad_request');
      }
      expect(await countSessions()).toBe(before);
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
    });

    it('refuses answers over 64 KiB with 413 and keeps the earlier ones', async () => {
      const session = await create({ activities: ['self-test'], dilemmaIds: [] });
      const phone = await joinSession(session.joinCode);
      const first = { [selfTestIds[0]!]: 2 as const };
      await call('PUT', `/${session.sessionId}/answers/self-test`, phone, {
        answers: first,
        finished: false,
      });
      const huge = Object.fromEntries(
        Array.from({ length: 4000 }, (_, index) => [`statement-${index}`, 5]),
      );
      await expectError(
        await call('PUT', `/${session.sessionId}/answers/self-test`, phone, {
          answers: huge,
          finished: true,
        }),
        413,
        'too_large',
      );
      expect(await mine(session.sessionId, phone)).toEqual({
        votes: {},
        'self-test': { answers: first, finished: false },
      });
    });

    it('refuses a body over 64 KiB with 413', async () => {
      const before = await countSessions();
      const response = await call('POST', '', undefined, {
        title: 'x'.repeat(70 * 1024),
        locale: 'nl',
        activities: ['self-test'],
      });
      await expectError(response, 413, 'too_large');
      expect(await countSessions()).toBe(before);
    });

    it('refuses bad answers with 400, 404 or 409 and keeps the earlier answers', async () => {
      const session = await create({ activities: ['self-test'], dilemmaIds: [] });
      const phone = await joinSession(session.joinCode);
      const first = { [selfTestIds[0]!]: 3 as const };
      await call('PUT', `/${session.sessionId}/answers/self-test`, phone, {
        answers: first,
        finished: false,
      });
      const path = `/${session.sessionId}/answers/self-test`;
      const bad: unknown[] = [
        'nonsense',
        { answers: first },
        { answers: { [selfTestIds[0]!]: 6 }, finished: true },
        { answers: { [selfTestIds[0]!]: '5' }, finished: true },
        { answers: { 'no-such-statement': 5 }, finished: true },
        JSON.stringify({ answers: { [selfTestIds[1]!]: 5 }, finished: true }).replace(
          '"answers":{',
          '"answers":{"__proto__":5,',
        ),
        { answers: { constructor: 5 }, finished: true },
        { answers: first, features: ['vakantieparken'], finished: true },
        { answers: first, finished: 'yes' },
        { answers: first, finished: true, participant: 'me' },
      ];
      for (const body of bad) {
        const response = await call('PUT', path, phone, body);
        expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      }
      await expectError(
        await call('PUT', `/${session.sessionId}/answers/culture-scan`, phone, {
          answers: {},
          finished: true,
        }),
        409,
        'conflict',
      );
      await expectError(
        await call('PUT', `/${session.sessionId}/answers/dilemmas`, phone, { finished: true }),
        404,
        'not_found',
      );
      expect(await mine(session.sessionId, phone)).toEqual({
        votes: {},
        'self-test': { answers: first, finished: false },
      });
      expect((await state(session.sessionId, session.facilitatorToken)).finished).toEqual({
        'self-test': 0,
      });
    });

    it('refuses missing, malformed and unknown tokens with 401', async () => {
      const session = await create();
      const phone = await joinSession(session.joinCode);
      const path = `/${session.sessionId}/answers/self-test`;
      const body = JSON.stringify({ answers: { [selfTestIds[0]!]: 5 }, finished: true });
      for (const authorization of [
        undefined,
        'Bearer',
        'Basic abc',
        `Bearer ${phone}x`,
        `Bearer ${'A'.repeat(43)}`,
      ]) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (authorization) headers.authorization = authorization;
        const response = await app.request(`/api/sessions${path}`, {
          method: 'PUT',
          headers,
          body,
        });
        await expectError(response, 401, 'unauthorized');
      }
      expect(await mine(session.sessionId, phone)).toEqual({ votes: {} });
    });

    it('refuses a token of the wrong kind or session with 403', async () => {
      const session = await create();
      const other = await create();
      const phone = await joinSession(session.joinCode);
      const otherPhone = await joinSession(other.joinCode);
      const id = session.sessionId;
      // A participant may not act as facilitator.
      await expectError(
        await call('POST', `/${id}/dilemmas/${dilemmaA}/open`, phone),
        403,
        'forbidden',
      );
      await expectError(await call('DELETE', `/${id}`, phone), 403, 'forbidden');
      // A facilitator may not answer; nobody may use another session's token.
      await expectError(
        await call('PUT', `/${id}/answers/self-test`, session.facilitatorToken, {
          answers: { [selfTestIds[0]!]: 5 },
          finished: true,
        }),
        403,
        'forbidden',
      );
      await expectError(await call('GET', `/${id}/me`, session.facilitatorToken), 403, 'forbidden');
      await expectError(await call('GET', `/${id}`, otherPhone), 403, 'forbidden');
      await expectError(await call('DELETE', `/${id}`, other.facilitatorToken), 403, 'forbidden');

      const view = await state(id, session.facilitatorToken);
      expect(view.currentVote).toBeNull();
      expect(view.finished['self-test']).toBe(0);
      expect(view.joined).toBe(1);
    });

    it('answers 404 for an unknown session and an unknown join code', async () => {
      const session = await create();
      await expectError(
        await call('GET', '/unknownsessionid', session.facilitatorToken),
        404,
        'not_found',
      );
      await expectError(
        await call('DELETE', '/unknownsessionid', session.facilitatorToken),
        404,
        'not_found',
      );
      await expectError(
        await call('POST', '/join', undefined, { code: 'ZZZZZZ' }),
        404,
        'not_found',
      );
      await expectError(
        await call('POST', '/join', undefined, { code: 'abc' }),
        400,
        'bad_request',
      );
      expect((await state(session.sessionId, session.facilitatorToken)).joined).toBe(0);
    });

    it('refuses votes that are not open (409) or not an option (400) and keeps the votes', async () => {
      const session = await create();
      const id = session.sessionId;
      const phones = [
        await joinSession(session.joinCode),
        await joinSession(session.joinCode),
        await joinSession(session.joinCode),
      ];
      const vote = (phone: string, optionId: string, dilemma = dilemmaA) =>
        call('PUT', `/${id}/dilemmas/${dilemma}/vote`, phone, { optionId });

      await expectError(await vote(phones[0]!, optionsA[0]!), 409, 'conflict');
      await call('POST', `/${id}/dilemmas/${dilemmaA}/open`, session.facilitatorToken);
      await expectError(
        await call('POST', `/${id}/dilemmas/${dilemmaB}/open`, session.facilitatorToken),
        409,
        'conflict',
      );
      await expectError(await vote(phones[0]!, 'no-such-option'), 400, 'bad_request');
      await expectError(await vote(phones[0]!, optionsB[0]!, dilemmaB), 409, 'conflict');
      await expectError(await vote(phones[0]!, optionsA[0]!, 'not-in-session'), 404, 'not_found');
      for (const phone of phones) expect((await vote(phone, optionsA[0]!)).status).toBe(204);
      // A second vote replaces the first.
      expect((await vote(phones[2]!, optionsA[1]!)).status).toBe(204);
      await call('POST', `/${id}/dilemmas/${dilemmaA}/close`, session.facilitatorToken);
      const shown = (await state(id, session.facilitatorToken)).currentVote;
      expect(shown?.votes).toBe(3);

      await expectError(await vote(phones[0]!, optionsA[1]!), 409, 'conflict');
      expect((await state(id, session.facilitatorToken)).currentVote).toEqual(shown);
      expect((await mine(id, phones[0]!)).votes).toEqual({ [dilemmaA]: optionsA[0] });

      // Reopening keeps the votes and hides them until the next close.
      const reopened = (await (
        await call('POST', `/${id}/dilemmas/${dilemmaA}/open`, session.facilitatorToken)
      ).json()) as SessionState;
      expect(reopened.currentVote).toEqual({
        dilemmaId: dilemmaA,
        status: 'open',
        votes: 3,
        distribution: null,
      });
    });

    it('limits join attempts per address with 429 and adds nobody', async () => {
      const session = await create();
      // Earlier tests in this suite joined from the same (socket-less) address; use up the rest.
      let status = 201;
      let joins = 0;
      for (let attempt = 0; attempt <= joinLimit && status !== 429; attempt++) {
        const response = await call('POST', '/join', undefined, { code: session.joinCode });
        status = response.status;
        if (status === 201) joins++;
        else await expectError(response, 429, 'too_many_requests');
        if (status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      expect(status).toBe(429);
      expect((await state(session.sessionId, session.facilitatorToken)).joined).toBe(joins);
      // A new minute, a new window.
      now = new Date(now.getTime() + 61_000);
      expect((await call('POST', '/join', undefined, { code: session.joinCode })).status).toBe(201);
    });
  });

  it('streams the state at once and after each change (SSE)', async () => {
    const session = await create();
    // Live streams are written to the Node socket, so this test listens on a real port.
    const server = serve({ fetch: app.fetch, port: ssePorts[kind], hostname: '127.0.0.1' });
    try {
      const base = `http://127.0.0.1:${ssePorts[kind]}/api/sessions/${session.sessionId}`;
      const refused = await fetch(`${base}/events`);
      expect(refused.status).toBe(401);
      const response = await fetch(`${base}/events`, { headers: bearer(session.facilitatorToken) });
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      await response.body?.cancel();
      const stream = await openStateStream(`${base}/events`, session.facilitatorToken);
      const first = await stream.waitFor(() => true);
      expect(first).toMatchObject({ joined: 0, viewer: 'facilitator' });
      await joinSession(session.joinCode);
      expect((await stream.waitFor((live) => live.joined === 1)).session.joinCode).toBe(
        session.joinCode,
      );
      stream.close();
      // Ending the session ends the streams of everyone still listening.
      const last = await openStateStream(`${base}/events`, session.facilitatorToken);
      await last.waitFor(() => true);
      expect((await call('DELETE', `/${session.sessionId}`, session.facilitatorToken)).status).toBe(
        204,
      );
      await last.ended;
      // The hub forgets listeners that went away.
      for (let wait = 0; wait < 50 && service.hub.listenerCount > 0; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(service.hub.listenerCount).toBe(0);
    } finally {
      await new Promise((resolve) => {
        server.close(resolve);
        (server as import('node:http').Server).closeAllConnections();
      });
    }
  });

  it('treats an expired session as gone and the sweep deletes it', async () => {
    const session = await create({ expiresInDays: 1 });
    const phone = await joinSession(session.joinCode);
    await call('PUT', `/${session.sessionId}/answers/self-test`, phone, {
      answers: allSelfTest(3),
      finished: true,
    });
    const started = now;
    now = new Date(started.getTime() + 24 * 60 * 60 * 1000);
    try {
      await expectError(
        await call('GET', `/${session.sessionId}`, session.facilitatorToken),
        404,
        'not_found',
      );
      await expectError(
        await call('POST', '/join', undefined, { code: session.joinCode }),
        404,
        'not_found',
      );
      expect(await service.sweep()).toBeGreaterThanOrEqual(1);
      const left = await database.db
        .selectFrom('session_answer')
        .select('item_id')
        .where('session_id', '=', session.sessionId)
        .execute();
      expect(left).toEqual([]);
      const sessions = await database.db
        .selectFrom('group_session')
        .select('id')
        .where('id', '=', session.sessionId)
        .execute();
      expect(sessions).toEqual([]);
    } finally {
      now = started;
    }
  });
});
