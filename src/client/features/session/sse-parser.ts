/**
 * Reads a Server-Sent Events stream as it arrives in chunks, following the WHATWG rules that
 * matter here: lines end in LF, CRLF or CR; a blank line ends an event; `event:` names it,
 * `data:` lines join with LF; `:` starts a comment (the server's keep-alive); a chunk may end
 * anywhere, even inside a line or between CR and LF. EventSource would do this, but it cannot
 * send the Authorization header that carries the session's token.
 */

export interface ServerEvent {
  /** `message` when the event has no `event:` line. */
  event: string;
  data: string;
  id?: string;
}

/** Makes a parser; feed it text chunks in order, it calls `onEvent` for each complete event. */
export function createSseParser(onEvent: (event: ServerEvent) => void) {
  let buffer = '';
  let eventName = '';
  let data: string[] = [];
  let id: string | undefined;
  // A chunk that ended in CR may be followed by the LF of the same line ending.
  let skipLeadingLf = false;

  function dispatch() {
    if (data.length > 0) {
      onEvent({ event: eventName || 'message', data: data.join('\n'), ...(id ? { id } : {}) });
    }
    eventName = '';
    data = [];
  }

  function line(text: string) {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
  }

  return {
    feed(chunk: string) {
      let text = chunk;
      if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
      skipLeadingLf = false;
      buffer += text;
      let start = 0;
      for (let index = 0; index < buffer.length; index++) {
        const character = buffer[index];
        if (character !== '\r' && character !== '\n') continue;
        line(buffer.slice(start, index));
        if (character === '\r') {
          if (index + 1 === buffer.length) skipLeadingLf = true;
          else if (buffer[index + 1] === '\n') index++;
        }
        start = index + 1;
      }
      buffer = buffer.slice(start);
    },
    /** Forgets a half-read event, e.g. when the connection dropped mid-way. */
    reset() {
      buffer = '';
      eventName = '';
      data = [];
      skipLeadingLf = false;
    },
  };
}
