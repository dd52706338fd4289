/**
 * The live listeners of this instance, per session. After a change it reads the session once,
 * builds the state once per viewer kind, serialises each once, and writes that same frame to
 * every listener. Broadcasts per session are at most one per `intervalMs`, so a burst of
 * answers from 1,000 phones costs a few state builds a second, not one per answer.
 */
import type { SessionState } from '../../core/group-session/contract.ts';

export type Viewer = SessionState['viewer'];

/** Builds both views of a session's state, or undefined when the session is gone. */
export type StateSource = (sessionId: string) => Promise<Record<Viewer, SessionState> | undefined>;

export interface Listener {
  viewer: Viewer;
  /** Writes one SSE frame. */
  send(frame: string): void;
  /** Ends the stream (the session ended or expired). */
  close(): void;
}

interface Channel {
  listeners: Set<Listener>;
  /** Listeners that still wait for their first state. */
  waiting: Set<Listener>;
  frames?: Record<Viewer, string>;
  /** A change happened after `frames` were built. */
  stale: boolean;
  timer?: NodeJS.Timeout;
  running: boolean;
  lastRunAt: number;
}

/** One SSE message carrying a state. */
export function stateFrame(state: SessionState): string {
  // JSON.stringify never emits a raw newline, so the state fits on one `data:` line.
  return `event: state\ndata: ${JSON.stringify(state)}\n\n`;
}

export class SessionHub {
  private readonly channels = new Map<string, Channel>();

  constructor(
    private readonly source: StateSource,
    private readonly intervalMs = 150,
    private readonly onError: (error: unknown) => void = (error) =>
      console.error('Live session update failed:', error instanceof Error ? error.message : error),
  ) {}

  /** Adds a listener; it gets the current state at once (or as soon as it is built). */
  listen(sessionId: string, listener: Listener): () => void {
    let channel = this.channels.get(sessionId);
    if (!channel) {
      channel = {
        listeners: new Set(),
        waiting: new Set(),
        stale: true,
        running: false,
        lastRunAt: 0,
      };
      this.channels.set(sessionId, channel);
    }
    channel.listeners.add(listener);
    if (channel.frames && !channel.stale) {
      listener.send(channel.frames[listener.viewer]);
    } else {
      channel.waiting.add(listener);
      this.schedule(sessionId, channel);
    }
    return () => {
      channel.listeners.delete(listener);
      channel.waiting.delete(listener);
      if (channel.listeners.size === 0 && this.channels.get(sessionId) === channel) {
        if (channel.timer) clearTimeout(channel.timer);
        this.channels.delete(sessionId);
      }
    };
  }

  /** A session changed ('*': any may have). Sessions without listeners here are skipped. */
  changed(sessionId: string): void {
    const targets =
      sessionId === '*' ? [...this.channels] : [[sessionId, this.channels.get(sessionId)] as const];
    for (const [id, channel] of targets) {
      if (!channel) continue;
      channel.stale = true;
      this.schedule(id, channel);
    }
  }

  /** How many listeners this instance holds (for tests and the bench). */
  get listenerCount(): number {
    let count = 0;
    for (const channel of this.channels.values()) count += channel.listeners.size;
    return count;
  }

  /** Ends every stream (at shutdown). */
  closeAll(): void {
    for (const [id, channel] of this.channels) {
      if (channel.timer) clearTimeout(channel.timer);
      for (const listener of channel.listeners) listener.close();
      this.channels.delete(id);
    }
  }

  private schedule(sessionId: string, channel: Channel): void {
    if (channel.timer || channel.running) return;
    const wait = Math.max(0, channel.lastRunAt + this.intervalMs - Date.now());
    channel.timer = setTimeout(() => {
      channel.timer = undefined;
      void this.run(sessionId, channel);
    }, wait);
  }

  private async run(sessionId: string, channel: Channel): Promise<void> {
    channel.running = true;
    channel.lastRunAt = Date.now();
    const everyone = channel.stale;
    channel.stale = false;
    try {
      const states = await this.source(sessionId);
      if (!states) {
        for (const listener of channel.listeners) listener.close();
        channel.listeners.clear();
        channel.waiting.clear();
        if (this.channels.get(sessionId) === channel) this.channels.delete(sessionId);
        return;
      }
      const frames = {
        facilitator: stateFrame(states.facilitator),
        participant: stateFrame(states.participant),
      };
      channel.frames = frames;
      const recipients = everyone ? channel.listeners : channel.waiting;
      for (const listener of recipients) listener.send(frames[listener.viewer]);
      channel.waiting.clear();
    } catch (error) {
      // Keep the listeners; the next change (or this retry) brings them the state.
      channel.stale = true;
      this.onError(error);
    } finally {
      channel.running = false;
      if (this.channels.get(sessionId) === channel && (channel.stale || channel.waiting.size > 0)) {
        this.schedule(sessionId, channel);
      }
    }
  }
}
