/**
 * Opens the server database: an embedded SQLite file in DATA_DIR by default, PostgreSQL
 * when DATABASE_URL is set. Both run the same migrations and are used through Kysely.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Env } from '../env.ts';
import { reusingStatements, sqlitePragmas } from './sqlite-statements.ts';
import { SqliteWorkerDialect } from './sqlite-worker-dialect.ts';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface ServerDatabase {
  db: Kysely<Database>;
  /**
   * For writes that must not hold up the event loop: on SQLite a second connection on a
   * worker thread (its commits wait for the disk there); on PostgreSQL the same as `db`.
   */
  writer: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data lives, without credentials: the SQLite file or the PostgreSQL host. */
  location: string;
}

export const sqliteFileName = 'weerbaar.sqlite';

/** Opens the database chosen by the environment and brings it to the latest migration. */
export async function openServerDatabase(
  env: Pick<Env, 'DATA_DIR' | 'DATABASE_URL'>,
): Promise<ServerDatabase> {
  const opened = env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openSqlite(env.DATA_DIR);
  await migrateToLatest(opened.db);
  return opened;
}

function openSqlite(dataDir: string): ServerDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, sqliteFileName);
  const sqlite = new SqliteDatabase(file);
  for (const pragma of sqlitePragmas) sqlite.pragma(pragma);
  return {
    db: new Kysely<Database>({
      dialect: new SqliteDialect({ database: reusingStatements(sqlite) }),
    }),
    writer: new Kysely<Database>({ dialect: new SqliteWorkerDialect(file, sqlitePragmas) }),
    kind: 'sqlite',
    location: file,
  };
}

function openPostgres(url: string): ServerDatabase {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const host = new URL(url).host;
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    writer: db,
    kind: 'postgres',
    location: host,
  };
}

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${String(error)}`);
  }
}

/** Checks that the database answers and has every migration applied. */
export async function checkDatabase(
  db: Kysely<Database>,
): Promise<{ ok: boolean; pendingMigrations: number }> {
  try {
    await sql`select 1`.execute(db);
    const migrator = new Migrator({ db, provider: migrationProvider });
    const pending = (await migrator.getMigrations()).filter(
      (migration) => !migration.executedAt,
    ).length;
    const schema = await db
      .selectFrom('app_meta')
      .select('value')
      .where('key', '=', 'schema')
      .executeTakeFirst();
    return { ok: pending === 0 && schema?.value === 'weerbaar', pendingMigrations: pending };
  } catch {
    return { ok: false, pendingMigrations: -1 };
  }
}
