/**
 * Tells every server instance that a session changed, so each can refresh its own live
 * listeners. One interface, two carriers: in-process for SQLite (one instance), PostgreSQL
 * LISTEN/NOTIFY when several instances share a database.
 */
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/schema.ts';

export interface ChangeBus {
  /** Announces that a session changed (after the change was committed). */
  publish(sessionId: string): void;
  /** Calls `handler` with the id of every changed session, this instance's changes included. */
  subscribe(handler: (sessionId: string) => void): void;
  close(): Promise<void>;
}

/** The carrier for one instance: an in-process list of handlers. */
export function localBus(): ChangeBus {
  const handlers: Array<(sessionId: string) => void> = [];
  return {
    publish(sessionId) {
      // Asynchronous, like a NOTIFY, so a handler never runs inside the request that changed.
      queueMicrotask(() => handlers.forEach((handler) => handler(sessionId)));
    },
    subscribe(handler) {
      handlers.push(handler);
    },
    async close() {
      handlers.length = 0;
    },
  };
}

export const notifyChannel = 'weerbaar_session_changed';

/**
 * The carrier for several instances: NOTIFY on the shared pool after each change, and one
 * dedicated client per instance that LISTENs. Changes within `coalesceMs` of each other are
 * sent as one notification per session (listeners re-read the whole state anyway). When the
 * listening connection drops, it reconnects and reports every session as changed, because
 * notifications sent in between are lost.
 */
export async function postgresBus(
  db: Kysely<Database>,
  connectionString: string,
  coalesceMs = 20,
): Promise<ChangeBus> {
  const handlers: Array<(sessionId: string) => void> = [];
  const pending = new Set<string>();
  let flushTimer: NodeJS.Timeout | undefined;
  let closed = false;
  let client: pg.Client | undefined;

  const deliver = (sessionId: string) => handlers.forEach((handler) => handler(sessionId));

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel === notifyChannel && message.payload) deliver(message.payload);
    });
    next.on('error', () => {
      // The 'end' handler below reconnects; an unhandled 'error' would crash the process.
    });
    next.on('end', () => {
      if (closed) return;
      setTimeout(() => {
        connect()
          .then(() => deliver('*'))
          .catch(() => next.emit('end'));
      }, 1000).unref();
    });
    await next.connect();
    await next.query(`LISTEN ${notifyChannel}`);
    client = next;
  }
  await connect();

  async function flush() {
    flushTimer = undefined;
    const ids = [...pending];
    pending.clear();
    for (const id of ids) {
      await sql`select pg_notify(${notifyChannel}, ${id})`.execute(db).catch(() => {
        // The change itself is committed; a lost notification only delays the live view
        // until the next change, so it must not fail the request that caused it.
      });
    }
  }

  return {
    publish(sessionId) {
      pending.add(sessionId);
      flushTimer ??= setTimeout(() => void flush(), coalesceMs);
    },
    subscribe(handler) {
      handlers.push(handler);
    },
    async close() {
      closed = true;
      if (flushTimer) {
        clearTimeout(flushTimer);
        await flush();
      }
      handlers.length = 0;
      await client?.end();
    },
  };
}
