/**
 * When a group session ends by itself. Time is a parameter (core never reads the clock): the
 * server passes "now" in, so expiry is tested without waiting.
 */
const dayMs = 24 * 60 * 60 * 1000;

/** The moment a session created at `now` expires, after `days` days. */
export function expiresAtFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * dayMs);
}

/** True from the expiry moment on: an expired session is gone for every caller. */
export function isExpired(expiresAt: Date, now: Date): boolean {
  return now.getTime() >= expiresAt.getTime();
}
