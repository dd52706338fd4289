/**
 * A Kysely dialect whose SQLite queries run on a worker thread. Used for writes: with
 * synchronous=FULL each commit waits for the disk (milliseconds, far more when the disk is
 * busy), and on the main thread that wait would hold up every request and live update.
 * Reads stay on the main thread's own connection; WAL lets both work at once.
 */
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
/** What the worker (sqlite-writer.worker.mjs) answers to one query. */
type WorkerReply =
  | { id: number; rows: unknown[]; changes?: number; lastInsertRowid?: number }
  | { id: number; error: { message: string; code?: string } };

export class SqliteWorkerDialect implements Dialect {
  constructor(
    private readonly file: string,
    private readonly pragmas: readonly string[],
  ) {}
  createDriver(): Driver {
    return new SqliteWorkerDriver(this.file, this.pragmas);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createAdapter() {
    return new SqliteAdapter();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}

class SqliteWorkerDriver implements Driver {
  private worker?: Worker;
  private checkpointer?: Worker;
  private readonly pending = new Map<number, (reply: WorkerReply) => void>();
  private nextId = 0;
  /** SQLite has one writer: queries of one transaction must not interleave with another's. */
  private locked: Promise<void> = Promise.resolve();
  private release?: () => void;
  private readonly connection: DatabaseConnection = {
    executeQuery: <R>(query: CompiledQuery) => this.execute<R>(query),
    streamQuery: () => {
      throw new Error('Streaming is not supported on the SQLite writer.');
    },
  };

  constructor(
    private readonly file: string,
    private readonly pragmas: readonly string[],
  ) {}

  async init(): Promise<void> {
    const script = new URL('./sqlite-writer.worker.mjs', import.meta.url);
    const worker = new Worker(script, {
      workerData: { file: this.file, pragmas: this.pragmas, role: 'writer' },
    });
    // A second thread checkpoints the WAL, so the writer never stops for it.
    this.checkpointer = new Worker(script, {
      workerData: {
        file: this.file,
        pragmas: this.pragmas,
        role: 'checkpointer',
        checkpointMs: 1000,
      },
    });
    this.checkpointer.unref();
    worker.on('message', (reply: WorkerReply) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    worker.on('error', (error) => {
      for (const settle of this.pending.values())
        settle({ id: -1, error: { message: error.message } });
      this.pending.clear();
    });
    // An idle writer must not keep a finished process (or test run) alive.
    worker.unref();
    this.worker = worker;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.locked;
    let release!: () => void;
    this.locked = new Promise((resolve) => (release = resolve));
    await previous;
    this.release = release;
    return this.connection;
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    await this.checkpointer?.terminate();
    await this.worker?.terminate();
  }

  private execute<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error('The SQLite writer is not started.'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (reply) => {
        if ('error' in reply) {
          // Keep SQLite's error code (e.g. SQLITE_CONSTRAINT_UNIQUE) for callers that check it.
          reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
          return;
        }
        resolve({
          rows: reply.rows as R[],
          numAffectedRows: reply.changes === undefined ? undefined : BigInt(reply.changes),
          insertId: reply.lastInsertRowid === undefined ? undefined : BigInt(reply.lastInsertRowid),
        });
      });
      worker.postMessage({ id, sql: query.sql, parameters: query.parameters });
    });
  }
}
