/** Starts the Weerbaar server: reads the environment, opens the database, serves the app. */
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { checkBuildOverlay } from '../content/overlay-stamp.ts';
import { openServerDatabase } from './db/database.ts';
import { parseEnv } from './env.ts';

const env = parseEnv(process.env);
const overlay = checkBuildOverlay(env.STATIC_DIR, env.WEERBAAR_OVERLAY);
if (!overlay.ok) {
  console.error(overlay.message);
  process.exit(1);
}
console.log(overlay.message);
const database = await openServerDatabase(env);
const app = createApp({ database, staticDir: env.STATIC_DIR });

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(`Weerbaar listens on http://localhost:${info.port} (database: ${database.kind})`);
});

async function shutdown() {
  server.close();
  await database.db.destroy();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
