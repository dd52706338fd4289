/**
 * Durability: the real server on SQLite is killed with SIGKILL while answers pour in; after a
 * restart on the same data folder, every answer that got a 204 is there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../../../tests/support/server-process.ts';
import { callSessionApi } from '../../../tests/support/session-api.ts';
import type { ParticipantAnswers } from '../../core/group-session/contract.ts';
import { loadSessionCatalog } from './catalog.ts';

const port = 4402;
const statementIds = loadSessionCatalog().selfTestItems.map((item) => item.id);
const dataDir = mkdtempSync(join(tmpdir(), 'weerbaar-durability-'));
const env = { DATA_DIR: dataDir, SESSION_JOIN_LIMIT: '10000' };
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

const call = (method: string, path: string, token?: string, body?: unknown) =>
  callSessionApi(`http://127.0.0.1:${port}`, method, path, token, body);

describe('durability on SQLite', () => {
  it('keeps every acknowledged answer when the server is killed mid-way', async () => {
    server = await startServer(port, env);
    const created = await call('POST', '', undefined, {
      title: 'Durability',
      locale: 'nl',
      activities: ['self-test'],
    });
    const session = (await created.json()) as { sessionId: string; joinCode: string };
    const tokens = await Promise.all(
      Array.from({ length: 60 }, async () => {
        const joined = await call('POST', '/join', undefined, { code: session.joinCode });
        return ((await joined.json()) as { participantToken: string }).participantToken;
      }),
    );

    // Every participant sends the 30 statements one at a time, all participants at once;
    // the server dies after the 150th acknowledgement, with many requests still in flight.
    const acknowledged = new Map<string, Record<string, number>>();
    let acks = 0;
    let failures = 0;
    let killing: Promise<void> | undefined;
    const running = server;
    await Promise.all(
      tokens.map(async (token, participant) => {
        for (const [index, id] of statementIds.entries()) {
          const value = ((participant + index) % 5) + 1;
          try {
            const response = await call('PUT', `/${session.sessionId}/answers/self-test`, token, {
              answers: { [id]: value },
              finished: false,
            });
            if (response.status !== 204) throw new Error(`status ${response.status}`);
            acknowledged.set(token, { ...acknowledged.get(token), [id]: value });
            if (++acks === 150) killing = running.kill();
          } catch {
            failures++;
            return;
          }
        }
      }),
    );
    await killing;
    expect(acks).toBeGreaterThanOrEqual(150);
    expect(failures).toBeGreaterThan(0);

    server = await startServer(port, env);
    for (const token of tokens) {
      const response = await call('GET', `/${session.sessionId}/me`, token);
      expect(response.status).toBe(200);
      const own = (await response.json()) as ParticipantAnswers;
      const stored = own['self-test']?.answers ?? {};
      for (const [id, value] of Object.entries(acknowledged.get(token) ?? {})) {
        expect(stored[id], `${id} of a participant`).toBe(value);
      }
    }
  }, 60_000);
});
