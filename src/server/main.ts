/** Starts the Weerbaar server: reads the environment, opens the database, serves the app. */
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { checkBuildOverlay } from '../content/overlay-stamp.ts';
import { openServerDatabase } from './db/database.ts';
import { parseEnv } from './env.ts';
import { localBus, postgresBus } from './sessions/bus.ts';
import { createSessionService } from './sessions/index.ts';

const env = parseEnv(process.env);
const overlay = checkBuildOverlay(env.STATIC_DIR, env.WEERBAAR_OVERLAY);
if (!overlay.ok) {
  console.error(overlay.message);
  process.exit(1);
}
console.log(overlay.message);
const database = await openServerDatabase(env);
// With PostgreSQL several instances may serve one session: changes travel by NOTIFY.
const bus = env.DATABASE_URL ? await postgresBus(database.db, env.DATABASE_URL) : localBus();
const sessions = createSessionService({
  database,
  bus,
  joinLimitPerMinute: env.SESSION_JOIN_LIMIT,
});
const stopSweeping = sessions.startSweeping(env.SESSION_SWEEP_SECONDS * 1000);
const app = createApp({ database, staticDir: env.STATIC_DIR, sessions });

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(`Weerbaar listens on http://localhost:${info.port} (database: ${database.kind})`);
});

async function shutdown() {
  stopSweeping();
  await sessions.close();
  server.close();
  await database.writer.destroy();
  await database.db.destroy();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
