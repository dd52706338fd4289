/**
 * The live state of a group session: opens GET /api/sessions/:id/events with the token in the
 * Authorization header (which EventSource cannot send), reads the stream with fetch and the
 * SSE parser, and keeps the latest `state` event. When the connection drops it reconnects
 * after a short, growing pause; a 404 means the session ended, a 401/403 that the link is
 * not valid, and then it stops trying.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SessionState } from '../../../core/group-session/contract.ts';
import { SessionApiError, sessionRequest, type SessionFailure } from './session-api.ts';
import { createSseParser } from './sse-parser.ts';

export type LiveConnection = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface LiveState {
  state: SessionState | undefined;
  connection: LiveConnection;
  /** Set when the session cannot be followed any more (ended, or the token is refused). */
  failure: SessionFailure | undefined;
  /** Shows a state the caller got from an action at once, before the stream brings it. */
  accept: (state: SessionState) => void;
}

const retryDelays = [500, 1000, 2000, 4000, 8000];

export function useLiveState(sessionId: string | undefined, token: string | undefined): LiveState {
  const [state, setState] = useState<SessionState>();
  const [connection, setConnection] = useState<LiveConnection>('connecting');
  const [failure, setFailure] = useState<SessionFailure>();

  useEffect(() => {
    if (!sessionId || !token) return;
    const controller = new AbortController();
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    async function follow() {
      const parser = createSseParser((event) => {
        if (event.event !== 'state') return;
        try {
          setState(JSON.parse(event.data) as SessionState);
          attempt = 0;
        } catch {
          // A garbled event is skipped; the next one carries the whole state again.
        }
      });
      try {
        const response = await sessionRequest(`/${encodeURIComponent(sessionId!)}/events`, {
          token,
          signal: controller.signal,
        });
        if (!response.body) throw new SessionApiError('network');
        setConnection('live');
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.feed(value);
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        if (error instanceof SessionApiError && error.failure !== 'network') {
          setFailure(error.failure);
          setConnection('stopped');
          return;
        }
      }
      if (controller.signal.aborted) return;
      // The stream ended or broke: try again, a little later each time.
      setConnection('reconnecting');
      timer = setTimeout(
        () => void follow(),
        retryDelays[Math.min(attempt++, retryDelays.length - 1)],
      );
    }

    // Each page follows one session for its lifetime (keyed by it), so state starts fresh.
    void follow();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [sessionId, token]);

  const accept = useCallback((next: SessionState) => setState(next), []);
  return { state, connection, failure, accept };
}
