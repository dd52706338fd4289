/**
 * A small in-memory rate limiter: at most `limit` attempts per key in each window. Enough for
 * join attempts on one instance; with several instances each counts on its own, which still
 * bounds guessing of join codes (31^6 ≈ 887 million) far below any useful rate.
 */
export interface RateLimiter {
  /** Counts one attempt; false when the key is over its limit in this window. */
  take(key: string, nowMs: number): { allowed: boolean; retryAfterSeconds: number };
}

export function fixedWindowLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    take(key, nowMs) {
      // Forget finished windows now and then, so many addresses cannot grow the map forever.
      if (windows.size > 10_000) {
        for (const [candidate, window] of windows) {
          if (window.resetAt <= nowMs) windows.delete(candidate);
        }
      }
      let window = windows.get(key);
      if (!window || window.resetAt <= nowMs) {
        window = { count: 0, resetAt: nowMs + windowMs };
        windows.set(key, window);
      }
      window.count++;
      return {
        allowed: window.count <= limit,
        retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - nowMs) / 1000)),
      };
    },
  };
}
