/**
 * Reads a group session's live stream (GET /api/sessions/:id/events) the way a screen does,
 * with fetch, and waits for a state that matches what a test expects.
 */
import type { SessionState } from '../../src/core/group-session/contract.ts';

export interface StateStream {
  /** Resolves with the first state (already received or still to come) that matches. */
  waitFor(match: (state: SessionState) => boolean, timeoutMs?: number): Promise<SessionState>;
  close(): void;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
}

export async function openStateStream(url: string, token: string): Promise<StateStream> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  if (response.status !== 200 || !response.body) {
    throw new Error(`The stream answered ${response.status}: ${await response.text()}`);
  }
  const states: SessionState[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  const ended = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^event: state\ndata: (.*)$/s.exec(frame)?.[1];
          if (data) states.push(JSON.parse(data) as SessionState);
        }
        waiters.forEach((wake) => wake());
      }
    } catch {
      // Aborted by close().
    }
  })();

  return {
    ended,
    waitFor(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = states.find(match);
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          const last = states.at(-1);
          reject(
            new Error(`No matching state within ${timeoutMs} ms; last: ${JSON.stringify(last)}`),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close() {
      controller.abort();
    },
  };
}
