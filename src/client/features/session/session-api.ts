/**
 * The browser's side of the group-session API (src/core/group-session/contract.ts): one
 * function per endpoint. Tokens go only in the Authorization header. Every failure becomes a
 * SessionApiError with a kind the screens turn into a clear message; responses that should
 * carry data are checked before use.
 */
import type {
  AnswerActivity,
  AnswersRequest,
  CreateSessionRequest,
  CreateSessionResponse,
  ErrorCode,
  JoinResponse,
  ParticipantAnswers,
  SessionState,
} from '../../../core/group-session/contract.ts';
import {
  createSessionResponseSchema,
  joinResponseSchema,
} from '../../../core/group-session/contract.ts';

/** What went wrong, as a person would need to know it. */
export type SessionFailure =
  /** No connection, or the server did not answer. */
  | 'network'
  /** The session does not exist (any more): ended, expired or a wrong code. */
  | 'not-found'
  /** The token is not (or no longer) valid for this session. */
  | 'unauthorized'
  /** Not possible now, e.g. the vote closed or another vote is open. */
  | 'conflict'
  | 'too-many-requests'
  /** The server refused the request as malformed: a bug, or an outdated page. */
  | 'rejected';

export class SessionApiError extends Error {
  constructor(
    readonly failure: SessionFailure,
    readonly code?: ErrorCode,
  ) {
    super(`Group session request failed: ${failure}${code ? ` (${code})` : ''}`);
    this.name = 'SessionApiError';
  }
}

const failureByStatus: Record<number, SessionFailure> = {
  401: 'unauthorized',
  403: 'unauthorized',
  404: 'not-found',
  409: 'conflict',
  429: 'too-many-requests',
};

/** The failure a response status stands for. */
export function failureOf(status: number): SessionFailure {
  return failureByStatus[status] ?? (status >= 500 ? 'network' : 'rejected');
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  token?: string;
  body?: unknown;
  signal?: AbortSignal;
}

/** Sends one request; resolves to the response when it is a success. */
export async function sessionRequest(path: string, options: RequestOptions = {}) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api/sessions${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new SessionApiError('network');
  }
  if (!response.ok) {
    const code = await response
      .json()
      .then((body: { error?: ErrorCode }) => body.error)
      .catch(() => undefined);
    throw new SessionApiError(failureOf(response.status), code);
  }
  return response;
}

async function json<T>(response: Response, check?: (value: unknown) => T): Promise<T> {
  const value: unknown = await response.json().catch(() => {
    throw new SessionApiError('network');
  });
  return check ? check(value) : (value as T);
}

function checked<T>(schema: { safeParse: (value: unknown) => { success: boolean; data?: T } }) {
  return (value: unknown): T => {
    const result = schema.safeParse(value);
    if (!result.success) throw new SessionApiError('rejected');
    return result.data as T;
  };
}

const id = (value: string) => encodeURIComponent(value);

export async function createSession(request: CreateSessionRequest): Promise<CreateSessionResponse> {
  const response = await sessionRequest('', { method: 'POST', body: request });
  return json(response, checked(createSessionResponseSchema));
}

export async function joinSession(code: string): Promise<JoinResponse> {
  const response = await sessionRequest('/join', { method: 'POST', body: { code } });
  return json(response, checked(joinResponseSchema));
}

export async function fetchState(sessionId: string, token: string): Promise<SessionState> {
  return json(await sessionRequest(`/${id(sessionId)}`, { token }));
}

export async function fetchOwnAnswers(
  sessionId: string,
  token: string,
): Promise<ParticipantAnswers> {
  return json(await sessionRequest(`/${id(sessionId)}/me`, { token }));
}

export async function sendAnswers(
  sessionId: string,
  token: string,
  activity: AnswerActivity,
  body: AnswersRequest,
): Promise<void> {
  await sessionRequest(`/${id(sessionId)}/answers/${activity}`, { method: 'PUT', token, body });
}

export async function sendVote(
  sessionId: string,
  token: string,
  dilemmaId: string,
  optionId: string,
): Promise<void> {
  await sessionRequest(`/${id(sessionId)}/dilemmas/${id(dilemmaId)}/vote`, {
    method: 'PUT',
    token,
    body: { optionId },
  });
}

export async function setVoteOpen(
  sessionId: string,
  token: string,
  dilemmaId: string,
  open: boolean,
): Promise<SessionState> {
  const action = open ? 'open' : 'close';
  const response = await sessionRequest(`/${id(sessionId)}/dilemmas/${id(dilemmaId)}/${action}`, {
    method: 'POST',
    token,
  });
  return json(response);
}

export async function endSession(sessionId: string, token: string): Promise<void> {
  await sessionRequest(`/${id(sessionId)}`, { method: 'DELETE', token });
}
