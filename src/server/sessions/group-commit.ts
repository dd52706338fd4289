/**
 * Group commit: write operations that arrive while a commit is under way are run together in
 * the next transaction, so one disk flush acknowledges many of them. SQLite with
 * synchronous=FULL flushes on every commit (about 5 ms here), which would cap the server at
 * some 200 writes a second; batching keeps every acknowledged write durable without that cap.
 * Each caller still learns of its own result only after the commit that holds it.
 */
import type { Kysely, Transaction } from 'kysely';

type Operation<DB, T> = (trx: Transaction<DB>) => Promise<T>;

interface Queued<DB> {
  op: Operation<DB, unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface Writer<DB> {
  /** Runs `op` in a transaction; resolves after that transaction committed. */
  write<T>(op: Operation<DB, T>): Promise<T>;
}

/** One transaction per operation: right where the database itself runs commits in parallel. */
export function directWriter<DB>(db: Kysely<DB>): Writer<DB> {
  return { write: (op) => db.transaction().execute(op) };
}

export function groupCommitWriter<DB>(db: Kysely<DB>, maxBatch = 500): Writer<DB> {
  const queue: Queued<DB>[] = [];
  let running = false;

  async function drain() {
    running = true;
    // Let operations that arrive in the same turn of the event loop join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        const results = await db.transaction().execute(async (trx) => {
          const out: unknown[] = [];
          for (const item of batch) out.push(await item.op(trx));
          return out;
        });
        batch.forEach((item, index) => item.resolve(results[index]));
      } catch {
        // One operation failed and rolled the batch back: run each alone, so only it fails.
        for (const item of batch) {
          try {
            item.resolve(await db.transaction().execute(item.op));
          } catch (error) {
            item.reject(error);
          }
        }
      }
    }
    running = false;
  }

  return {
    write<T>(op: Operation<DB, T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ op, resolve: resolve as (value: unknown) => void, reject });
        if (!running) void drain();
      });
    },
  };
}
