/**
 * Scale-out: two server instances on one PostgreSQL database. Participants act on instance A;
 * a presentation screen listening on instance B sees every change live (LISTEN/NOTIFY).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrivatePostgres, type PrivatePostgres } from '../../../tests/support/postgres.ts';
import { startServer, type ServerProcess } from '../../../tests/support/server-process.ts';
import { callSessionApi } from '../../../tests/support/session-api.ts';
import { openStateStream } from '../../../tests/support/session-stream.ts';
import { loadSessionCatalog } from './catalog.ts';

const catalog = loadSessionCatalog();
const [dilemmaId, options] = [...catalog.dilemmaOptions][0]!;
const allAnswers = Object.fromEntries(catalog.selfTestItems.map((item) => [item.id, 4]));
let postgres: PrivatePostgres;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  postgres = await startPrivatePostgres();
  const env = { DATABASE_URL: postgres.url, SESSION_JOIN_LIMIT: '1000' };
  a = await startServer(4404, env);
  b = await startServer(4405, env);
}, 90_000);

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  postgres?.stop();
});

const call = (
  server: ServerProcess,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
) => callSessionApi(server.url, method, path, token, body);

describe('two instances on one PostgreSQL', () => {
  it('shows changes made on instance A live to a listener on instance B', async () => {
    const created = await call(a, 'POST', '', undefined, {
      title: 'Scale-out',
      locale: 'en',
      activities: ['self-test', 'dilemmas'],
      k: 3,
      dilemmaIds: [dilemmaId],
    });
    const session = (await created.json()) as {
      sessionId: string;
      joinCode: string;
      facilitatorToken: string;
    };
    const id = session.sessionId;
    const screen = await openStateStream(
      `${b.url}/api/sessions/${id}/events`,
      session.facilitatorToken,
    );
    try {
      await screen.waitFor((state) => state.joined === 0);

      const phones: string[] = [];
      for (let index = 0; index < 3; index++) {
        const joined = await call(a, 'POST', '/join', undefined, { code: session.joinCode });
        phones.push(((await joined.json()) as { participantToken: string }).participantToken);
      }
      await screen.waitFor((state) => state.joined === 3);

      for (const phone of phones) {
        const put = await call(a, 'PUT', `/${id}/answers/self-test`, phone, {
          answers: allAnswers,
          finished: true,
        });
        expect(put.status).toBe(204);
      }
      const finished = await screen.waitFor((state) => state.finished['self-test'] === 3);
      expect(finished.results['self-test']).toMatchObject({ status: 'shown', count: 3 });

      expect(
        (await call(a, 'POST', `/${id}/dilemmas/${dilemmaId}/open`, session.facilitatorToken))
          .status,
      ).toBe(200);
      for (const phone of phones) {
        const vote = await call(a, 'PUT', `/${id}/dilemmas/${dilemmaId}/vote`, phone, {
          optionId: options[0],
        });
        expect(vote.status).toBe(204);
      }
      const open = await screen.waitFor((state) => state.currentVote?.votes === 3);
      expect(open.currentVote).toMatchObject({ status: 'open', distribution: null });

      await call(a, 'POST', `/${id}/dilemmas/${dilemmaId}/close`, session.facilitatorToken);
      const closed = await screen.waitFor((state) => state.currentVote?.status === 'closed');
      expect(closed.currentVote?.distribution).toMatchObject({
        status: 'shown',
        value: { [options[0]!]: 3 },
      });
    } finally {
      screen.close();
    }
  }, 60_000);
});
