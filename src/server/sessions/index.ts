/**
 * Group sessions on this server: storage, live listeners, the change bus between instances,
 * the join limiter, the expiry sweep and the API routes, wired together once per process.
 */
import type { SessionCatalog } from '../../core/group-session/catalog.ts';
import { buildSessionState } from '../../core/group-session/state.ts';
import type { ServerDatabase } from '../db/database.ts';
import { localBus, type ChangeBus } from './bus.ts';
import { loadSessionCatalog } from './catalog.ts';
import { SessionHub, type Viewer } from './hub.ts';
import { ApiProblem } from './http.ts';
import { fixedWindowLimiter } from './rate-limit.ts';
import { sessionRoutes } from './routes.ts';
import { SessionStore } from './store.ts';

export interface SessionServiceOptions {
  database: ServerDatabase;
  /** How changes reach other instances; in-process when absent. */
  bus?: ChangeBus;
  catalog?: SessionCatalog;
  /** Join attempts per client address per minute. */
  joinLimitPerMinute?: number;
  /** At most one live update per session in this many milliseconds. */
  broadcastIntervalMs?: number;
  clock?: () => Date;
}

export const defaultJoinLimitPerMinute = 120;

export function createSessionService(options: SessionServiceOptions) {
  const clock = options.clock ?? (() => new Date());
  const catalog = options.catalog ?? loadSessionCatalog();
  // SQLite flushes once per commit on one connection, so concurrent writes share commits;
  // PostgreSQL commits transactions from its pool in parallel by itself.
  const store = new SessionStore(
    options.database.db,
    options.database.writer,
    options.database.kind === 'sqlite',
  );
  const bus = options.bus ?? localBus();

  async function states(sessionId: string) {
    const snapshot = await store.snapshot(sessionId, clock());
    if (!snapshot) return undefined;
    return {
      facilitator: buildSessionState(snapshot, catalog, 'facilitator'),
      participant: buildSessionState(snapshot, catalog, 'participant'),
    };
  }
  async function stateFor(sessionId: string, viewer: Viewer) {
    const snapshot = await store.snapshot(sessionId, clock());
    // Ended or expired between the token check and this read.
    if (!snapshot) throw new ApiProblem('not_found', 'This session has ended or expired.');
    return buildSessionState(snapshot, catalog, viewer);
  }

  const hub = new SessionHub(states, options.broadcastIntervalMs);
  bus.subscribe((sessionId) => hub.changed(sessionId));

  const routes = sessionRoutes({
    store,
    hub,
    bus,
    catalog,
    clock,
    stateFor,
    joinLimiter: fixedWindowLimiter(
      options.joinLimitPerMinute ?? defaultJoinLimitPerMinute,
      60_000,
    ),
  });

  /** Deletes expired sessions and ends their live streams; returns how many went. */
  async function sweep(): Promise<number> {
    const deleted = await store.deleteExpired(clock());
    for (const id of deleted) bus.publish(id);
    return deleted.length;
  }

  /** Sweeps now and then every `intervalMs`; returns a function that stops it. */
  function startSweeping(intervalMs: number): () => void {
    const run = () =>
      void sweep().catch((error: unknown) =>
        console.error('Session sweep failed:', error instanceof Error ? error.message : error),
      );
    run();
    const timer = setInterval(run, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  return {
    routes,
    store,
    hub,
    sweep,
    startSweeping,
    async close() {
      hub.closeAll();
      await bus.close();
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
