import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrivatePostgres, type PrivatePostgres } from '../../../tests/support/postgres.ts';
import { createApp } from '../app.ts';
import { checkDatabase, openServerDatabase, type ServerDatabase } from './database.ts';

let postgres: PrivatePostgres;
let database: ServerDatabase;

beforeAll(async () => {
  postgres = await startPrivatePostgres();
  database = await openServerDatabase({
    DATA_DIR: '/nonexistent-not-used',
    DATABASE_URL: postgres.url,
  });
}, 60_000);

afterAll(async () => {
  await database?.db.destroy();
  postgres?.stop();
});

describe('PostgreSQL', () => {
  it('runs the migrations on a real PostgreSQL server', async () => {
    expect(database.kind).toBe('postgres');
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(
      database.db,
    );
    expect(tables.rows.map((row) => row.table_name)).toContain('app_meta');
    expect(await checkDatabase(database.db)).toEqual({ ok: true, pendingMigrations: 0 });
  });

  it('runs the migrations only once when a second instance starts', async () => {
    const second = await openServerDatabase({
      DATA_DIR: '/nonexistent-not-used',
      DATABASE_URL: postgres.url,
    });
    expect(await checkDatabase(second.db)).toEqual({ ok: true, pendingMigrations: 0 });
    await second.db.destroy();
  });

  it('answers the health check through the API', async () => {
    const app = createApp({ database, staticDir: 'tests/support/static' });
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      database: 'postgres',
      pendingMigrations: 0,
    });
  });
});
