/**
 * The HTTP edges of the session API: JSON errors in the contract's shape, and request bodies
 * read as text, parsed as JSON and checked with zod, so bad input gets a 400 that says what is
 * wrong and never reaches storage.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod/mini';
import type { ApiError, ErrorCode } from '../../core/group-session/contract.ts';

const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  too_many_requests: 429,
};

/** Thrown by handlers and helpers; turned into a JSON error response by `errorResponse`. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(c: Context, code: ErrorCode, message: string) {
  c.header('Cache-Control', 'no-store');
  return c.json({ error: code, message } satisfies ApiError, statusOf[code]);
}

/** Reads and checks a JSON body; throws an ApiProblem naming what is wrong. */
export async function readBody<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
): Promise<z.infer<S>> {
  const text = await c.req.text();
  let data: unknown;
  try {
    data = JSON.parse(text, refuseProtoKeys);
  } catch (error) {
    if (error instanceof ApiProblem) throw error;
    throw new ApiProblem('bad_request', 'The body is not valid JSON.');
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const details = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`);
    throw new ApiProblem('bad_request', `The body is not valid. ${details.join('; ')}`);
  }
  return result.data;
}

/**
 * A JSON reviver that refuses "__proto__" keys. JSON.parse makes them plain properties, but
 * copying such an object elsewhere can change a prototype; no valid body ever has one.
 */
function refuseProtoKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new ApiProblem('bad_request', 'The body has a "__proto__" key.');
  return value;
}
