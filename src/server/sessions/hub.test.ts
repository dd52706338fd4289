import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../core/group-session/contract.ts';
import { SessionHub, type Listener, type Viewer } from './hub.ts';

/** A state source that counts its reads and serves a joined count the test controls. */
function source() {
  const counter = { reads: 0, joined: 0, gone: false };
  const state = (viewer: Viewer) => ({ joined: counter.joined, viewer }) as unknown as SessionState;
  const read = async () => {
    counter.reads++;
    return counter.gone
      ? undefined
      : { facilitator: state('facilitator'), participant: state('participant') };
  };
  return { counter, read };
}

function listener(viewer: Viewer) {
  const frames: string[] = [];
  let closed = false;
  const self: Listener & { frames: string[]; closed: () => boolean } = {
    viewer,
    send: (frame) => frames.push(frame),
    close: () => (closed = true),
    frames,
    closed: () => closed,
  };
  return self;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SessionHub', () => {
  it('coalesces a burst of changes into few reads and sends everyone the latest state', async () => {
    const { counter, read } = source();
    const hub = new SessionHub(read, 50);
    const listeners = Array.from({ length: 100 }, (_, index) =>
      listener(index === 0 ? 'facilitator' : 'participant'),
    );
    listeners.forEach((one) => hub.listen('s', one));
    await settle(20);
    expect(counter.reads).toBe(1);
    for (let change = 1; change <= 500; change++) {
      counter.joined = change;
      hub.changed('s');
    }
    await settle(150);
    expect(counter.reads).toBeLessThanOrEqual(3);
    for (const one of listeners) {
      expect(one.frames.at(-1)).toContain('"joined":500');
      expect(one.frames.at(-1)).toMatch(/^event: state\ndata: .*\n\n$/);
    }
    expect(listeners[0]!.frames.at(-1)).toContain('"viewer":"facilitator"');
    expect(listeners[1]!.frames.at(-1)).toContain('"viewer":"participant"');
  });

  it('gives a new listener the last state without reading again when nothing changed', async () => {
    const { counter, read } = source();
    const hub = new SessionHub(read, 20);
    hub.listen('s', listener('participant'));
    await settle(30);
    const late = listener('participant');
    hub.listen('s', late);
    expect(late.frames).toHaveLength(1);
    expect(counter.reads).toBe(1);
  });

  it('ignores changes to sessions nobody here listens to, and forgets listeners that leave', async () => {
    const { counter, read } = source();
    const hub = new SessionHub(read, 20);
    hub.changed('other');
    const stop = hub.listen('s', listener('participant'));
    expect(hub.listenerCount).toBe(1);
    stop();
    expect(hub.listenerCount).toBe(0);
    await settle(40);
    expect(counter.reads).toBeLessThanOrEqual(1);
  });

  it('closes every stream of a session that ended', async () => {
    const { counter, read } = source();
    const hub = new SessionHub(read, 20);
    const one = listener('facilitator');
    hub.listen('s', one);
    await settle(30);
    counter.gone = true;
    hub.changed('s');
    await settle(40);
    expect(one.closed()).toBe(true);
    expect(hub.listenerCount).toBe(0);
  });
});
