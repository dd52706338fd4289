/**
 * Prepared-statement reuse for better-sqlite3. Kysely prepares every query anew, and for the
 * short queries of a live group session preparing costs about as much as running them.
 * Queries differ only in their number of rows or ids, so a few hundred statements cover them.
 */
import type SqliteDatabase from 'better-sqlite3';

export function reusingStatements(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(query: string): SqliteDatabase.Statement {
      let statement = statements.get(query);
      if (!statement) {
        statement = sqlite.prepare(query);
        if (statements.size >= 500) statements.delete(statements.keys().next().value!);
        statements.set(query, statement);
      }
      return statement;
    },
  };
}

/** The settings every connection to the file gets (see docs/decisions/007-server.md). */
export const sqlitePragmas = [
  // WAL lets readers work during writes; FULL sync makes every committed write survive a crash.
  'journal_mode = WAL',
  'synchronous = FULL',
  'busy_timeout = 5000',
  'foreign_keys = ON',
];
