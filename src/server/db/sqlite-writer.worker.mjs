// The worker thread that runs SQLite writes (see sqlite-worker-dialect.ts). better-sqlite3 is
// synchronous, so a commit's disk flush would stop the server's event loop for its whole
// duration; here it stops only this thread, and requests keep being served meanwhile.
// Plain JavaScript: a worker's entry module is loaded without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';

const { file, pragmas, role, checkpointMs } = workerData;
const sqlite = new SqliteDatabase(file);
for (const pragma of pragmas) sqlite.pragma(pragma);

if (role === 'checkpointer') {
  // Copies the WAL into the database file on its own connection and thread. PASSIVE never
  // waits for the writer, so commits do not stall while the database file is flushed (the
  // writer's own automatic checkpoints are switched off for that reason).
  setInterval(() => {
    try {
      sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy or interrupted: the next round catches up.
    }
  }, checkpointMs);
} else {
  sqlite.pragma('wal_autocheckpoint = 0');
}

// Reused prepared statements, as on the main thread (sqlite-statements.ts says why).
const statements = new Map();
function prepare(sql) {
  let statement = statements.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    if (statements.size >= 500) statements.delete(statements.keys().next().value);
    statements.set(sql, statement);
  }
  return statement;
}

parentPort?.on('message', ({ id, sql, parameters }) => {
  try {
    const statement = prepare(sql);
    if (statement.reader) {
      parentPort.postMessage({ id, rows: statement.all(parameters) });
    } else {
      const { changes, lastInsertRowid } = statement.run(parameters);
      parentPort.postMessage({
        id,
        rows: [],
        changes: Number(changes),
        lastInsertRowid: Number(lastInsertRowid),
      });
    }
  } catch (error) {
    parentPort.postMessage({
      id,
      error: { message: error.message ?? String(error), code: error.code },
    });
  }
});
