import { describe, expect, it } from 'vitest';
import { createSseParser, type ServerEvent } from './sse-parser.ts';

function parse(chunks: string[]) {
  const events: ServerEvent[] = [];
  const parser = createSseParser((event) => events.push(event));
  for (const chunk of chunks) parser.feed(chunk);
  return events;
}

describe('SSE parser', () => {
  it('reads named events and joins data lines', () => {
    expect(parse(['event: state\ndata: {"a":1}\n\n', 'data: one\ndata: two\n\n'])).toEqual([
      { event: 'state', data: '{"a":1}' },
      { event: 'message', data: 'one\ntwo' },
    ]);
  });

  it('waits for the blank line, however the stream is cut into chunks', () => {
    const stream = 'event: state\r\ndata: {"joined":3}\r\n\r\nevent: state\rdata: x\r\r';
    const whole = parse([stream]);
    expect(whole).toEqual([
      { event: 'state', data: '{"joined":3}' },
      { event: 'state', data: 'x' },
    ]);
    // Every way of cutting it in two gives the same events (also between CR and LF).
    for (let cut = 1; cut < stream.length; cut++) {
      expect(parse([stream.slice(0, cut), stream.slice(cut)])).toEqual(whole);
    }
    expect(parse([...stream])).toEqual(whole);
  });

  it('skips comments (keep-alives), unknown fields and events without data', () => {
    expect(parse([': ping\n\nretry: 1000\nevent: state\n\nfoo: bar\ndata:x\n\n'])).toEqual([
      { event: 'message', data: 'x' },
    ]);
  });

  it('keeps the last event id', () => {
    expect(parse(['id: 7\ndata: a\n\n'])).toEqual([{ event: 'message', data: 'a', id: '7' }]);
  });

  it('drops a half-read event on reset', () => {
    const events: ServerEvent[] = [];
    const parser = createSseParser((event) => events.push(event));
    parser.feed('event: state\ndata: half');
    parser.reset();
    parser.feed('data: whole\n\n');
    expect(events).toEqual([{ event: 'message', data: 'whole' }]);
  });
});
