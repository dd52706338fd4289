/**
 * Database migrations, in order. They run at start on SQLite and PostgreSQL alike, so each
 * uses only SQL both understand. Never change a migration that has shipped; add a new one.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export const migrations: Record<string, Migration> = {
  '001-app-meta': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('app_meta')
        .addColumn('key', 'varchar(100)', (column) => column.primaryKey())
        .addColumn('value', 'text', (column) => column.notNull())
        .execute();
      await sql`insert into app_meta (key, value) values ('schema', 'weerbaar')`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('app_meta').execute();
    },
  },
};

/** Serves the migrations above to Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
