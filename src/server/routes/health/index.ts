/** GET /api/health: answers 200 when the database is reachable and fully migrated, else 503. */
import { Hono } from 'hono';
import { checkDatabase, type ServerDatabase } from '../../db/database.ts';

export function healthRoutes(database: ServerDatabase) {
  return new Hono().get('/', async (c) => {
    const check = await checkDatabase(database.db);
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        status: check.ok ? 'ok' : 'error',
        database: database.kind,
        pendingMigrations: check.pendingMigrations,
      },
      check.ok ? 200 : 503,
    );
  });
}
