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
  '002-group-sessions': {
    // Group sessions hold no personal data: no names, no addresses, tokens only as SHA-256
    // hashes. Times are ISO strings (they sort and compare as text on both databases).
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('group_session')
        .addColumn('id', 'varchar(40)', (column) => column.primaryKey())
        .addColumn('join_code', 'varchar(6)', (column) => column.notNull().unique())
        .addColumn('facilitator_token_hash', 'varchar(64)', (column) => column.notNull().unique())
        .addColumn('title', 'varchar(200)', (column) => column.notNull())
        .addColumn('locale', 'varchar(2)', (column) => column.notNull())
        .addColumn('activities', 'text', (column) => column.notNull())
        .addColumn('dilemma_ids', 'text', (column) => column.notNull())
        .addColumn('k', 'integer', (column) => column.notNull())
        .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('expires_at', 'varchar(30)', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('group_session_expires_at')
        .on('group_session')
        .column('expires_at')
        .execute();
      await db.schema
        .createTable('session_participant')
        .addColumn('id', 'varchar(40)', (column) => column.primaryKey())
        .addColumn('session_id', 'varchar(40)', (column) =>
          column.notNull().references('group_session.id').onDelete('cascade'),
        )
        .addColumn('token_hash', 'varchar(64)', (column) => column.notNull().unique())
        .execute();
      await db.schema
        .createIndex('session_participant_session')
        .on('session_participant')
        .column('session_id')
        .execute();
      // One row per statement answered (or feature/process ticked), so a merge is an upsert
      // and two phones of one participant can never overwrite each other's rows.
      await db.schema
        .createTable('session_answer')
        .addColumn('session_id', 'varchar(40)', (column) =>
          column.notNull().references('group_session.id').onDelete('cascade'),
        )
        .addColumn('participant_id', 'varchar(40)', (column) =>
          column.notNull().references('session_participant.id').onDelete('cascade'),
        )
        .addColumn('activity', 'varchar(20)', (column) => column.notNull())
        .addColumn('item_id', 'varchar(100)', (column) => column.notNull())
        .addColumn('value', 'varchar(4)', (column) => column.notNull())
        .addPrimaryKeyConstraint('session_answer_pk', ['participant_id', 'activity', 'item_id'])
        .execute();
      await db.schema
        .createIndex('session_answer_session')
        .on('session_answer')
        .columns(['session_id', 'activity'])
        .execute();
      await db.schema
        .createTable('session_progress')
        .addColumn('session_id', 'varchar(40)', (column) =>
          column.notNull().references('group_session.id').onDelete('cascade'),
        )
        .addColumn('participant_id', 'varchar(40)', (column) =>
          column.notNull().references('session_participant.id').onDelete('cascade'),
        )
        .addColumn('activity', 'varchar(20)', (column) => column.notNull())
        .addColumn('finished', 'integer', (column) => column.notNull())
        .addPrimaryKeyConstraint('session_progress_pk', ['participant_id', 'activity'])
        .execute();
      await db.schema
        .createIndex('session_progress_session')
        .on('session_progress')
        .column('session_id')
        .execute();
      await db.schema
        .createTable('session_dilemma')
        .addColumn('session_id', 'varchar(40)', (column) =>
          column.notNull().references('group_session.id').onDelete('cascade'),
        )
        .addColumn('dilemma_id', 'varchar(80)', (column) => column.notNull())
        .addColumn('status', 'varchar(6)', (column) => column.notNull())
        .addColumn('changed_at', 'varchar(30)', (column) => column.notNull())
        .addColumn('sequence', 'integer', (column) => column.notNull())
        .addPrimaryKeyConstraint('session_dilemma_pk', ['session_id', 'dilemma_id'])
        .execute();
      // The database itself refuses a second open vote in a session, even from two instances.
      await sql`create unique index session_dilemma_one_open on session_dilemma (session_id) where status = 'open'`.execute(
        db,
      );
      await db.schema
        .createTable('session_vote')
        .addColumn('session_id', 'varchar(40)', (column) =>
          column.notNull().references('group_session.id').onDelete('cascade'),
        )
        .addColumn('dilemma_id', 'varchar(80)', (column) => column.notNull())
        .addColumn('participant_id', 'varchar(40)', (column) =>
          column.notNull().references('session_participant.id').onDelete('cascade'),
        )
        .addColumn('option_id', 'varchar(80)', (column) => column.notNull())
        .addPrimaryKeyConstraint('session_vote_pk', ['participant_id', 'dilemma_id'])
        .execute();
      await db.schema
        .createIndex('session_vote_session')
        .on('session_vote')
        .column('session_id')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'session_vote',
        'session_dilemma',
        'session_progress',
        'session_answer',
        'session_participant',
        'group_session',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  '003-session-scores': {
    // Each participant's own scores per dimension, kept with their progress, so a live update
    // reads one row per participant instead of every answer (see docs/decisions/027).
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('session_progress')
        .addColumn('scores', 'text', (column) => column.notNull().defaultTo('{}'))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('session_progress').dropColumn('scores').execute();
    },
  },
};

/** Serves the migrations above to Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
